#include "extraction/treatmenttaxonomy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

} // namespace

namespace {

// The taxonomy in use and the ones it replaced, which stay alive because
// instance() hands out plain references.
struct CurrentTaxonomy
{
    QMutex mutex;
    std::shared_ptr<const TreatmentTaxonomy> taxonomy;
    QList<std::shared_ptr<const TreatmentTaxonomy>> retired;
};

CurrentTaxonomy &currentTaxonomy()
{
    static CurrentTaxonomy c;
    return c;
}

bool isLiteral(QChar c)
{
    return c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'/' || c == u'#' || c == u'&' || c == u'\''
           || c == u',';
}

// A pattern's alternatives at the top level: "a|b(c|d)" -> "a", "b(c|d)".
QList<QStringView> topLevelAlternatives(QStringView p)
{
    QList<QStringView> parts;
    int depth = 0;
    bool inClass = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p[i];
        if (c == u'\\') {
            ++i; // an escaped character is never structure
        } else if (inClass) {
            inClass = c != u']';
        } else if (c == u'[') {
            inClass = true;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == u'|' && depth == 0) {
            parts << p.sliced(start, i - start);
            start = i + 1;
        }
    }
    parts << p.sliced(start);
    return parts;
}

// The literal text a pattern alternative must start with ("\bacupunct" ->
// "acupunct", "\b(pa|surgical) assist" -> "pa", "surgical"), or nothing when
// it starts otherwise. A quantifier after the last letter takes it back.
QStringList leadingLiterals(QStringView p)
{
    if (p.startsWith(u"\\b"))
        p = p.sliced(2);
    const auto literalRun = [](QStringView s) {
        qsizetype n = 0;
        while (n < s.size() && isLiteral(s[n]))
            ++n;
        if (n < s.size() && (s[n] == u'?' || s[n] == u'*' || s[n] == u'{'))
            n = std::max<qsizetype>(0, n - 1); // the last character is optional
        return s.first(n);
    };
    if (p.startsWith(u"(?:") || (p.startsWith(u'(') && !p.startsWith(u"(?"))) {
        // A group of plain words: "(fusion|laminectomy|...)".
        const qsizetype open = p.startsWith(u"(?:") ? 3 : 1;
        const qsizetype close = p.indexOf(u')');
        if (close < 0 || (close + 1 < p.size() && (p[close + 1] == u'?' || p[close + 1] == u'*' || p[close + 1] == u'{')))
            return {}; // no group, or an optional one
        QStringList words;
        for (QStringView alternative : p.sliced(open, close - open).tokenize(u'|')) {
            const QStringView lit = literalRun(alternative);
            if (lit.size() != alternative.size() || lit.isEmpty())
                return {}; // not plain words
            words << lit.toString().toLower();
        }
        return words;
    }
    const QStringView lit = literalRun(p);
    if (lit.isEmpty())
        return {};
    return {lit.toString().toLower()};
}

} // namespace

std::shared_ptr<const TreatmentTaxonomy> TreatmentTaxonomy::current()
{
    CurrentTaxonomy &c = currentTaxonomy();
    QMutexLocker lock(&c.mutex);
    if (!c.taxonomy)
        c.taxonomy = std::make_shared<const TreatmentTaxonomy>(builtIn());
    return c.taxonomy;
}

void TreatmentTaxonomy::setCurrent(std::shared_ptr<const TreatmentTaxonomy> taxonomy)
{
    CurrentTaxonomy &c = currentTaxonomy();
    QMutexLocker lock(&c.mutex);
    if (c.taxonomy)
        c.retired << c.taxonomy;
    c.taxonomy = std::move(taxonomy);
}

const TreatmentTaxonomy &TreatmentTaxonomy::instance()
{
    return *current();
}

TreatmentTaxonomy TreatmentTaxonomy::builtIn()
{
    // Read once: its rules compile dozens of expressions, and every user
    // file starts from them. Copies share the class cache, rightly, since
    // they share the rules; a user file's taxonomy gets a cache of its own.
    static const TreatmentTaxonomy parsed = [] {
        TreatmentTaxonomy t;
        const QString error = t.loadFile(u":/imr/taxonomy/treatment-taxonomy.json"_s);
        Q_ASSERT_X(error.isEmpty(), "TreatmentTaxonomy", "the built-in taxonomy must load");
        return t;
    }();
    return parsed;
}

TreatmentTaxonomy TreatmentTaxonomy::withUserFile(const QString &path, QString *error)
{
    TreatmentTaxonomy t = builtIn();
    if (path.isEmpty() || !QFile::exists(path))
        return t;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read your taxonomy %1: %2. The built-in taxonomy is used.").arg(path, file.errorString());
        return t;
    }
    return withUserJson(file.readAll(), path, error);
}

