// The review workflow end to end, from the keyboard, headless: correct,
// confirm, undo, redo, confirm all and move on, then restart on the same
// folder and find every change.

#include "app/exportdialog.h"
#include "app/mainwindow.h"
#include "extraction/treatmenttaxonomy.h"
#include "document/documentview.h"
#include "letters/letterfiltermodel.h"
#include "letters/letterlistmodel.h"
#include "review/fieldtreemodel.h"
#include "review/reviewcontroller.h"
#include "review/reviewpanel.h"
#include "review/reviewstatus.h"
#include "store/sqlitereviewstore.h"
#include "windowopener.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>
#include <QHelpEvent>
#include <QTreeView>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using imr::FieldAddress;
using imr::FieldId;
using imr::gui::MainWindow;

namespace {

const QStringList kFixtures{u"default-layout.txt"_s, u"page-breaks.txt"_s, u"wrapped-decision.txt"_s};

struct Session
{
    MainWindow window;
    imr::gui::ReviewPanel *panel = nullptr;
    QTreeView *fields = nullptr;
    imr::gui::DocumentView *document = nullptr;

    bool open(const QString &folder)
    {
        panel = window.findChild<imr::gui::ReviewPanel *>();
        fields = panel->view();
        document = window.findChild<imr::gui::DocumentView *>();
        return imr::test::showAndOpenFolder(window, folder);
    }
    imr::Letter letter(int row) const { return window.letterAt(row); }
    imr::FieldValue field(int row, FieldAddress a) const { return letter(row).record.field(a.item, a.field); }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key(key), modifiers);
    }
    void focusField(FieldAddress a)
    {
        fields->setFocus();
        panel->setCurrentField(a);
    }
};

const FieldAddress kAge{-1, FieldId::PatientAge};
const FieldAddress kCase{-1, FieldId::CaseNumber};

} // namespace

class TestReviewFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void keyboardFlowSurvivesRestart();
    void escapeCancelsAnEdit();
    void tabMovesBetweenFields();
    void documentHighlightsAndTakeSelection();
    void filtersAndSearch();
    void itemsCanBeAddedAndRemoved();
    void exportScopeReviewedOnly();
    void categoryCorrectionIsOfferedToTheSameRequest();
    void provenanceExportFromTheFileMenu();
    void letterChangedOnDiskKeepsTheReviewAndSaysSo();
    void secondWindowOnTheFolderIsReadOnly();
    void fullDiskConfirmationIsNotShownAsSaved();
    void unreadableReviewKeepsTheLetterReadOnly();

private:
    QString freshFolder();
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

void TestReviewFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// Each test starts as a first run: a sort order or column widths another
// test left (the window keeps the user's) must not move its rows.
void TestReviewFlow::init()
{
    QSettings().remove(u"window"_s);
}

QString TestReviewFlow::freshFolder()
{
    auto *dir = m_dirs.emplace_back(std::make_unique<QTemporaryDir>()).get();
    for (const QString &f : kFixtures)
        QFile::copy(QStringLiteral(IMR_TEST_DATA "/letters/") + f, dir->filePath(f));
    return dir->path();
}

