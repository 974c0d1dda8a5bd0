#pragma once

#include "folder/letterformat.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace imr {

// The lines a PDF helper process and its client exchange: a request is a
// JSON array holding one path, an answer one JSON object. The helper parses
// untrusted PDFs, so its answers are checked as strictly as a file would be:
// an answer that breaks a rule (a page outside the text, a hash that is not
// one, a line too long to be a letter) is an error on that file, never a
// letter with a page map that points anywhere.
class PdfWorkerProtocol
{
public:
    // Text is limited to what a file may hold (kMaxFileSize); JSON escapes
    // at most sextuple it, and the page map is small beside it.
    static constexpr qsizetype kMaxAnswerBytes = 8 * LetterFormat::kMaxFileSize;

    static QByteArray encodeRequest(const QString &filePath);
    static std::optional<QString> decodeRequest(const QByteArray &line);

    static QByteArray encodeAnswer(const LetterContent &content);
    // The content the helper read (which may be an error about the file);
    // nothing when the answer itself is unreadable or inconsistent.
    static std::optional<LetterContent> decodeAnswer(const QByteArray &line);
};

} // namespace imr
