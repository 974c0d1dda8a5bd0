// A category correction offered to the folder's other items with the same
// request: what "the same request" is, how a suggestion shows on a letter,
// that the store keeps it, and that it can become a rule of the analyst's
// taxonomy file.

#include "extraction/taxonomyfile.h"
#include "extraction/treatmenttaxonomy.h"
#include "folder/letterloader.h"
#include "review/categorysuggestions.h"
#include "review/requestkey.h"
#include "store/sqlitereviewstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::FieldId;

namespace {

imr::DisputedItem item(const QString &request, const QString &category, const QString &subcategory)
{
    imr::DisputedItem i;
    i.fields[FieldId::ItemRequest].value = request;
    i.fields[FieldId::TreatmentCategory].value = category;
    i.fields[FieldId::TreatmentCategory].confidence = 0.9;
    i.fields[FieldId::TreatmentSubcategory].value = subcategory;
    i.fields[FieldId::TreatmentSubcategory].confidence = 0.85;
    return i;
}

} // namespace

class TestCategorySuggestions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sameRequest_data();
    void sameRequest();
    void suggestionShowsMarkedOnUnreviewedItems();
    void reachCountsOtherLettersOnly();
    void storeKeepsSuggestionsAndLoaderShowsThem();
    void correctionBecomesARule();
    void ruleIsNotWrittenIntoAnInvalidFile_data();
    void ruleIsNotWrittenIntoAnInvalidFile();
};

void TestCategorySuggestions::sameRequest_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("quantity") << u"Norco 10/325mg #60"_s << u"Norco 10/325 mg, quantity 90"_s << true;
    QTest::newRow("frequency") << u"Physical therapy 2 times a week for 6 weeks"_s << u"Physical therapy x 12 sessions"_s
                               << true;
    QTest::newRow("digits against letters") << u"Norco10/325mg #60"_s << u"Norco 10/325 mg"_s << true;
    QTest::newRow("accents") << u"Ácido hialurónico 2ml"_s << u"ácido HIALURÓNICO, 3 ml"_s << true;
    QTest::newRow("case and order") << u"Wound care nurse visits"_s << u"NURSE VISITS, WOUND CARE"_s << true;
    QTest::newRow("other drug") << u"Norco 10/325mg #60"_s << u"Naproxen 550mg #60"_s << false;
    QTest::newRow("other body part") << u"MRI of the lumbar spine"_s << u"MRI of the cervical spine"_s << false;
}

void TestCategorySuggestions::sameRequest()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QVERIFY(imr::RequestKey::of(a) > 0);
    QCOMPARE(imr::RequestKey::of(a) == imr::RequestKey::of(b), same);
    // A rule written from a matches b exactly when they share the words in order.
    const QRegularExpression rule(imr::RequestKey::rulePattern(a), QRegularExpression::CaseInsensitiveOption);
    QVERIFY(rule.isValid());
    QVERIFY(rule.match(a).hasMatch());
    if (!same)
        QVERIFY(!rule.match(b).hasMatch());
    QCOMPARE(imr::RequestKey::of(u"#60, 2x/week"_s), 0); // no words: no key
}

void TestCategorySuggestions::suggestionShowsMarkedOnUnreviewedItems()
{
    imr::DeterminationRecord record;
    record.items << item(u"Wound care nurse visits x 6"_s, u"Evaluation & Management"_s, u"Medical Specialties"_s)
                 << item(u"Wound care nurse visits"_s, u"Evaluation & Management"_s, u"Medical Specialties"_s)
                 << item(u"MRI of the knee"_s, u"Diagnostic Testing"_s, u"Imaging/Radiology"_s);
    record.items[1].fields[FieldId::TreatmentCategory].state = imr::ReviewState::Confirmed; // a person decided
    const QHash<qint64, imr::CategorySuggestion> suggestions{
        {imr::RequestKey::of(u"wound care nurse visits"_s),
         {u"Home Health"_s, QString(), u"Wound care nurse, 2 visits"_s, u"letter-7.txt"_s}}};
    QCOMPARE(imr::CategorySuggestions::apply(record, suggestions), 1);
    const imr::FieldValue suggested = record.items[0].field(FieldId::TreatmentCategory);
    QCOMPARE(suggested.value, u"Home Health"_s);
    QVERIFY(suggested.needsAttention());
    QVERIFY(suggested.note.contains(u"letter-7.txt"_s));
    QCOMPARE(suggested.state, imr::ReviewState::Extracted); // offered, not accepted
    QCOMPARE(record.items[1].field(FieldId::TreatmentCategory).value, u"Evaluation & Management"_s);
    QCOMPARE(record.items[2].field(FieldId::TreatmentCategory).value, u"Diagnostic Testing"_s);
    QCOMPARE(imr::CategorySuggestions::apply(record, suggestions), 0); // applied already
}