void TestReviewFlow::keyboardFlowSurvivesRestart()
{
    const QString folder = freshFolder();
    QString originalAge;
    {
        Session s;
        QVERIFY(s.open(folder));
        QAbstractItemModelTester letters(s.window.letterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filtered(s.window.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester fieldModel(s.panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(s.window.currentLetter(), 0);
        QVERIFY(s.panel->currentField()); // opened on the first field to review
        QVERIFY(s.window.storeError().isEmpty());

        // Correct the age: F2, type, Enter.
        originalAge = s.field(0, kAge).value;
        s.focusField(kAge);
        s.key(Qt::Key_F2);
        auto *spin = qobject_cast<QSpinBox *>(QApplication::focusWidget());
        QVERIFY2(spin, "F2 opens a spin box for the age");
        spin->selectAll();
        QTest::keyClicks(spin, u"61"_s);
        QTest::keyClick(spin, Qt::Key_Return);
        QTRY_COMPARE(s.field(0, kAge).value, u"61"_s);
        QCOMPARE(s.field(0, kAge).state, imr::ReviewState::Corrected);
        const QModelIndex status = s.panel->model()->indexOf(kAge, imr::gui::FieldTreeModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"✎"_s);
        QCOMPARE(status.data(Qt::AccessibleTextRole).toString(), u"✎ corrected"_s);

        // Confirm the case number with Enter: the cursor moves on.
        s.focusField(kCase);
        s.key(Qt::Key_Return);
        QCOMPARE(s.field(0, kCase).state, imr::ReviewState::Confirmed);
        QVERIFY(s.panel->currentField() != kCase);
        QCOMPARE(imr::ReviewStatus::of(s.letter(0)), imr::LetterStatus::InProgress);

        // Undo crosses confirmations and corrections; redo brings them back.
        s.key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(s.field(0, kCase).state, imr::ReviewState::Extracted);
        s.key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(s.field(0, kAge).value, originalAge);
        QCOMPARE(imr::ReviewStatus::of(s.letter(0)), imr::LetterStatus::Unreviewed);
        s.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(s.field(0, kAge).value, u"61"_s);
        s.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(s.field(0, kCase).state, imr::ReviewState::Confirmed);

        // Ctrl+Enter: everything left is confirmed, the next unreviewed letter opens.
        s.fields->setFocus();
        s.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(imr::ReviewStatus::of(s.letter(0)), imr::LetterStatus::Reviewed);
        QCOMPARE(s.window.currentLetter(), 1);

        // Alt+Down / Alt+Up move between letters.
        s.key(Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(s.window.currentLetter(), 2);
        s.key(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(s.window.currentLetter(), 1);
        // Undo is per letter: nothing to undo on this one.
        s.key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(imr::ReviewStatus::of(s.letter(0)), imr::LetterStatus::Reviewed);
    }
    // Restart on the same folder: every change is there.
    Session again;
    QVERIFY(again.open(folder));
    QCOMPARE(imr::ReviewStatus::of(again.letter(0)), imr::LetterStatus::Reviewed);
    QCOMPARE(again.field(0, kAge).value, u"61"_s);
    QCOMPARE(again.field(0, kAge).state, imr::ReviewState::Corrected);
    QCOMPARE(again.field(0, kCase).state, imr::ReviewState::Confirmed);
    QCOMPARE(imr::ReviewStatus::of(again.letter(1)), imr::LetterStatus::Unreviewed);
    QCOMPARE(again.window.letterModel()->index(0, imr::gui::LetterListModel::StatusColumn).data().toString(),
             u"reviewed"_s);
}

void TestReviewFlow::escapeCancelsAnEdit()
{
    Session s;
    QVERIFY(s.open(freshFolder()));
    const QString before = s.field(0, kAge).value;
    s.focusField(kAge);
    s.key(Qt::Key_F2);
    auto *spin = qobject_cast<QSpinBox *>(QApplication::focusWidget());
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, u"99"_s);
    QTest::keyClick(spin, Qt::Key_Escape);
    QCOMPARE(s.field(0, kAge).value, before);
    QCOMPARE(s.field(0, kAge).state, imr::ReviewState::Extracted);
}

void TestReviewFlow::tabMovesBetweenFields()
{
    Session s;
    QVERIFY(s.open(freshFolder()));
    s.focusField(kCase);
    s.key(Qt::Key_Tab);
    QCOMPARE(s.panel->currentField(), (FieldAddress{-1, FieldId::DateAssigned}));
    s.key(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(s.panel->currentField(), kCase);
}

void TestReviewFlow::documentHighlightsAndTakeSelection()
{
    Session s;
    QVERIFY(s.open(freshFolder()));
    const imr::TextSpan caseSpan = s.field(0, kCase).spans.value(0);
    QVERIFY(caseSpan.length > 0);
    // The case number's span is painted in its field's colour, over the syntax colouring.
    const auto backgroundAt = [&](qsizetype pos) {
        const QTextBlock block = s.document->document()->findBlock(int(pos));
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (pos - block.position() >= r.start && pos - block.position() < r.start + r.length)
                return r.format.background().color();
        }
        return QColor();
    };
    QVERIFY(backgroundAt(caseSpan.start).isValid());
    QCOMPARE(backgroundAt(caseSpan.start), backgroundAt(caseSpan.end() - 1));
    QVERIFY(!backgroundAt(caseSpan.end() + 1).isValid() || backgroundAt(caseSpan.end() + 1) != backgroundAt(caseSpan.start));
    // The current field is emphasised: its colour is stronger than the others'.
    s.focusField(kAge);
    const QColor plain = backgroundAt(caseSpan.start);
    s.focusField(kCase);
    QVERIFY(backgroundAt(caseSpan.start).alpha() > plain.alpha());
    // Hovering the span tells what it is.
    QTextCursor hover(s.document->document());
    hover.setPosition(int(caseSpan.start + 1));
    const QPoint hoverAt = s.document->cursorRect(hover).center();
    QHelpEvent help(QEvent::ToolTip, hoverAt, s.document->viewport()->mapToGlobal(hoverAt));
    QApplication::sendEvent(s.document->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"Case number"_s));
    QVERIFY(QToolTip::text().contains(s.field(0, kCase).value));
    QVERIFY(QToolTip::text().contains(u"confidence"_s));
    QCOMPARE(s.document->fieldAt(caseSpan.start + 1), kCase);
    // Clicking it selects the field in the side panel.
    s.focusField(kAge);
    QTextCursor c(s.document->document());
    c.setPosition(int(caseSpan.start + 2));
    s.document->setTextCursor(c); // in view: the age field may have scrolled it away
    s.document->ensureCursorVisible();
    const QPoint at = s.document->cursorRect(c).center();
    QTest::mouseClick(s.document->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(s.panel->currentField(), kCase);
    // Select other text and press F3: it becomes the value, with its span.
    const qsizetype start = s.letter(0).text.indexOf(u"CLINICAL CASE SUMMARY"_s);
    QTextCursor sel(s.document->document());
    sel.setPosition(int(start));
    sel.setPosition(int(start + 8), QTextCursor::KeepAnchor);
    s.document->setTextCursor(sel);
    s.key(Qt::Key_F3);
    QCOMPARE(s.field(0, kCase).value, u"CLINICAL"_s);
    QCOMPARE(s.field(0, kCase).state, imr::ReviewState::Corrected);
    QCOMPARE(s.field(0, kCase).spans.value(0), (imr::TextSpan{start, 8}));
}

void TestReviewFlow::filtersAndSearch()
{
    Session s;
    QVERIFY(s.open(freshFolder()));
    imr::gui::LetterFilterModel *filter = s.window.filterModel();
    QCOMPARE(filter->rowCount(), 3);
    s.window.reviewController()->confirmAll(2);
    filter->setStatusFilter(int(imr::LetterStatus::Reviewed));
    QCOMPARE(filter->rowCount(), 1);
    filter->setStatusFilter(-1);
    // Ctrl+F goes to the search field; the search looks into the letters' text.
    s.key(Qt::Key_F, Qt::ControlModifier);
    auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(search);
    const QString caseNumber = s.field(1, kCase).value;
    QTest::keyClicks(search, caseNumber);
    QTRY_COMPARE(filter->rowCount(), 1); // the search waits for typing to pause
    QCOMPARE(filter->mapToSource(filter->index(0, 0)).row(), 1);
    search->clear();
    QTRY_COMPARE(filter->rowCount(), 3);
    filter->setDecisionFilter(u"Overturned"_s);
    for (int row = 0; row < filter->rowCount(); ++row)
        QVERIFY(filter->index(row, 0).data(imr::gui::LetterListModel::DecisionsRole).toStringList().contains(u"Overturned"_s));
    filter->setDecisionFilter({});
    // Next unreviewed follows the view's sort order.
    s.window.findChild<QTreeView *>(u"letterView"_s)->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(filter->nextUnreviewed(-1), 1); // row 0 of the view is the reviewed one
}

void TestReviewFlow::itemsCanBeAddedAndRemoved()
{
    Session s;
    QVERIFY(s.open(freshFolder()));
    const qsizetype items = s.letter(0).record.items.size();
    s.window.reviewController()->addItem(0);
    QCOMPARE(s.letter(0).record.items.size(), items + 1);
    s.window.reviewController()->removeItem(0, 0);
    QCOMPARE(s.letter(0).record.items.size(), items);
    s.key(Qt::Key_Z, Qt::ControlModifier);
    s.key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(s.letter(0).record.items.size(), items);
    QCOMPARE(imr::ReviewStatus::of(s.letter(0)), imr::LetterStatus::Unreviewed);
}

void TestReviewFlow::exportScopeReviewedOnly()
{
    const QString folder = freshFolder();
    Session s;
    QVERIFY(s.open(folder));
    s.window.reviewController()->confirmAll(1);
    const QString out = folder + u"/reviewed-only.csv"_s;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<imr::gui::ExportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>()->setText(out);
        dialog->findChildren<QRadioButton *>().constLast()->setChecked(true);
        dialog->accept();
    });
    s.key(Qt::Key_E, Qt::ControlModifier);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QVERIFY(csv.contains(s.letter(1).relativePath));
    QVERIFY(!csv.contains(s.letter(0).relativePath));
    QVERIFY(csv.contains(u",reviewed,"_s));
}

void TestReviewFlow::categoryCorrectionIsOfferedToTheSameRequest()
{
    // Two letters asking for nearly the same thing (another number of
    // sessions), a third asking for something else.
    QTemporaryDir dir;
    QFile f(QStringLiteral(IMR_TEST_DATA "/letters/default-layout.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("Acupuncture for the neck, six sessions"));
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile out(dir.filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    };
    write(u"a.txt"_s, text);
    write(u"b.txt"_s, QByteArray(text).replace("CM16-0900201", "CM16-0900202")
                          .replace("Acupuncture for the neck, six sessions", "Acupuncture for the neck, 8 sessions"));
    write(u"d.txt"_s, QByteArray(text).replace("CM16-0900201", "CM16-0900204")
                          .replace("Acupuncture for the neck, six sessions", "ACUPUNCTURE, NECK, 12 sessions"));
    write(u"c.txt"_s, QByteArray(text).replace("CM16-0900201", "CM16-0900203")
                          .replace("Acupuncture for the neck, six sessions", "Chiropractic care for the neck, six sessions"));
    Session s;
    QVERIFY(s.open(dir.path()));
    const auto rowOf = [&s](const QString &path) {
        const auto &rows = s.window.letterModel()->summaries();
        for (int i = 0; i < rows.size(); ++i)
            if (rows[i].relativePath == path)
                return i;
        return -1;
    };
    const int a = rowOf(u"a.txt"_s), b = rowOf(u"b.txt"_s), c = rowOf(u"c.txt"_s), d = rowOf(u"d.txt"_s);
    const FieldAddress subcategory{1, FieldId::TreatmentSubcategory};
    QCOMPARE(s.field(b, subcategory).value, u"Acupuncture"_s);
    QAction *saveRule = s.window.findChild<QAction *>(u"actionSaveCategoryRule"_s);
    QVERIFY(saveRule);
    QVERIFY(!saveRule->isEnabled());

    QSignalSpy offered(s.window.reviewController(), &imr::gui::ReviewController::categorySuggested);
    QVERIFY(s.window.reviewController()->correct(a, subcategory, u"Other Therapies"_s));
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.first().at(0).toInt(), 2); // b and d: c asks for something else
    QVERIFY(saveRule->isEnabled());

    // b shows the category marked, with where it comes from; c is untouched.
    const imr::FieldValue suggested = s.field(b, subcategory);
    QCOMPARE(suggested.value, u"Other Therapies"_s);
    QCOMPARE(suggested.state, imr::ReviewState::Extracted);
    QVERIFY(suggested.needsAttention());
    QVERIFY(suggested.note.contains(u"a.txt"_s));
    QCOMPARE(s.field(c, subcategory).value, u"Chiropractic"_s);

    // One key accepts it.
    s.window.selectLetter(s.window.filterModel()->mapFromSource(s.window.letterModel()->index(b, 0)).row());
    s.focusField(subcategory);
    s.key(Qt::Key_Return);
    QTRY_COMPARE(s.field(b, subcategory).state, imr::ReviewState::Confirmed);
    QCOMPARE(s.field(b, subcategory).value, u"Other Therapies"_s);

    // Saved as a rule of the analyst's file, it decides requests with these words.
    QTemporaryDir config;
    const QString rules = config.filePath(u"taxonomy.json"_s);
    QCOMPARE(s.window.reviewController()->saveCategoryRule(rules), QString());
    QString error;
    const imr::TreatmentTaxonomy t = imr::TreatmentTaxonomy::withUserFile(rules, &error);
    QCOMPARE(error, QString());
    QCOMPARE(t.classify(u"Acupuncture to the neck, 12 sessions"_s).subcategory, u"Other Therapies"_s);
    QCOMPARE(t.classify(u"Acupuncture of the low back"_s).subcategory, u"Acupuncture"_s);

    // Undoing the correction in a withdraws the offer: d, never confirmed,
    // shows its own category again; b keeps what its reviewer confirmed.
    QCOMPARE(s.field(d, subcategory).value, u"Other Therapies"_s);
    s.window.selectLetter(s.window.filterModel()->mapFromSource(s.window.letterModel()->index(a, 0)).row());
    s.fields->setFocus();
    s.key(Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(s.field(a, subcategory).value, u"Acupuncture"_s);
    QCOMPARE(s.field(d, subcategory).value, u"Acupuncture"_s);
    QCOMPARE(s.field(b, subcategory).value, u"Other Therapies"_s);
}

void TestReviewFlow::provenanceExportFromTheFileMenu()
{
    const QString folder = freshFolder();
    Session s;
    QVERIFY(s.open(folder));
    s.window.reviewController()->confirmAll(1);
    QVERIFY(s.window.reviewController()->correct(0, kAge, u"61"_s));
    const QString out = folder + u"/provenance.jsonl"_s;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<imr::gui::ExportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>()->setText(out);
        dialog->accept();
    });
    QAction *exportJson = s.window.findChild<QAction *>(u"actionExportJson"_s);
    QVERIFY(exportJson);
    exportJson->trigger();
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QHash<QString, QJsonObject> byFile;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.isEmpty()) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            byFile.insert(o[u"file"_s].toString(), o);
        }
    }
    QCOMPARE(byFile.size(), kFixtures.size());
    const QJsonObject corrected = byFile[s.letter(0).relativePath][u"fields"_s][u"patient_age"_s].toObject();
    QCOMPARE(corrected[u"value"_s].toString(), u"61"_s);
    QCOMPARE(corrected[u"state"_s].toString(), u"corrected"_s);
    const QJsonObject confirmed = byFile[s.letter(1).relativePath][u"fields"_s][u"case_number"_s].toObject();
    QCOMPARE(confirmed[u"state"_s].toString(), u"confirmed"_s);
    QCOMPARE(byFile[s.letter(1).relativePath][u"review_status"_s].toString(), u"reviewed"_s);
}

