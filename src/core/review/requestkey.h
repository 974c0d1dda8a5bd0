#pragma once

#include <QString>
#include <QStringList>

namespace imr {

// What makes two item requests "the same request" across a folder: their
// words, without quantities, dosages, frequencies and small words, in any
// order. "Norco 10/325mg #60" and "Norco 10/325 mg, quantity 90" share a
// key; "Norco" and "Naproxen" do not.
class RequestKey final
{
public:
    // The request's significant words, in their order, each once.
    static QStringList words(const QString &request);
    // A stable key (the same in every run and on every machine, it is
    // stored); 0 when the request has no significant words. Never negative.
    static qint64 of(const QString &request);
    // A taxonomy rule pattern matching requests with these words in this
    // order, whatever stands between them.
    static QString rulePattern(const QString &request);
};

} // namespace imr
