#include "document/letterhighlighter.h"
#include "document/syntaxrepository.h"
#include "review/fieldcolors.h"

#include <KSyntaxHighlighting/Definition>

#include <QGuiApplication>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using imr::gui::LetterHighlighter;
using imr::gui::SyntaxRepository;

namespace {

// The format the highlighter gave the first character of word in document.
QTextCharFormat formatOf(QTextDocument &doc, const QString &word)
{
    const int pos = doc.toPlainText().indexOf(word);
    const QTextBlock block = doc.findBlock(pos);
    const int inBlock = pos - block.position();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (inBlock >= r.start && inBlock < r.start + r.length)
            return r.format;
    }
    return {};
}

const QString kLetter = u"IMR ISSUES, DECISIONS AND RATIONALES\n"
                        "MRI of the right shoulder: Upheld\n"
                        "Claims Administrator guideline: Decision based on MTUS Shoulder Complaints.\n"
                        "Physical therapy x 8: Overturned\n"
                        "Case Number: CM16-0900001 Date of Injury: 10/13/2016\n"_s;

} // namespace

class TestLetterHighlighter : public QObject
{
    Q_OBJECT
private slots:
    void definitionLoadsFromResources();
    void decisionsHaveDistinctFormats();
    void otherElementsAreColoured_data();
    void otherElementsAreColoured();
    void themeFollowsPalette();
    void fieldColoursStayReadable_data();
    void fieldColoursStayReadable();
    void highlightedTextHasContrast_data();
    void highlightedTextHasContrast();
};

void TestLetterHighlighter::definitionLoadsFromResources()
{
    const KSyntaxHighlighting::Definition def = SyntaxRepository::letterDefinition();
    QVERIFY(def.isValid());
    QCOMPARE(def.name(), u"IMR Letter"_s);
    QVERIFY2(def.filePath().startsWith(u":/imr/syntax/"_s), qPrintable(def.filePath()));
}

void TestLetterHighlighter::decisionsHaveDistinctFormats()
{
    QTextDocument doc(kLetter);
    LetterHighlighter highlighter(&doc);
    highlighter.followPalette(QGuiApplication::palette());
    const QTextCharFormat upheld = formatOf(doc, u"Upheld"_s);
    const QTextCharFormat overturned = formatOf(doc, u"Overturned"_s);
    const QTextCharFormat plain = formatOf(doc, u"right shoulder"_s);
    QVERIFY(upheld.foreground().color().isValid());
    QVERIFY(upheld.foreground() != plain.foreground());
    QVERIFY(overturned.foreground() != plain.foreground());
    QVERIFY(upheld.foreground().color() != overturned.foreground().color());
}

void TestLetterHighlighter::otherElementsAreColoured_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("section heading") << u"IMR ISSUES"_s;
    QTest::newRow("field label") << u"Claims Administrator guideline:"_s;
    QTest::newRow("guideline") << u"MTUS"_s;
    QTest::newRow("case number") << u"CM16-0900001"_s;
    QTest::newRow("date") << u"10/13/2016"_s;
}

void TestLetterHighlighter::otherElementsAreColoured()
{
    QFETCH(QString, word);
    QTextDocument doc(kLetter);
    LetterHighlighter highlighter(&doc);
    highlighter.followPalette(QGuiApplication::palette());
    const QTextCharFormat f = formatOf(doc, word);
    const QTextCharFormat plain = formatOf(doc, u"right shoulder"_s);
    QVERIFY2(f != plain, qPrintable(word));
}

void TestLetterHighlighter::themeFollowsPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, Qt::white);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    const auto darkTheme = SyntaxRepository::themeFor(dark);
    const auto lightTheme = SyntaxRepository::themeFor(light);
    QVERIFY(darkTheme.isValid() && lightTheme.isValid());
    QVERIFY(QColor(darkTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128);
    QVERIFY(QColor(lightTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() > 128);
}

void TestLetterHighlighter::fieldColoursStayReadable_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::newRow("light") << QColor(Qt::white) << QColor(Qt::black);
    QTest::newRow("dark") << QColor(0x23, 0x26, 0x29) << QColor(0xee, 0xee, 0xee);
}

void TestLetterHighlighter::fieldColoursStayReadable()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    for (int id = 0; id < imr::kFieldCount; ++id) {
        // A highlight behind text keeps the text legible: the blend of the
        // translucent colour over the background stays far from the text.
        const QColor h = imr::gui::FieldColors::highlight(imr::FieldId(id), palette, false);
        const qreal a = h.alphaF();
        const int blended = qRound(a * h.lightness() + (1 - a) * base.lightness());
        QVERIFY2(std::abs(blended - text.lightness()) > 100, qPrintable(QString::number(id)));
        // The current field stands out more than the others.
        QVERIFY(imr::gui::FieldColors::highlight(imr::FieldId(id), palette, true).alpha() > h.alpha());
    }
}

void TestLetterHighlighter::highlightedTextHasContrast_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<bool>("current");
    for (const bool current : {false, true}) {
        QTest::addRow("light%s", current ? ", current" : "") << QColor(Qt::white) << QColor(Qt::black) << current;
        QTest::addRow("dark%s", current ? ", current" : "") << QColor(0x23, 0x26, 0x29) << QColor(0xee, 0xee, 0xee) << current;
    }
}

void TestLetterHighlighter::highlightedTextHasContrast()
{
    // Every field's highlight over every kind of text the syntax colours
    // (dates, case numbers, labels, decisions): at least 4.5:1 (WCAG AA).
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    QFETCH(bool, current);
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    for (int id = 0; id < imr::kFieldCount; ++id) {
        QTextDocument doc(kLetter);
        LetterHighlighter highlighter(&doc);
        highlighter.followPalette(palette);
        const QColor background = imr::gui::FieldColors::highlight(imr::FieldId(id), palette, current);
        highlighter.setFieldMarks({{{0, kLetter.size()}, background, QColor()}});
        highlighter.rehighlight();
        const QColor shown = imr::gui::FieldColors::over(background, base);
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
                const QColor ink = r.format.hasProperty(QTextFormat::ForegroundBrush) ? r.format.foreground().color() : text;
                const double ratio = imr::gui::FieldColors::contrast(ink, shown);
                QVERIFY2(ratio >= 4.5, qPrintable(u"field %1, \"%2\": %3:1"_s.arg(id)
                                                      .arg(block.text().mid(r.start, r.length))
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
    }
}

QTEST_MAIN(TestLetterHighlighter)
#include "tst_letterhighlighter.moc"
