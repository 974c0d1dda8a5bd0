#pragma once

#include "folder/letter.h"

#include <QAtomicInt>
#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace imr {

// De-identification for sharing, after HIPAA's Safe Harbor method
// (45 CFR 164.514(b)(2)): case numbers and file names become pseudonyms
// keyed by a secret of this export only (the same case keeps one pseudonym
// within the file, and nobody can recompute it); every date becomes its
// year; ages over 89 become "90+"; free-text paragraphs are scrubbed of
// dates, names, places smaller than a state, telephone and fax numbers,
// e-mail and web addresses and identifying numbers, and dropped whole where
// the scrub cannot be trusted (a name it cannot tell from medical words).
class Deidentifier final
{
    Q_DECLARE_TR_FUNCTIONS(imr::Deidentifier)
public:
    // A random secret, never written anywhere.
    Deidentifier();
    explicit Deidentifier(QByteArray secret);

    // A de-identified copy of the letter for the reviewed CSV: the text and
    // spans are gone, and every value is reduced as described above.
    Letter apply(const Letter &letter) const;

    QString pseudonym(const QString &kind, const QString &value) const;
    // A file's pseudonym: the file name often is the case number.
    QString filePseudonym(const QString &relativePath) const;
    static QString yearOnly(const QString &date);
    static QString age(const QString &age);
    // *dropped (may be null) is set when the text was withheld whole.
    // commonWords: words the letter writes in lower case (lowerCaseWords()):
    // capitalised, they are not taken for names.
    QString scrub(const QString &text, bool *dropped = nullptr, const QSet<QString> &commonWords = {}) const;
    static QSet<QString> lowerCaseWords(const QString &text);

    // Paragraphs withheld whole so far (an export reports it).
    int droppedCount() const { return m_dropped.loadRelaxed(); }

    // Stands for a paragraph withheld whole.
    static QString withheld();

private:
    QByteArray m_secret;
    mutable QAtomicInt m_dropped;
};

} // namespace imr
