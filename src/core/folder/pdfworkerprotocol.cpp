#include "pdfworkerprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

bool isContentHash(const QString &hash)
{
    // Empty (an error answer) or a SHA-256 in hex, as LetterFormat makes it.
    if (hash.isEmpty())
        return true;
    if (hash.size() != 64)
        return false;
    for (const QChar c : hash) {
        if (!(c.isDigit() || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// A JSON number that is a whole number within [0, limit].
std::optional<qint64> boundedCount(const QJsonValue &v, qint64 limit)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= 0 && d <= double(limit)) || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

} // namespace

QByteArray PdfWorkerProtocol::encodeRequest(const QString &filePath)
{
    // JSON, so a path holding a line break is still one request.
    return QJsonDocument(QJsonArray{filePath}).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QString> PdfWorkerProtocol::decodeRequest(const QByteArray &line)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isArray() || doc.array().size() != 1 || !doc.array().at(0).isString())
        return std::nullopt;
    return doc.array().at(0).toString();
}

QByteArray PdfWorkerProtocol::encodeAnswer(const LetterContent &content)
{
    QJsonArray pages;
    for (const PageText &p : content.pages)
        pages.append(QJsonArray{p.page, qint64(p.start), qint64(p.length)});
    const QJsonObject o{{u"text"_s, content.text}, {u"hash"_s, QString::fromLatin1(content.contentHash)},
                        {u"error"_s, content.error}, {u"warning"_s, content.warning}, {u"pages"_s, pages}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<LetterContent> PdfWorkerProtocol::decodeAnswer(const QByteArray &line)
{
    if (line.size() > kMaxAnswerBytes)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    for (const QString &key : {u"text"_s, u"hash"_s, u"error"_s, u"warning"_s}) {
        if (!o.value(key).isString())
            return std::nullopt;
    }
    if (!o.value(u"pages"_s).isArray())
        return std::nullopt;

    LetterContent c;
    c.text = o.value(u"text"_s).toString();
    c.error = o.value(u"error"_s).toString();
    c.warning = o.value(u"warning"_s).toString();
    const QString hash = o.value(u"hash"_s).toString();
    if (!isContentHash(hash) || c.text.size() > LetterFormat::kMaxFileSize)
        return std::nullopt;
    c.contentHash = hash.toLatin1();
    if (!c.error.isEmpty()) {
        // An error answer carries nothing else worth keeping but the hash.
        return LetterContent{{}, {}, c.contentHash, c.error, {}};
    }
    if (c.contentHash.isEmpty())
        return std::nullopt; // a letter without its hash could not be matched to its review

    // Pages in order, each within the text and after the one before, so a
    // span maps to at most one page and a highlight never leaves the text.
    qsizetype end = 0;
    int previousPage = -1;
    for (const QJsonValue &v : o.value(u"pages"_s).toArray()) {
        const QJsonArray p = v.toArray();
        if (!v.isArray() || p.size() != 3)
            return std::nullopt;
        const auto page = boundedCount(p.at(0), 100000);
        const auto start = boundedCount(p.at(1), c.text.size());
        const auto length = boundedCount(p.at(2), c.text.size());
        if (!page || !start || !length || *page <= previousPage || *start < end
            || *start + *length > c.text.size())
            return std::nullopt;
        c.pages.append({int(*page), qsizetype(*start), qsizetype(*length)});
        previousPage = int(*page);
        end = qsizetype(*start + *length);
    }
    return c;
}

} // namespace imr
