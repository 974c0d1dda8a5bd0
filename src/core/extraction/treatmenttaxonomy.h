#pragma once

#include "extraction/boundedcache.h"
#include "extraction/textspan.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

namespace imr {

// Where a request falls in DWC's request taxonomy.
struct TreatmentClass
{
    QString category;
    QString subcategory;
    TextSpan match; // the words of the request that decided it, relative to the request
    // Set when the deciding rule matched only generic words ("visits", "injection",
    // a dosage) and a later rule of another category matched too: the category
    // is a guess between the two.
    QString alternative;
    bool userRule = false; // decided by a rule of the analyst's own file
};

// DWC's treatment taxonomy and the words that map a request to it. The rules
// live in a JSON data file (resources/taxonomy/treatment-taxonomy.json) so an
// analyst can extend them without a rebuild: a user file's rules come before
// the built-in ones (see withUserFile()).
class TreatmentTaxonomy final
{
    Q_DECLARE_TR_FUNCTIONS(imr::TreatmentTaxonomy)
public:
    // The taxonomy extraction uses: the built-in one, or the built-in one with
    // the analyst's rules set by setCurrent(). Thread-safe.
    static std::shared_ptr<const TreatmentTaxonomy> current();
    // Replaces the current taxonomy. References from instance() stay valid:
    // replaced taxonomies are kept (they are few and small).
    static void setCurrent(std::shared_ptr<const TreatmentTaxonomy> taxonomy);
    static const TreatmentTaxonomy &instance();
    static TreatmentTaxonomy builtIn();
    // The built-in taxonomy with the rules of a user file tried first. A
    // missing file is no error (the analyst has none yet); an invalid one
    // sets *error and returns the built-in taxonomy alone.
    static TreatmentTaxonomy withUserFile(const QString &path, QString *error);
    // The same for a user file's bytes already read; path names it in messages.
    static TreatmentTaxonomy withUserJson(const QByteArray &json, const QString &path, QString *error);

    // Returns an error message, empty on success.
    QString loadJson(const QByteArray &json);
    QString loadFile(const QString &path);

    // Changes whenever any rule or category changes: part of the extraction
    // cache key, so a changed rule never serves old results.
    QByteArray fingerprint() const { return m_fingerprint; }
    QString userFile() const { return m_userFile; }

    QStringList categories() const;
    QStringList subcategories(const QString &category) const;
    // First matching rule wins; an unmatched request is category "Other".
    TreatmentClass classify(const QString &request) const;
    bool isKnown(const QString &category, const QString &subcategory) const;

    // Lower-case words one of which a request must contain for the pattern
    // to match (the literal text each alternative starts with); empty when
    // the pattern has an alternative without one. Rules whose words are all
    // absent from a request are skipped without running their expression.
    static QStringList requiredWords(const QString &pattern);

private:
    struct Rule
    {
        QString category;
        QString subcategory;
        QRegularExpression pattern;
        bool weak = false;
        bool user = false;
        // Lower-case words one of which the request must contain for the
        // pattern to match; empty: no such words (the pattern is always tried).
        QStringList required;
    };
    struct Category
    {
        QString name;
        QStringList subcategories;
    };
    // Reads a taxonomy document; userRules marks its rules as the analyst's.
    static QString parse(const QByteArray &json, bool userRules, QList<Category> *categories, QList<Rule> *rules);
    TreatmentClass classifyUncached(const QString &request) const;

    // Requests repeat across a folder (the same drug, dose and quantity in
    // thousands of letters): results are remembered. Shared by copies until
    // the rules change, when a new cache is made.
    using ClassCache = BoundedCache<QString, TreatmentClass>;
    static constexpr qsizetype kCacheCapacity = 50000; // a few MB
    std::shared_ptr<ClassCache> m_cache;
    QList<Category> m_categories;
    QList<Rule> m_rules;
    QByteArray m_fingerprint;
    QString m_userFile;
};

} // namespace imr
