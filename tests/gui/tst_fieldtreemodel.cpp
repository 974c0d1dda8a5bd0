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

QTEST_MAIN(TestFieldTreeModel)
#include "tst_fieldtreemodel.moc"
