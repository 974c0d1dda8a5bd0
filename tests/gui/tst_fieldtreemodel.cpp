#include "extraction/letterextractor.h"
#include "review/fieldtreemodel.h"
#include "extraction/textdecoder.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using imr::FieldId;
using imr::gui::FieldTreeModel;

class TestFieldTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void groupsAndFields();
    void emptyRecord();
    void longValuesAreCutForTheRowOnly_data();
    void longValuesAreCutForTheRowOnly();
};

void TestFieldTreeModel::groupsAndFields()
{
    QFile f(QStringLiteral(IMR_EXAMPLES "/CM16-0900102.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const imr::DeterminationRecord record = imr::LetterExtractor().extract(imr::TextDecoder::decode(f.readAll()).text);
    FieldTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecord(record);
    QCOMPARE(model.rowCount(), 3 + record.items.size());
    QCOMPARE(model.index(0, 0).data().toString(), u"Case"_s);
    QCOMPARE(model.index(3, 0).data().toString(), u"Item 1"_s);
    const QModelIndex caseNumber = model.index(0, FieldTreeModel::ValueColumn, model.index(0, 0));
    QCOMPARE(caseNumber.data().toString(), record.field(FieldId::CaseNumber).value);
    QCOMPARE(caseNumber.data(FieldTreeModel::FieldIdRole).value<FieldId>(), FieldId::CaseNumber);
    const QModelIndex item1 = model.index(3, 0);
    const QModelIndex request = model.index(0, FieldTreeModel::ValueColumn, item1);
    QCOMPARE(request.data().toString(), record.items[0].field(FieldId::ItemRequest).value);
    QCOMPARE(request.data(FieldTreeModel::ItemIndexRole).toInt(), 0);
    QVERIFY(!model.index(0, FieldTreeModel::StatusColumn, item1).data().toString().isEmpty());
}

void TestFieldTreeModel::emptyRecord()
{
    FieldTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecord({});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, FieldTreeModel::ValueColumn, model.index(0, 0)).data().toString(), QString());
}

void TestFieldTreeModel::longValuesAreCutForTheRowOnly_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");
    const QString line = u"Per MTUS, physical therapy is recommended. "_s; // 43 characters
    const QString rationale = line.repeated(70);
    QTest::newRow("short") << u"Upheld"_s << u"Upheld"_s;
    QTest::newRow("exactly the limit") << rationale.left(300) << rationale.left(300);
    QTest::newRow("a rationale") << rationale << rationale.left(300) + u'…';
    // A character outside the BMP straddling the cut is not split in half.
    const QString straddling = u"x"_s.repeated(299) + u"\U0001F600"_s + u"tail"_s;
    QTest::newRow("surrogate pair at the cut") << straddling << u"x"_s.repeated(299) + u'…';
}

// The panel shows one line of a value; the whole value stays where it is
// read and edited: the editor, the tooltip and assistive technology.
void TestFieldTreeModel::longValuesAreCutForTheRowOnly()
{
    QFETCH(QString, value);
    QFETCH(QString, shown);
    imr::DeterminationRecord record;
    imr::DisputedItem item;
    imr::FieldValue rationaleValue;
    rationaleValue.value = value;
    item.fields.insert(FieldId::Rationale, rationaleValue);
    record.items << item;
    FieldTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecord(record);
    const QModelIndex rationale = model.indexOf({0, FieldId::Rationale});
    QVERIFY(rationale.isValid());
    QCOMPARE(rationale.data(Qt::DisplayRole).toString(), shown);
    QCOMPARE(rationale.data(Qt::EditRole).toString(), value);
    QCOMPARE(rationale.data(Qt::AccessibleTextRole).toString(), value);
    QVERIFY(rationale.data(Qt::ToolTipRole).toString().contains(value));
}

QTEST_MAIN(TestFieldTreeModel)
#include "tst_fieldtreemodel.moc"
