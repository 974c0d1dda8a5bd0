#include "extraction/extractionhelpers.h"

#include <QCoreApplication>

namespace imr::extraction {

FieldValue value(const QString &text, TextSpan span, double confidence, const QString &note)
{
    return value(text, span.isEmpty() ? TextSpans{} : TextSpans{span}, confidence, note);
}

FieldValue value(const QString &text, const TextSpans &spans, double confidence, const QString &note)
{
    FieldValue v;
    v.value = text;
    v.spans = spans;
    v.confidence = text.isEmpty() ? 0.0 : confidence;
    v.note = note;
    return v;
}

QRegularExpressionMatch findIn(const QString &text, const QRegularExpression &re, qsizetype from, qsizetype to)
{
    if (to < 0)
        to = text.size();
    if (from >= to)
        return {};
    QRegularExpressionMatch m = re.matchView(QStringView(text).first(to), from, QRegularExpression::NormalMatch, kNoCheck);
    return m;
}

TextSpan spanOf(const QRegularExpressionMatch &m, int group)
{
    return {m.capturedStart(group), m.capturedLength(group)};
}

QRegularExpression regex(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    return re;
}

} // namespace imr::extraction
