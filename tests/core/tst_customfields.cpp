// Analyst-defined fields: rules, extraction into their slots, saving with
// the folder, the preview over a folder, review and export.
#include "export/reviewedcsvwriter.h"
#include "extraction/customfieldpreview.h"
#include "extraction/customfields.h"
#include "extraction/fieldschema.h"
#include "extraction/letterextractor.h"
#include "extraction/treatmenttaxonomy.h"
#include "folder/letterloader.h"
#include "review/reviewnavigator.h"
#include "review/reviewstatus.h"
#include "store/recordjson.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::CustomFieldRule;
using imr::CustomFields;
using imr::FieldId;
using imr::FieldSchema;

namespace {

const QString kTemplate = QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt");

CustomFieldRule sessions()
{
    CustomFieldRule r;
    r.column = u"sessions_requested"_s;
    r.label = u"Sessions requested"_s;
    r.level = CustomFieldRule::Level::Item;
    r.section = CustomFieldRule::Section::ItemRequest;
    r.pattern = u"\\b(\\w+)\\s+sessions\\b"_s;
    return r;
}

CustomFieldRule treatments()
{
    CustomFieldRule r;
    r.column = u"prior_treatment"_s;
    r.label = u"Prior treatment"_s;
    r.level = CustomFieldRule::Level::Letter;
    r.section = CustomFieldRule::Section::CaseSummary;
    r.mode = CustomFieldRule::Mode::Phrases;
    r.phrases = {u"physical therapy"_s, u"chiropractic"_s, u"home exercise"_s, u"acupuncture"_s};
    return r;
}

QString text(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Three letters: six sessions asked for, twelve, and none named.
void writeFolder(const QString &folder)
{
    const QString base = text(kTemplate);
    QString twelve = base;
    twelve.replace(u"six sessions"_s, u"12 sessions"_s);
    twelve.replace(u"CM16-0900201"_s, u"CM16-0900202"_s);
    QString none = base;
    none.replace(u"Acupuncture for the neck, six sessions:"_s, u"Acupuncture for the neck:"_s);
    none.replace(u"CM16-0900201"_s, u"CM16-0900203"_s);
    for (const auto &[name, body] : {std::pair{u"a.txt"_s, base}, std::pair{u"b.txt"_s, twelve}, std::pair{u"c.txt"_s, none}}) {
        QFile f(QDir(folder).filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(body.toUtf8());
    }
}

} // namespace

class TestCustomFields : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { CustomFields::install({}); }
    void badRules_data();
    void badRules();
    void extractsIntoSlots();
    void cacheKeyFollowsTheRules();
    void savedWithTheFolder();
    void damagedFileIsAnError();
    void previewCountsAFolder();
    void reviewedAndExported();
    void aSaveWithoutTheRuleKeepsItsReview();
};

void TestCustomFields::badRules_data()
{
    QTest::addColumn<CustomFieldRule>("rule");
    QTest::addColumn<QString>("problem");
    CustomFieldRule r = sessions();
    r.column = u"Sessions"_s;
    QTest::newRow("capitals") << r << u"lower-case"_s;
    r = sessions();
    r.column = u"decision"_s;
    QTest::newRow("a built-in column") << r << u"built-in"_s;
    r.column = u"load_error"_s;
    QTest::newRow("a review column") << r << u"built-in"_s;
    r.column = u"duplicate_of"_s;
    QTest::newRow("the duplicates column") << r << u"built-in"_s;
    r = sessions();
    r.pattern = u"\\w+ sessions"_s;
    QTest::newRow("no capture group") << r << u"capture group"_s;
    r.pattern = u"(\\w+ sessions"_s;
    QTest::newRow("not a regular expression") << r << u"not a valid regular expression"_s;
    r = treatments();
    r.phrases = {u"  "_s};
    QTest::newRow("no phrases") << r << u"at least one phrase"_s;
    r = treatments();
    r.section = CustomFieldRule::Section::ItemRationale;
    QTest::newRow("an item section for a letter field") << r << u"level"_s;
    r = sessions();
    r.label.clear();
    QTest::newRow("no label") << r << u"label"_s;
}

void TestCustomFields::badRules()
{
    QFETCH(CustomFieldRule, rule);
    QFETCH(QString, problem);
    QVERIFY2(rule.problem().contains(problem), qPrintable(rule.problem()));
    QVERIFY(!CustomFields::of({rule}).ok());
    QVERIFY(sessions().problem().isEmpty());
    QVERIFY(treatments().problem().isEmpty());
}

void TestCustomFields::extractsIntoSlots()
{
    auto fields = CustomFields::of({sessions(), treatments()});
    QVERIFY2(fields.ok(), qPrintable(fields.error()));
    const auto shared = std::make_shared<const CustomFields>(fields.value());
    QCOMPARE(shared->itemFields(), QList<FieldId>{FieldId::CustomItem0});
    QCOMPARE(shared->letterFields(), QList<FieldId>{FieldId::CustomLetter0});
    const imr::LetterExtractor extractor(imr::TreatmentTaxonomy::current(), shared);
    const QString letter = text(kTemplate);
    const imr::DeterminationRecord record = extractor.extract(letter);
    QCOMPARE(record.items.size(), 2);
    QCOMPARE(record.items[0].field(FieldId::CustomItem0).value, QString()); // the MRI: no sessions
    const imr::FieldValue six = record.items[1].field(FieldId::CustomItem0);
    QCOMPARE(six.value, u"six"_s);
    QCOMPARE(letter.mid(six.spans.first().start, six.spans.first().length), u"six"_s);
    QVERIFY(!six.needsAttention());
    // Phrases found in the case summary, in the order listed.
    QCOMPARE(record.field(FieldId::CustomLetter0).value, u"physical therapy; home exercise; acupuncture"_s);
    QCOMPARE(record.field(FieldId::CustomLetter0).spans.size(), 3);
    // The built-in fields are as without the rules.
    imr::DeterminationRecord plain = imr::LetterExtractor(imr::TreatmentTaxonomy::current(), {}).extract(letter);
    imr::DeterminationRecord stripped = record;
    stripped.fields.remove(FieldId::CustomLetter0);
    for (imr::DisputedItem &i : stripped.items)
        i.fields.remove(FieldId::CustomItem0);
    QCOMPARE(stripped, plain);
}

void TestCustomFields::cacheKeyFollowsTheRules()
{
    const auto taxonomy = imr::TreatmentTaxonomy::current();
    const auto one = std::make_shared<const CustomFields>(CustomFields::of({sessions()}).value());
    CustomFieldRule changed = sessions();
    changed.pattern = u"(\\d+)\\s+sessions"_s;
    const auto other = std::make_shared<const CustomFields>(CustomFields::of({changed}).value());
    const qint64 none = imr::LetterExtractor(taxonomy, {}).cacheKey();
    QVERIFY(imr::LetterExtractor(taxonomy, one).cacheKey() != none);
    QVERIFY(imr::LetterExtractor(taxonomy, one).cacheKey() != imr::LetterExtractor(taxonomy, other).cacheKey());
    QCOMPARE(imr::LetterExtractor(taxonomy, one).cacheKey(), imr::LetterExtractor(taxonomy, one).cacheKey());
}

void TestCustomFields::savedWithTheFolder()
{
    QTemporaryDir dir;
    QVERIFY(CustomFields::load(dir.path())->isEmpty()); // none yet: no error
    const auto fields = CustomFields::of({sessions(), treatments()});
    QVERIFY(fields->save(dir.path()).ok());
    const QString path = CustomFields::pathFor(dir.path());
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const auto loaded = CustomFields::load(dir.path());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->rules(), fields->rules());
}

