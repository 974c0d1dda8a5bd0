#pragma once

#include <QCoreApplication>
#include <QString>

namespace imr {

// The analyst's own taxonomy file: where it is (a setting, by default in the
// application data folder) and putting it to use. Its rules come before the
// built-in ones; an invalid file leaves the built-in taxonomy in use.
class TaxonomyFile final
{
    Q_DECLARE_TR_FUNCTIONS(imr::TaxonomyFile)
public:
    static QString defaultPath();
    static QString configuredPath();
    static void setConfiguredPath(const QString &path);

    // Makes the taxonomy of path (built-in rules after its own) the current
    // one. Returns a message for the user when the file is invalid or
    // unreadable (the built-in taxonomy is then used), empty otherwise. A
    // missing file is no error: the analyst has not written one yet.
    static QString install(const QString &path);

    // Adds a rule giving requests with the words of `request` (in order, see
    // RequestKey::rulePattern()) this category, before the file's other
    // rules; creates the file if needed. A file that is not a valid taxonomy
    // is left untouched. Returns an error message, empty on success.
    static QString addRule(const QString &path, const QString &request, const QString &category,
                           const QString &subcategory);
};

} // namespace imr
