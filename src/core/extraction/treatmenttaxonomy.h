#pragma once

#include "extraction/textspan.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace imr {

// Where a request falls in DWC's request taxonomy.
struct TreatmentClass
{
    QString category;
    QString subcategory;
    TextSpan match; // the words of the request that decided it, relative to the request
};

// DWC's treatment taxonomy and the words that map a request to it. The rules
// live in a JSON data file (resources/taxonomy/treatment-taxonomy.json) so an
// analyst can extend them without a rebuild; see loadFile().
class TreatmentTaxonomy final
{
public:
    // The built-in taxonomy, or the user's copy when one was loaded.
    static const TreatmentTaxonomy &instance();
    static TreatmentTaxonomy builtIn();

    // Returns an error message, empty on success.
    QString loadJson(const QByteArray &json);
    QString loadFile(const QString &path);

    QStringList categories() const;
    QStringList subcategories(const QString &category) const;
    // First matching rule wins; an unmatched request is category "Other".
    TreatmentClass classify(const QString &request) const;
    bool isKnown(const QString &category, const QString &subcategory) const;

private:
    struct Rule
    {
        QString category;
        QString subcategory;
        QRegularExpression pattern;
    };
    struct Category
    {
        QString name;
        QStringList subcategories;
    };
    QList<Category> m_categories;
    QList<Rule> m_rules;
};

} // namespace imr