// The letter on screen is replaced on disk (an amended letter downloaded
// over it) after a confirmation: the confirmation stays stored with the
// content it was made on, the window shows the new content, and says so.
void TestReviewFlow::letterChangedOnDiskKeepsTheReviewAndSaysSo()
{
    const QString folder = freshFolder();
    Session s;
    QVERIFY(s.open(folder));
    QCOMPARE(s.window.currentLetter(), 0);
    const imr::Letter before = s.letter(0);
    s.focusField(kCase);
    s.key(Qt::Key_Return);
    QCOMPARE(s.field(0, kCase).state, imr::ReviewState::Confirmed);

    QFile file(before.filePath);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes += "\nThis letter was amended.\n";
    QVERIFY(file.resize(0));
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    // Nobody rescans: the window watches the letter on screen.
    QSignalSpy changed(&s.window, &MainWindow::letterChangedOnDisk);
    QVERIFY(changed.wait(15000));
    QTRY_VERIFY(!s.window.isLoading());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), before.relativePath);
    QVERIFY2(s.window.statusBar()->currentMessage().contains(u"changed on disk"_s),
             qPrintable(s.window.statusBar()->currentMessage()));
    // The review of the earlier content is kept...
    const auto kept = s.window.reviewController()->store()->review(before.contentHash);
    QVERIFY(kept.ok() && kept.value());
    QCOMPARE(kept.value()->record.field(FieldId::CaseNumber).state, imr::ReviewState::Confirmed);
    // ...and the window reviews the new one.
    const imr::Letter after = s.window.reviewController()->currentLetter();
    QVERIFY(after.contentHash != before.contentHash);
    QVERIFY(after.text.contains(u"This letter was amended."_s));
}