TreatmentTaxonomy TreatmentTaxonomy::withUserJson(const QByteArray &json, const QString &path, QString *error)
{
    TreatmentTaxonomy t = builtIn();
    QList<Category> categories;
    QList<Rule> rules;
    if (QString e = parse(json, true, &categories, &rules); !e.isEmpty()) {
        *error = tr("Your taxonomy %1 is not valid: %2 The built-in taxonomy is used.").arg(path, e);
        return t;
    }
    // A user file may add categories; its rules must name known ones, or a
    // typo would create a category no chart or filter knows.
    for (const Category &c : std::as_const(categories)) {
        if (!t.categories().contains(c.name))
            t.m_categories.insert(t.m_categories.size() - 1, c); // before "Other"
    }
    for (const Rule &r : std::as_const(rules)) {
        if (!t.isKnown(r.category, r.subcategory)) {
            *error = tr("Your taxonomy %1 is not valid: a rule names the unknown category \"%2 / %3\". "
                        "The built-in taxonomy is used.")
                         .arg(path, r.category, r.subcategory);
            return builtIn();
        }
    }
    t.m_rules = rules + t.m_rules;
    t.m_cache = std::make_shared<ClassCache>(kCacheCapacity);
    t.m_userFile = path;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(t.m_fingerprint);
    hash.addData(json);
    t.m_fingerprint = hash.result();
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
    QList<Category> categories;
    QList<Rule> rules;
    if (QString error = parse(json, false, &categories, &rules); !error.isEmpty())
        return error;
    if (categories.isEmpty() || rules.isEmpty())
        return tr("The taxonomy has no categories or no rules.");
    m_categories = categories;
    m_rules = rules;
    m_cache = std::make_shared<ClassCache>(kCacheCapacity);
    m_fingerprint = QCryptographicHash::hash(json, QCryptographicHash::Sha256);
    m_userFile.clear();
    return {};
}

QString TreatmentTaxonomy::parse(const QByteArray &json, bool userRules, QList<Category> *categories, QList<Rule> *rules)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return tr("The taxonomy is not valid JSON: %1.").arg(parseError.errorString());
    if (!doc[u"rules"_s].isArray() || doc[u"rules"_s].toArray().isEmpty())
        return tr("The taxonomy has no \"rules\" list.");
    for (const QJsonValue &c : doc[u"categories"_s].toArray()) {
        Category cat{c[u"name"_s].toString(), {}};
        if (cat.name.isEmpty())
            return tr("A category has no name.");
        for (const QJsonValue &s : c[u"subcategories"_s].toArray())
            cat.subcategories << s.toString();
        *categories << cat;
    }
    int n = 0;
    for (const QJsonValue &r : doc[u"rules"_s].toArray()) {
        ++n;
        QStringList alternatives;
        QStringList required;
        bool prefilter = true;
        for (const QJsonValue &p : r[u"patterns"_s].toArray()) {
            alternatives << u"(?:"_s + p.toString() + u')';
            // A rule is skipped without running its expression when the
            // request holds none of the words its patterns start with.
            const QStringList words = requiredWords(p.toString());
            prefilter = prefilter && !words.isEmpty();
            required << words;
        }
        if (!r.isObject() || r[u"category"_s].toString().isEmpty() || alternatives.isEmpty())
            return tr("Rule %1 needs a \"category\" and a list of \"patterns\".").arg(n);
        Rule rule{r[u"category"_s].toString(), r[u"subcategory"_s].toString(),
                  QRegularExpression(alternatives.join(u'|'), QRegularExpression::CaseInsensitiveOption),
                  r[u"weak"_s].toBool(), userRules, prefilter ? required : QStringList()};
        if (!rule.pattern.isValid())
            return tr("Rule %1 (%2) has an invalid pattern: %3.")
                .arg(QString::number(n), rule.subcategory.isEmpty() ? rule.category : rule.subcategory,
                     rule.pattern.errorString());
        rule.pattern.optimize();
        *rules << rule;
    }
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
    if (!m_cache)
        return classifyUncached(request);
    return m_cache->value(request, [this](const QString &r) { return classifyUncached(r); });
}

QStringList TreatmentTaxonomy::requiredWords(const QString &pattern)
{
    // Forms the small parser below does not read are never prefiltered:
    // quoting, classes starting with ']' and POSIX classes.
    if (pattern.contains(u"\\Q"_s) || pattern.contains(u"[]"_s) || pattern.contains(u"[^]"_s)
        || pattern.contains(u"[:"_s))
        return {};
    QStringList words;
    for (QStringView alternative : topLevelAlternatives(pattern)) {
        const QStringList leading = leadingLiterals(alternative);
        // Case-insensitive matching folds some non-ASCII letters that
        // toLower() does not (the micro sign and the Greek mu): ASCII only.
        const bool ascii = std::all_of(leading.begin(), leading.end(), [](const QString &w) {
            return std::all_of(w.begin(), w.end(), [](QChar c) { return c.unicode() < 128; });
        });
        if (leading.isEmpty() || !ascii)
            return {};
        words << leading;
    }
    return words;
}

TreatmentClass TreatmentTaxonomy::classifyUncached(const QString &request) const
{
    // Requests are valid UTF-16 (decoded letter text): no need to check it per rule.
    constexpr auto noCheck = QRegularExpression::DontCheckSubjectStringMatchOption;
    const QString lower = request.toLower();
    const auto mayMatch = [&lower](const Rule &rule) {
        if (rule.required.isEmpty())
            return true;
        for (const QString &word : rule.required) {
            if (lower.contains(word))
                return true;
        }
        return false;
    };
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const Rule &rule = m_rules[i];
        if (!mayMatch(rule))
            continue;
        const QRegularExpressionMatch m = rule.pattern.match(request, 0, QRegularExpression::NormalMatch, noCheck);
        if (!m.hasMatch())
            continue;
        TreatmentClass c{rule.category, rule.subcategory, {m.capturedStart(), m.capturedLength()}, {}, rule.user};
        // Generic words decide only when nothing else speaks: a "wound care
        // nurse visit" is not Evaluation & Management because of "visit".
        if (rule.weak) {
            for (qsizetype j = i + 1; j < m_rules.size(); ++j) {
                if (m_rules[j].category != rule.category && mayMatch(m_rules[j])
                    && m_rules[j].pattern.match(request, 0, QRegularExpression::NormalMatch, noCheck).hasMatch()) {
                    c.alternative = m_rules[j].category;
                    break;
                }
            }
        }
        return c;
    }
    return {u"Other"_s, QString(), {}, {}, false};
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
