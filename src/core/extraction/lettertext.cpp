#include "extraction/lettertext.h"

#include "extraction/plainblocks.h"

#include <algorithm>

namespace imr {
namespace {

bool isSpace(QChar c)
{
    // Tab, LF, VT, FF (page breaks), CR and space; the rest of Unicode's
    // spaces are rare enough for the slower QChar::isSpace.
    const char16_t u = c.unicode();
    return u <= 0x20 ? (u == 0x20 || (u >= 0x09 && u <= 0x0D)) : c.isSpace();
}

} // namespace

LetterText::LetterText(const QString &text)
    : m_text(text)
{
    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos <= n) {
        qsizetype eol = text.indexOf(u'\n', pos);
        if (eol < 0)
            eol = n;
        m_lines.append(trimmed({pos, eol - pos}));
        pos = eol + 1;
    }
}

QStringView LetterText::line(qsizetype i) const
{
    const TextSpan s = m_lines.at(i);
    return QStringView(m_text).sliced(s.start, s.length);
}

qsizetype LetterText::lineAt(qsizetype offset) const
{
    // Lines are in order; find the last line starting at or before offset.
    auto it = std::upper_bound(m_lines.cbegin(), m_lines.cend(), offset,
                               [](qsizetype off, const TextSpan &s) { return off < s.start; });
    return std::max<qsizetype>(0, (it - m_lines.cbegin()) - 1);
}

qsizetype LetterText::nextContent(qsizetype i) const
{
    for (; i >= 0 && i < lineCount(); ++i) {
        if (!isBlank(i))
            return i;
    }
    return -1;
}

qsizetype LetterText::previousContent(qsizetype i) const
{
    for (i = std::min(i, lineCount() - 1); i >= 0; --i) {
        if (!isBlank(i))
            return i;
    }
    return -1;
}

qsizetype LetterText::paragraphEnd(qsizetype offset) const
{
    for (qsizetype i = lineAt(offset) + 1; i >= 1 && i < m_lines.size(); ++i) {
        if (isBlank(i))
            return m_lines.at(i).start;
    }
    return m_text.size();
}

QString LetterText::folded(qsizetype start, qsizetype end) const
{
    start = std::clamp<qsizetype>(start, 0, m_text.size());
    end = std::clamp<qsizetype>(end, start, m_text.size());
    QString out(end - start, Qt::Uninitialized);
    QChar *d = out.data();
    QChar *const begin = d;
    const QChar *const text = m_text.constData();
    bool pendingSpace = false;
    for (qsizetype i = start; i < end;) {
        // After a word, a run of already folded text is copied as it is.
        if (!pendingSpace && d != begin) {
            const qsizetype plainEnd = extraction::plainBlocksEnd(text, i, end);
            std::copy(text + i, text + plainEnd, d);
            d += plainEnd - i;
            i = plainEnd;
        }
        for (const qsizetype stop = std::min(i + 8, end); i < stop; ++i) {
            const QChar c = text[i];
            if (isSpace(c)) {
                pendingSpace = d != begin;
                continue;
            }
            if (pendingSpace)
                *d++ = u' ';
            pendingSpace = false;
            *d++ = c;
        }
    }
    out.truncate(d - begin);
    return out;
}

TextSpan LetterText::trimmed(TextSpan span) const
{
    qsizetype s = span.start;
    qsizetype e = span.end();
    while (s < e && isSpace(m_text.at(s)))
        ++s;
    while (e > s && isSpace(m_text.at(e - 1)))
        --e;
    return {s, e - s};
}

} // namespace imr
