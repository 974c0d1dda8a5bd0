#pragma once

#include <QList>
#include <QtGlobal>

namespace imr {

// A run of characters in a letter's normalised text (see TextDecoder), so the
// document pane can highlight where a value came from.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    bool isEmpty() const { return length <= 0; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end(); }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

using TextSpans = QList<TextSpan>;

} // namespace imr
