#include "extraction/treatmenttaxonomy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("imr::TreatmentTaxonomy", s);
}

} // namespace

const TreatmentTaxonomy &TreatmentTaxonomy::instance()
{
    static const TreatmentTaxonomy taxonomy = builtIn();
    return taxonomy;
}

TreatmentTaxonomy TreatmentTaxonomy::builtIn()
{
    TreatmentTaxonomy t;
    const QString error = t.loadFile(u":/imr/taxonomy/treatment-taxonomy.json"_s);
    Q_ASSERT_X(error.isEmpty(), "TreatmentTaxonomy", "the built-in taxonomy must load");
    return t;
}

QString TreatmentTaxonomy::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the taxonomy %1: %2").arg(path, file.errorString());
    return loadJson(file.readAll());
}

QString TreatmentTaxonomy::loadJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return tr("The taxonomy is not valid JSON: %1").arg(parseError.errorString());
    QList<Category> categories;
    for (const QJsonValue &c : doc[u"categories"_s].toArray()) {
        Category cat{c[u"name"_s].toString(), {}};
        for (const QJsonValue &s : c[u"subcategories"_s].toArray())
            cat.subcategories << s.toString();
        categories << cat;
    }
    QList<Rule> rules;
    for (const QJsonValue &r : doc[u"rules"_s].toArray()) {
        QStringList alternatives;
        for (const QJsonValue &p : r[u"patterns"_s].toArray())
            alternatives << u"(?:"_s + p.toString() + u')';
        Rule rule{r[u"category"_s].toString(), r[u"subcategory"_s].toString(),
                  QRegularExpression(alternatives.join(u'|'), QRegularExpression::CaseInsensitiveOption)};
        if (!rule.pattern.isValid())
            return tr("A taxonomy rule for %1 has an invalid pattern: %2")
                .arg(rule.subcategory, rule.pattern.errorString());
        rule.pattern.optimize();
        rules << rule;
    }
    if (categories.isEmpty() || rules.isEmpty())
        return tr("The taxonomy has no categories or no rules.");
    m_categories = categories;
    m_rules = rules;
    return {};
}

QStringList TreatmentTaxonomy::categories() const
{
    QStringList names;
    for (const Category &c : m_categories)
        names << c.name;
    return names;
}

QStringList TreatmentTaxonomy::subcategories(const QString &category) const
{
    for (const Category &c : m_categories) {
        if (c.name == category)
            return c.subcategories;
    }
    return {};
}

TreatmentClass TreatmentTaxonomy::classify(const QString &request) const
{
    for (const Rule &rule : m_rules) {
        const QRegularExpressionMatch m = rule.pattern.match(request);
        if (m.hasMatch())
            return {rule.category, rule.subcategory, {m.capturedStart(), m.capturedLength()}};
    }
    return {u"Other"_s, QString(), {}};
}

bool TreatmentTaxonomy::isKnown(const QString &category, const QString &subcategory) const
{
    for (const Category &c : m_categories) {
        if (c.name == category)
            return subcategory.isEmpty() || c.subcategories.contains(subcategory);
    }
    return false;
}

} // namespace imr
