// The Analyst Fields dialog: a rule typed in, its live preview over a
// folder, refusal of a broken rule, and the window extracting, showing and
// exporting the field once saved.
#include "app/mainwindow.h"
#include "export/reviewedcsvwriter.h"
#include "extraction/customfields.h"
#include "fields/customfielddialog.h"
#include "fields/customfieldpreviewmodel.h"
#include "folder/letterloader.h"
#include "review/fieldtreemodel.h"
#include "windowopener.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using imr::CustomFieldRule;
using imr::gui::CustomFieldDialog;

namespace {

// Three letters: six sessions asked for, twelve, and none named.
QStringList writeFolder(const QString &folder)
{
    QFile t(QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt"));
    t.open(QIODevice::ReadOnly);
    const QString base = QString::fromUtf8(t.readAll());
    QString twelve = base;
    twelve.replace(u"six sessions"_s, u"12 sessions"_s).replace(u"CM16-0900201"_s, u"CM16-0900202"_s);
    QString none = base;
    none.replace(u"Acupuncture for the neck, six sessions:"_s, u"Acupuncture for the neck:"_s)
        .replace(u"CM16-0900201"_s, u"CM16-0900203"_s);
    for (const auto &[name, body] : {std::pair{u"a.txt"_s, base}, std::pair{u"b.txt"_s, twelve}, std::pair{u"c.txt"_s, none}}) {
        QFile f(QDir(folder).filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(body.toUtf8());
    }
    return {u"a.txt"_s, u"b.txt"_s, u"c.txt"_s};
}

QLineEdit *edit(CustomFieldDialog &d, const QString &placeholderPart)
{
    for (QLineEdit *e : d.findChildren<QLineEdit *>()) {
        if (e->placeholderText().contains(placeholderPart))
            return e;
    }
    return nullptr;
}

} // namespace

class TestCustomFieldDialog : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { imr::CustomFields::install({}); }
    void previewRunsOverTheFolder();
    void brokenRuleIsRefused();
    void windowExtractsShowsAndExports();
};

void TestCustomFieldDialog::previewRunsOverTheFolder()
{
    QTemporaryDir dir;
    const QStringList paths = writeFolder(dir.path());
    auto loader = std::make_shared<const imr::LetterLoader>(dir.path());
    CustomFieldDialog d({}, loader, paths);
    QAbstractItemModelTester tester(d.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QLineEdit *column = edit(d, u"sessions_requested"_s);
    QLineEdit *pattern = edit(d, u"sessions"_s.prepend(u"\\s+"_s));
    QVERIFY(column && pattern);
    column->clear();
    QTest::keyClicks(column, u"sessions_requested"_s);
    pattern->clear();
    QTest::keyClicks(pattern, u"\\b(\\w+)\\s+sessions"_s);
    QCOMPARE(d.currentRule().column, u"sessions_requested"_s);
    QCOMPARE(d.currentRule().pattern, u"\\b(\\w+)\\s+sessions"_s);
    QTRY_VERIFY_WITH_TIMEOUT(d.previewFinished(), 10000);
    QVERIFY(d.preview());
    QCOMPARE(d.preview()->lettersRead(), 3);
    QCOMPARE(d.preview()->countsText(), u"2 of 3 letters · 2 items matched, 4 missed"_s);
    QCOMPARE(d.previewModel()->rowCount(), 6);
    QCOMPARE(d.previewModel()->index(3, imr::gui::CustomFieldPreviewModel::ValueColumn).data().toString(), u"12"_s);
    QCOMPARE(d.previewModel()->index(0, imr::gui::CustomFieldPreviewModel::ValueColumn).data().toString(), u"(no match)"_s);
    bool shown = false;
    for (QLabel *l : d.findChildren<QLabel *>())
        shown = shown || l->text() == u"2 of 3 letters · 2 items matched, 4 missed"_s;
    QVERIFY(shown);
    // Phrases instead, in the letter's case summary.
    auto *mode = d.findChildren<QComboBox *>().at(2);
    auto *level = d.findChildren<QComboBox *>().at(0);
    level->setCurrentIndex(1); // the letter
    mode->setCurrentIndex(1);  // phrases
    QCOMPARE(d.currentRule().level, CustomFieldRule::Level::Letter);
    QCOMPARE(d.currentRule().mode, CustomFieldRule::Mode::Phrases);
}

void TestCustomFieldDialog::brokenRuleIsRefused()
{
    CustomFieldDialog d({}, {}, {});
    QLineEdit *pattern = edit(d, u"sessions"_s.prepend(u"\\s+"_s));
    pattern->clear();
    QTest::keyClicks(pattern, u"(unclosed"_s);
    bool said = false;
    for (QLabel *l : d.findChildren<QLabel *>())
        said = said || l->text().contains(u"not a valid regular expression"_s);
    QVERIFY(said);
    QVERIFY(!d.problem().isEmpty());
    d.show();
    d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(d.isVisible()); // not closed: nothing broken is saved
    QCOMPARE(d.result(), int(QDialog::Rejected));
}

void TestCustomFieldDialog::windowExtractsShowsAndExports()
{
    QTemporaryDir dir;
    writeFolder(dir.path());
    imr::gui::MainWindow w;
    QVERIFY(imr::test::showAndOpenFolder(w, dir.path()));
    // Typed into the dialog the action opens, then saved.
    QTimer::singleShot(0, &w, [] {
        auto *d = qobject_cast<CustomFieldDialog *>(QApplication::activeModalWidget());
        QVERIFY(d);
        QLineEdit *column = edit(*d, u"sessions_requested"_s);
        QLineEdit *label = edit(*d, u"Sessions requested"_s);
        column->clear();
        QTest::keyClicks(column, u"sessions_requested"_s);
        label->clear();
        QTest::keyClicks(label, u"Sessions requested"_s);
        d->accept();
    });
    QSignalSpy reloaded(&w, &imr::gui::MainWindow::folderLoaded);
    w.findChild<QAction *>(u"actionCustomFields"_s)->trigger();
    QVERIFY(reloaded.wait(30000));
    QVERIFY(QFile::exists(imr::CustomFields::pathFor(dir.path())));
    w.selectLetter(1); // b.txt
    const imr::Letter &letter = w.letterAt(1);
    QCOMPARE(letter.record.items.value(1).field(imr::FieldId::CustomItem0).value, u"12"_s);
    // The review panel lists it with each item's fields.
    auto *model = w.findChild<imr::gui::FieldTreeModel *>();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    bool listed = false;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r)
            listed = listed || model->index(r, 0, group).data().toString() == u"Sessions requested"_s;
    }
    QVERIFY(listed);
    QCOMPARE(imr::ReviewedCsvWriter::header().last(), u"sessions_requested"_s);
}

QTEST_MAIN(TestCustomFieldDialog)
#include "tst_customfielddialog.moc"