void TestCustomFields::damagedFileIsAnError()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u".imr-workbench"_s));
    QFile f(CustomFields::pathFor(dir.path()));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"fields": [{"column": "x", "label": "X", "level": "item", "section": "item", "pattern": "no group"}]})");
    f.close();
    const auto loaded = CustomFields::load(dir.path());
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(u"capture group"_s), qPrintable(loaded.error()));
}

void TestCustomFields::previewCountsAFolder()
{
    QTemporaryDir dir;
    writeFolder(dir.path());
    const imr::LetterLoader loader(dir.path());
    imr::CustomFieldPreview preview(sessions());
    QList<imr::PreviewRow> all;
    for (const imr::Letter &l : loader.loadAll()) {
        const QList<imr::PreviewRow> rows = preview.rowsOf(l);
        preview.add(rows, l.ok());
        all += rows;
    }
    QCOMPARE(preview.lettersRead(), 3);
    QCOMPARE(preview.lettersMatched(), 2);
    QCOMPARE(preview.matches(), 2);
    QCOMPARE(preview.misses(), 4);
    QCOMPARE(preview.topValues(5), (QList<QPair<QString, int>>{{u"12"_s, 1}, {u"six"_s, 1}}));
    QCOMPARE(preview.countsText(), u"2 of 3 letters · 2 items matched, 4 missed"_s);
    QCOMPARE(all.size(), 6);
    QCOMPARE(all[3].relativePath, u"b.txt"_s);
    QCOMPARE(all[3].item, 1);
    QCOMPARE(all[3].value, u"12"_s);
}

