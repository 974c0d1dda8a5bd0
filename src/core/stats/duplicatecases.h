#pragma once

#include "folder/lettersummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace imr {

// Files of one folder that are the same case: a re-issued or amended
// letter, or a second download. Rows are the letter list's.
struct CaseGroup
{
    QString caseNumber; // as normalised by DuplicateCases::key()
    QList<int> rows;    // two or more, in folder order
    int counted = -1;   // the row whose decisions count
    bool chosen = false; // counted was picked by the analyst, not by date
};

// Finds the cases that more than one file holds and decides which file
// counts in charts, summaries and reports: the analyst's choice, else the
// latest decision date (an amended letter supersedes the first), else the
// last file in folder order. Identical files (one content hash) share one
// review and always count once.
class DuplicateCases final
{
    Q_DECLARE_TR_FUNCTIONS(imr::DuplicateCases)
public:
    DuplicateCases() = default;
    // choices: normalised case number -> content hash of the file that
    // counts (ReviewStore::caseChoices()).
    static DuplicateCases find(const QList<LetterSummary> &letters, const QHash<QString, QByteArray> &choices = {});
    // The same, over some rows only (ascending): those that may share a case
    // with one letter (LetterListModel::rowsSharingCase). What it says of
    // those rows is what find() says; it costs the group, not the folder, so
    // a letter switch in a folder of a year stays quick. isCurrentFor() is
    // false for its rows.
    static DuplicateCases findAmong(const QList<LetterSummary> &letters, const QList<int> &rows,
                                    const QHash<QString, QByteArray> &choices = {});

    const QList<CaseGroup> &groups() const { return m_groups; }
    // Whether a row's decisions count (rows not loaded or unreadable count,
    // so they stay visible as errors elsewhere).
    bool counts(int row) const { return row < 0 || row >= m_counts.size() || m_counts[row]; }
    int excludedCount() const { return m_excluded; }
    // The group a row belongs to, or nullptr.
    const CaseGroup *groupOf(int row) const;
    // Whether the row still has the case number, decision date and content
    // this was found with: when it has, a changed review needs no new find().
    bool isCurrentFor(int row, const LetterSummary &letter) const;
    // The row whose decisions count in this row's place (the first identical
    // file, else the file that counts for its case), or -1 when it counts.
    int countedInstead(int row) const;
    // countedInstead() of every row that does not count, by path: what the
    // reviewed CSV's duplicate_of column says.
    QHash<QString, QString> countedInsteadByPath(const QList<LetterSummary> &letters) const;
    // What is said of a row, in one sentence for a status bar's one line:
    // that it repeats another file's bytes, or which file of its case counts
    // and why. Empty for a row that shares nothing.
    QString notice(int row, const QList<LetterSummary> &letters) const;

    // Case numbers are compared without spaces and case: "cm16-0213037 "
    // and "CM16-0213037" are one case.
    static QString key(const QString &caseNumber);

private:
    template<typename Rows>
    static DuplicateCases findIn(const QList<LetterSummary> &letters, const Rows &rows,
                                 const QHash<QString, QByteArray> &choices);

    QList<CaseGroup> m_groups;
    QList<bool> m_counts;
    QHash<int, int> m_groupOfRow;
    QHash<int, int> m_sameContentAs; // row -> first row with the same content hash
    QList<size_t> m_signatures;      // of each row's case, date and content
    int m_excluded = 0;
};

} // namespace imr
