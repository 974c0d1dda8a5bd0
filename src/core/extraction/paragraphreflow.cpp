#include "paragraphreflow.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace imr {

namespace {

// A line shorter than this share of a full line ends its paragraph: the last
// line of a paragraph, a label, a heading, a signature line.
constexpr double kFullShare = 0.75;
// Lines shorter than this say nothing about the page's width.
constexpr qsizetype kMinimumMeasuredLine = 20;
// Fewer lines than this cannot tell a double-spaced layout from a blank line.
constexpr qsizetype kMinimumLinesForSpacing = 5;

bool startsListItem(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty())
        return false;
    const QChar first = line.front();
    if (first == u'•' || first == u'-' || first == u'*' || first == u'–')
        return true;
    // "1." "2)" "a." "(3)"
    qsizetype i = first == u'(' ? 1 : 0;
    const qsizetype digits = i;
    while (i < line.size() && line.at(i).isDigit())
        ++i;
    if (i == digits && i < line.size() && line.at(i).isLetter() && i + 1 < line.size()
        && (line.at(i + 1) == u'.' || line.at(i + 1) == u')') && (i + 2 >= line.size() || line.at(i + 2).isSpace()))
        return true;
    return i > digits && i < line.size() && (line.at(i) == u'.' || line.at(i) == u')');
}

bool isHeading(QStringView line)
{
    bool letters = false;
    for (const QChar c : line) {
        if (c.isLower())
            return false;
        letters = letters || c.isLetter();
    }
    return letters;
}

} // namespace

qsizetype ParagraphReflow::fullLineLength(const QString &text)
{
    QList<qsizetype> lengths;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const qsizetype length = QStringView(text).sliced(start, end - start).trimmed().size();
        if (length >= kMinimumMeasuredLine)
            lengths << length;
        start = end + 1;
    }
    if (lengths.isEmpty())
        return 0;
    const auto at = lengths.begin() + qsizetype(double(lengths.size() - 1) * 0.9);
    std::nth_element(lengths.begin(), at, lengths.end());
    return *at;
}

QString ParagraphReflow::reflow(const QString &text)
{
    const qsizetype full = fullLineLength(text);
    QString out = text;
    if (full == 0)
        return out;
    const auto threshold = qsizetype(double(full) * kFullShare);

    struct Line
    {
        qsizetype start;
        qsizetype end; // the '\n' after it, or the text's end
        bool empty() const { return start == end; }
    };
    QList<Line> lines;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        lines.append({start, end});
        start = end + 1;
    }
    const auto view = [&](const Line &l) { return QStringView(text).sliced(l.start, l.end - l.start); };

    // Some layouts come double-spaced: an empty line after every line, and a
    // line holding only spaces (or several empty ones) between paragraphs.
    // There one empty line is a line break, not a paragraph break.
    qsizetype filled = 0;
    qsizetype spaced = 0;
    for (qsizetype i = 0; i + 2 < lines.size(); ++i) {
        if (view(lines[i]).trimmed().isEmpty())
            continue;
        ++filled;
        if (lines[i + 1].empty() && !view(lines[i + 2]).trimmed().isEmpty())
            ++spaced;
    }
    const bool doubleSpaced = filled >= kMinimumLinesForSpacing && spaced * 2 >= filled;

    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        qsizetype j = i + 1;
        if (doubleSpaced) {
            if (!lines[j].empty() || j + 1 >= lines.size())
                continue;
            ++j;
        }
        const QStringView raw = view(lines[i]);
        const QStringView line = raw.trimmed();
        const QStringView rawNext = view(lines[j]);
        const QStringView next = rawNext.trimmed();
        if (line.size() < threshold || next.isEmpty() || rawNext.startsWith(u'\f') || startsListItem(next)
            || isHeading(line) || isHeading(next)
            || raw.endsWith(u'\r')) // CRLF: leave such text as it is
            continue;
        const bool hyphenated = line.size() >= 2 && line.back() == u'-' && line.at(line.size() - 2).isLetter()
                                && next.front().isLower();
        // One visible space between the lines (none after a hyphen, none
        // added to a line that already ends with one); every other
        // character of the break becomes a zero-width space.
        const bool spaceNeeded = !hyphenated && !raw.back().isSpace();
        out[lines[i].end] = spaceNeeded ? QChar(u' ') : QChar(0x200B);
        for (qsizetype k = i + 1; k < j; ++k)
            out[lines[k].end] = QChar(0x200B);
    }
    return out;
}

} // namespace imr