// A second window on a folder another window reviews shows it read-only,
// says why, and cannot confirm; the first window goes on as before.
void TestReviewFlow::secondWindowOnTheFolderIsReadOnly()
{
    const QString folder = freshFolder();
    Session first;
    QVERIFY(first.open(folder));
    Session second;
    QVERIFY(second.open(folder));
    QVERIFY(first.window.readOnlyReason().isEmpty());
    QVERIFY2(second.window.readOnlyReason().contains(u"another IMR Workbench window"_s),
             qPrintable(second.window.readOnlyReason()));
    QVERIFY(second.window.windowTitle().contains(u"read-only"_s));
    QVERIFY(second.window.statusBar()->currentMessage().contains(u"another IMR Workbench window"_s));
    second.focusField(kCase);
    second.key(Qt::Key_Return);
    QCOMPARE(second.field(0, kCase).state, imr::ReviewState::Extracted);

    first.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&first.window));
    first.focusField(kCase);
    first.key(Qt::Key_Return);
    QCOMPARE(first.field(0, kCase).state, imr::ReviewState::Confirmed);
    const auto stored = second.window.reviewController()->store()->review(first.letter(0).contentHash);
    QVERIFY(stored.ok() && stored.value()); // the second window reads the first one's work
}

// The store cannot grow (a full disk) when the analyst confirms: they are
// told, the field is not shown as confirmed, and what was saved before stays.
void TestReviewFlow::fullDiskConfirmationIsNotShownAsSaved()
{
    const QString folder = freshFolder();
    Session s;
    QVERIFY(s.open(folder));
    s.focusField(kCase);
    s.key(Qt::Key_Return);
    QCOMPARE(s.field(0, kCase).state, imr::ReviewState::Confirmed);
    const QByteArray first = s.letter(0).contentHash;

    auto *store = dynamic_cast<imr::SqliteReviewStore *>(s.window.reviewController()->store());
    QVERIFY(store);
    store->setMaxPageCount(1);
    QString warning;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->accept();
        }
    });
    closer.start(20);
    s.key(Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(s.window.currentLetter(), 1);
    s.fields->setFocus();
    s.key(Qt::Key_Return, Qt::ControlModifier); // confirm everything: the whole record is written
    QTRY_VERIFY(!warning.isEmpty());
    closer.stop();
    QVERIFY2(warning.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(warning));
    QVERIFY(s.window.statusBar()->currentMessage().contains(u"full"_s, Qt::CaseInsensitive));
    QCOMPARE(s.window.currentLetter(), 1); // it did not move on as if done
    QCOMPARE(s.field(1, kCase).state, imr::ReviewState::Extracted);
    QCOMPARE(imr::ReviewStatus::of(s.letter(1)), imr::LetterStatus::Unreviewed);
    const auto kept = store->review(first);
    QVERIFY(kept.ok() && kept.value());
    QCOMPARE(kept.value()->record.field(FieldId::CaseNumber).state, imr::ReviewState::Confirmed);
    // Space again: the same keys save it.
    store->setMaxPageCount(1 << 30);
    s.window.activateWindow(); // back from the warning box
    QVERIFY(QTest::qWaitForWindowActive(&s.window));
    s.fields->setFocus();
    s.key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(imr::ReviewStatus::of(s.letter(1)), imr::LetterStatus::Reviewed);
}