// Installed for the folder, the field is extracted by the loader, walked
// and counted by the review, and exported after the contract's columns.
void TestCustomFields::reviewedAndExported()
{
    QTemporaryDir dir;
    writeFolder(dir.path());
    CustomFields::install(std::make_shared<const CustomFields>(CustomFields::of({sessions()}).value()));
    const imr::LetterLoader loader(dir.path());
    imr::Letter letter = loader.load(u"b.txt"_s);
    QCOMPARE(letter.record.items[1].field(FieldId::CustomItem0).value, u"12"_s);
    // The review walks it after each item's built-in fields.
    const QList<imr::FieldAddress> order = imr::ReviewNavigator::order(letter.record);
    QVERIFY(order.contains(imr::FieldAddress{1, FieldId::CustomItem0}));
    QCOMPARE(FieldSchema::columnName(FieldId::CustomItem0), u"sessions_requested"_s);
    FieldId id{};
    QVERIFY(FieldSchema::fromColumnName(u"sessions_requested"_s, &id));
    QCOMPARE(id, FieldId::CustomItem0);
    // Every field confirmed but the analyst's: not yet reviewed.
    for (const imr::FieldAddress &a : order) {
        if (a.field != FieldId::CustomItem0)
            letter.record.fieldPtr(a.item, a.field)->state = imr::ReviewState::Confirmed;
    }
    QVERIFY(imr::ReviewStatus::of(letter.record) != imr::LetterStatus::Reviewed);
    letter.record.items[0].fields[FieldId::CustomItem0].state = imr::ReviewState::Confirmed;
    letter.record.items[1].fields[FieldId::CustomItem0].value = u"twelve"_s;
    letter.record.items[1].fields[FieldId::CustomItem0].state = imr::ReviewState::Corrected;
    QCOMPARE(imr::ReviewStatus::of(letter.record), imr::LetterStatus::Reviewed);
    QVERIFY(imr::ReviewStatus::correctedItemFields(letter.record.items[1]).contains(u"sessions_requested"_s));
    const QStringList header = imr::ReviewedCsvWriter::header();
    QCOMPARE(header.last(), u"sessions_requested"_s);
    QCOMPARE(header.indexOf(u"duplicate_of"_s), header.size() - 2); // the program's columns, then the analyst's
    const QString csv = QString::fromUtf8(imr::ReviewedCsvWriter::rowBytes(letter));
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].endsWith(u","_s)); // the MRI: nothing taken
    QVERIFY(lines[1].endsWith(u",twelve"_s));
    QVERIFY(lines[1].contains(u"sessions_requested"_s)); // among the corrected fields
}

// Another analyst (or this one after removing a rule) saves a letter
// without the field installed: the field's reviewed value survives.
void TestCustomFields::aSaveWithoutTheRuleKeepsItsReview()
{
    CustomFields::install(std::make_shared<const CustomFields>(CustomFields::of({sessions(), treatments()}).value()));
    imr::DeterminationRecord record;
    record.fields[FieldId::CaseNumber].value = u"CM16-1"_s;
    record.fields[FieldId::CustomLetter0] = imr::FieldValue{u"acupuncture"_s, {}, 0.9, {}, {}, imr::ReviewState::Confirmed};
    imr::DisputedItem item;
    item.fields[FieldId::ItemRequest].value = u"Acupuncture, six sessions"_s;
    item.fields[FieldId::CustomItem0] = imr::FieldValue{u"six"_s, {}, 0.9, {}, {}, imr::ReviewState::Corrected};
    record.items << item;
    const QByteArray stored = imr::RecordJson::write(record);
    CustomFields::install({}); // no rules here
    std::optional<imr::DeterminationRecord> seen = imr::RecordJson::read(stored);
    QVERIFY(seen);
    QVERIFY(!seen->fields.contains(FieldId::CustomLetter0));
    QVERIFY(seen->otherFields.contains(u"prior_treatment"_s));
    seen->fields[FieldId::CaseNumber].state = imr::ReviewState::Confirmed; // the other analyst's change
    const QByteArray saved = imr::RecordJson::write(*seen);
    CustomFields::install(std::make_shared<const CustomFields>(CustomFields::of({sessions(), treatments()}).value()));
    const std::optional<imr::DeterminationRecord> back = imr::RecordJson::read(saved);
    QVERIFY(back);
    QCOMPARE(back->field(FieldId::CustomLetter0).value, u"acupuncture"_s);
    QCOMPARE(back->field(FieldId::CustomLetter0).state, imr::ReviewState::Confirmed);
    QCOMPARE(back->items[0].field(FieldId::CustomItem0).value, u"six"_s);
    QCOMPARE(back->items[0].field(FieldId::CustomItem0).state, imr::ReviewState::Corrected);
    QCOMPARE(back->field(FieldId::CaseNumber).state, imr::ReviewState::Confirmed);
    QVERIFY(back->otherFields.isEmpty());
}

QTEST_GUILESS_MAIN(TestCustomFields)
#include "tst_customfields.moc"
