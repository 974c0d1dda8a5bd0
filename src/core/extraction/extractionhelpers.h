#pragma once

#include "extraction/fieldvalue.h"
#include "extraction/lettertext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace imr {

// Small shared building blocks of the letter parsers.
namespace extraction {

FieldValue value(const QString &text, TextSpan span, double confidence, const QString &note = {});
FieldValue value(const QString &text, const TextSpans &spans, double confidence, const QString &note = {});
// First match of re in text[from, to); an invalid match when none.
QRegularExpressionMatch findIn(const QString &text, const QRegularExpression &re, qsizetype from,
                               qsizetype to = -1);
TextSpan spanOf(const QRegularExpressionMatch &m, int group = 0);
QRegularExpression regex(const QString &pattern); // case-insensitive, optimised
// The parsers' notes share one translation context.
class Notes final
{
    Q_DECLARE_TR_FUNCTIONS(imr::extraction)
};

// Letter text is valid UTF-16 (TextDecoder guarantees it): skipping the
// check avoids rescanning the whole letter on every match.
constexpr auto kNoCheck = QRegularExpression::DontCheckSubjectStringMatchOption;

} // namespace extraction
} // namespace imr
