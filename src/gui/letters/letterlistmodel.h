#pragma once

#include "folder/lettersummary.h"
#include "review/reviewstatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>

namespace imr::gui {

// The letters of the opened folder, in folder order: one compact row each
// (LetterSummary), never a letter's text. Rows are listed as soon as the
// folder is scanned and filled in by batches as the index reports them.
class LetterListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, ItemsColumn, DecisionsColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // LetterStatus as int; -1 while loading
        ErrorRole,
        RelativePathRole,
        DecisionsRole,  // QStringList of the items' decisions
        CategoriesRole, // QStringList of the items' categories
        CaseNumberRole,
    };

    explicit LetterListModel(QObject *parent = nullptr);

    // The folder's letter files, sorted as FolderScanner sorts them. An empty
    // model is reset; otherwise rows that are gone are removed and new ones
    // inserted, and the rows that stay keep what is known of them.
    void setPaths(const QStringList &relativePaths);
    // Replaces every row at once with rows built elsewhere (the indexer's
    // thread), so a year's listing costs the GUI thread no per-row work here.
    void resetRows(QList<LetterSummary> rows, QHash<QString, int> rowOfPath);
    // Fills in rows by path (rows not listed are ignored). Work is
    // proportional to the batch.
    void applySummaries(const QList<LetterSummary> &letters);
    // Every row holding these bytes (identical files share one review).
    // Remembered until forgetLocalChanges(): rows of a load that read the
    // store before the change must not undo it on screen.
    void setFacts(const QByteArray &contentHash, const LetterSummary &facts);
    void forgetLocalChanges() { m_localFacts.clear(); }
    // Letters other analysts hold on a team store (content hash -> who):
    // their status reads "In review by …".
    void setClaims(const QHash<QByteArray, QString> &claims);
    QString claimHolder(int row) const { return m_claims.value(m_rows.at(row).contentHash); }

    const LetterSummary &summary(int row) const { return m_rows.at(row); }
    const QList<LetterSummary> &summaries() const { return m_rows; }
    bool isLoaded(int row) const { return m_rows.at(row).loaded; }
    int rowOfPath(const QString &relativePath) const { return m_rowOfPath.value(relativePath, -1); }
    QList<int> rowsOf(const QByteArray &contentHash) const { return m_rowsOfHash.value(contentHash); }
    // The rows that may be the same case as this one (its case number or its
    // bytes), in folder order: what DuplicateCases::findAmong() needs to
    // speak of one letter without a pass over the folder.
    QList<int> rowsSharingCase(int row) const;
    int count(LetterStatus status) const { return m_counts[size_t(status)]; }
    int loadedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString statusText(int row) const;
    // Every text of the status column, and the widest decisions text: what
    // the columns must fit.
    static QStringList statusTexts();
    static QString widestDecisions();

private:
    void replaceRow(int row, LetterSummary summary);
    void countRow(const LetterSummary &row, int delta);
    void indexRow(int row);
    void forgetRow(int row);
    void rebuildIndexes();
    QString decisionsText(int row) const;

    QList<LetterSummary> m_rows;
    QHash<QString, int> m_rowOfPath;
    QHash<QByteArray, QList<int>> m_rowsOfHash;
    QHash<QString, QList<int>> m_rowsOfCase; // by DuplicateCases::key()
    std::array<int, 4> m_counts{}; // loaded rows per LetterStatus
    QHash<QByteArray, LetterSummary> m_localFacts; // reviews saved during the current load
    QHash<QByteArray, QString> m_claims;
};

} // namespace imr::gui
