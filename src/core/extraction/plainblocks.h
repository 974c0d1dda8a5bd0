#pragma once

#include <QChar>
#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace imr::extraction {

// Folding whitespace (LetterText::folded, the export's one-line cells) looks
// at every character of every paragraph: a year's export reads some 400
// million of them. Nearly all of that text is already folded, printable
// ASCII with single spaces between words, so it is passed over eight
// characters at a time and only the blocks holding anything else are read
// character by character.
//
// The index of the first block, from `from` on in steps of eight, that holds
// a character other than printable ASCII or a space followed by printable
// ASCII; or the first index from which fewer than nine characters are left
// (a block's last space is checked against the character after it). A block
// before the returned index reads the same folded or not.
inline qsizetype plainBlocksEnd(const QChar *text, qsizetype from, qsizetype end)
{
    const auto *p = reinterpret_cast<const char16_t *>(text);
    qsizetype i = from;
#if defined(__SSE2__)
    // c + (0x8000 - 0x21) is below 0x805e as a signed number exactly when
    // 0x21 <= c <= 0x7e: one comparison for the range.
    const __m128i bias = _mm_set1_epi16(short(0x7fdf));
    const __m128i limit = _mm_set1_epi16(short(0x805e));
    const __m128i space = _mm_set1_epi16(0x20);
    for (; i + 8 < end; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i + 1));
        const __m128i printable = _mm_cmplt_epi16(_mm_add_epi16(v, bias), limit);
        const __m128i nextPrintable = _mm_cmplt_epi16(_mm_add_epi16(next, bias), limit);
        const __m128i loneSpace = _mm_and_si128(_mm_cmpeq_epi16(v, space), nextPrintable);
        if (_mm_movemask_epi8(_mm_or_si128(printable, loneSpace)) != 0xffff)
            break;
    }
#else
    const auto printable = [](char16_t c) { return c > u' ' && c < 0x7f; };
    for (; i + 8 < end; i += 8) {
        bool plain = true;
        for (qsizetype k = i; k < i + 8 && plain; ++k)
            plain = printable(p[k]) || (p[k] == u' ' && printable(p[k + 1]));
        if (!plain)
            break;
    }
#endif
    return i;
}

} // namespace imr::extraction