// A stored review that cannot be read (a damaged record) is an error on its
// letter: the window says so, and the letter cannot be confirmed, so
// nothing is written over the review it cannot see.
void TestReviewFlow::unreadableReviewKeepsTheLetterReadOnly()
{
    const QString folder = freshFolder();
    QByteArray hash;
    QString storePath;
    {
        Session s;
        QVERIFY(s.open(folder));
        s.focusField(kCase);
        s.key(Qt::Key_Return);
        QCOMPARE(s.field(0, kCase).state, imr::ReviewState::Confirmed);
        hash = s.letter(0).contentHash;
        storePath = s.window.reviewController()->store()->location();
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(storePath);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE reviews SET record = '{not json'"_s));
    }
    QSqlDatabase::removeDatabase(u"damage"_s);

    Session s;
    QVERIFY(s.open(folder));
    QCOMPARE(s.window.currentLetter(), 0);
    const imr::Letter letter = s.letter(0);
    QVERIFY(!letter.reviewError.isEmpty());
    QVERIFY2(s.window.statusBar()->currentMessage().contains(u"read-only"_s),
             qPrintable(s.window.statusBar()->currentMessage()));
    s.focusField(FieldAddress{-1, FieldId::Priority});
    s.key(Qt::Key_Return);
    QCOMPARE(s.field(0, FieldAddress{-1, FieldId::Priority}).state, imr::ReviewState::Extracted);
    const auto trail = s.window.reviewController()->store()->auditTrail(hash);
    QVERIFY(trail.ok());
    QCOMPARE(trail->size(), 1); // only the confirmation made before the damage
}

QTEST_MAIN(TestReviewFlow)
#include "tst_reviewflow.moc"