void TestCategorySuggestions::reachCountsOtherLettersOnly()
{
    const qint64 key = imr::RequestKey::of(u"Hearing aids"_s);
    QList<imr::LetterSummary> letters(3);
    letters[0].contentHash = "self";
    letters[0].items << imr::ItemFacts{u"Upheld"_s, u"Other"_s, QString(), {}, key};
    letters[1].contentHash = "other";
    letters[1].items << imr::ItemFacts{u"Upheld"_s, u"Other"_s, QString(), {}, key}
                     << imr::ItemFacts{u"Upheld"_s, u"DMEPOS"_s, u"DME"_s, {}, key}; // already so
    letters[2].contentHash = "third";
    letters[2].items << imr::ItemFacts{u"Upheld"_s, u"Other"_s, QString(), {}, key + 1};
    QCOMPARE(imr::CategorySuggestions::reach(letters, "self", key, u"DMEPOS"_s, u"DME"_s), 1);
    QCOMPARE(imr::CategorySuggestions::reach(letters, "self", 0, u"DMEPOS"_s, u"DME"_s), 0);
}

void TestCategorySuggestions::storeKeepsSuggestionsAndLoaderShowsThem()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt"), dir.filePath(u"a.txt"_s)));
    const imr::CategorySuggestion s{u"Rehabilitation"_s, u"Other Therapies"_s, u"Acupuncture, neck"_s, u"b.txt"_s};
    const qint64 key = imr::RequestKey::of(u"Acupuncture for the neck, six sessions"_s);
    {
        imr::SqliteReviewStore store;
        QVERIFY(store.openForFolder(dir.path()).ok());
        QVERIFY(store.saveCategorySuggestion(key, s).ok());
    }
    imr::SqliteReviewStore store; // opened again: the suggestion is on disk
    QVERIFY(store.openForFolder(dir.path()).ok());
    const auto all = store.categorySuggestions();
    QVERIFY(all.ok());
    QCOMPARE(all.value().value(key), s);

    imr::LetterLoader loader(dir.path());
    const imr::Letter without = loader.load(u"a.txt"_s);
    QCOMPARE(without.record.items.at(1).field(FieldId::TreatmentSubcategory).value, u"Acupuncture"_s);
    loader.setStore(&store);
    const imr::Letter with = loader.load(u"a.txt"_s);
    QCOMPARE(with.record.items.at(1).field(FieldId::TreatmentSubcategory).value, u"Other Therapies"_s);
    QVERIFY(with.record.items.at(1).field(FieldId::TreatmentSubcategory).needsAttention());
    QCOMPARE(with.record.items.at(0).field(FieldId::TreatmentSubcategory).value, u"Imaging/Radiology"_s);
}

void TestCategorySuggestions::correctionBecomesARule()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/taxonomy.json"_s); // the folder is made
    QCOMPARE(imr::TaxonomyFile::addRule(path, u"Wound care nurse visits x 6"_s, u"Home Health"_s, QString()), QString());
    QCOMPARE(imr::TaxonomyFile::addRule(path, u"Grip strength test"_s, u"Diagnostic Testing"_s, u"Other Diagnostic Tests"_s),
             QString());
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    QString error;
    const imr::TreatmentTaxonomy t = imr::TreatmentTaxonomy::withUserFile(path, &error);
    QCOMPARE(error, QString());
    const imr::TreatmentClass nurse = t.classify(u"Nurse for wound care, 3 visits"_s); // words in another order
    const imr::TreatmentClass same = t.classify(u"Wound care by a nurse, 10 visits"_s);
    QVERIFY(same.userRule);
    QCOMPARE(same.category, u"Home Health"_s);
    QVERIFY(!nurse.userRule); // the rule keeps the words' order; the built-in rules decide
    QCOMPARE(nurse.category, u"Home Health"_s);
    // The newest rule comes first.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray rules = QJsonDocument::fromJson(f.readAll())[u"rules"_s].toArray();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.first()[u"category"_s].toString(), u"Diagnostic Testing"_s);
    // Unknown categories are refused, and nothing is written.
    QVERIFY(!imr::TaxonomyFile::addRule(path, u"Hypnosis"_s, u"Magic"_s, QString()).isEmpty());
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(again.readAll())[u"rules"_s].toArray().size(), 2);
}

void TestCategorySuggestions::ruleIsNotWrittenIntoAnInvalidFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("half edited") << QByteArray("{\"rules\": [ {\"category\": ");
    QTest::newRow("bad pattern") << QByteArray("{\"rules\":[{\"category\":\"Injection\",\"patterns\":[\"(\"]}]}");
}

void TestCategorySuggestions::ruleIsNotWrittenIntoAnInvalidFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"taxonomy.json"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QVERIFY(!imr::TaxonomyFile::addRule(path, u"Hearing aids"_s, u"DMEPOS"_s, u"DME"_s).isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

QTEST_GUILESS_MAIN(TestCategorySuggestions)
#include "tst_categorysuggestions.moc"
