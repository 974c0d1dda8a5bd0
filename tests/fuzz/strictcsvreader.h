#pragma once

// An RFC 4180 reader that accepts nothing the RFC does not: records end with
// CRLF, a field holding a comma, quote or line break is quoted, a quote
// inside one is doubled, and nothing follows a closing quote but a comma or
// the end of the record. Used to check the reviewed CSV writer.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace imr::fuzz {

inline std::optional<QList<QStringList>> readStrictCsv(QStringView text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n == 0)
        return records;
    while (true) {
        field.clear();
        if (i < n && text[i] == u'"') {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < n && text[i] != u',' && text[i] != u'\r') {
                if (text[i] == u'"' || text[i] == u'\n')
                    return std::nullopt; // a quote or bare LF in an unquoted field
                field += text[i++];
            }
        }
        record << field;
        if (i < n && text[i] == u',') {
            ++i;
            continue;
        }
        if (i + 1 < n && text[i] == u'\r' && text[i + 1] == u'\n') {
            i += 2;
            records << record;
            record.clear();
            if (i == n)
                return records;
            continue;
        }
        return std::nullopt; // anything else after a field, or no final CRLF
    }
}

} // namespace imr::fuzz
