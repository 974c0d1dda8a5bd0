#pragma once

#include "letter.h"
#include "reviewstatus.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QHash>
#include <QList>

namespace imr::gui {

// The letters of the opened folder, in folder order, with their status.
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
        TextRole,       // the letter's text, for searching
    };

    explicit LetterListModel(QObject *parent = nullptr);

    // Every path of the folder is listed at once; letters fill in as they load.
    void reset(const QStringList &relativePaths);
    void setLetter(int row, const Letter &letter);
    const Letter &letter(int row) const { return m_letters.at(row); }
    const QList<Letter> &letters() const { return m_letters; }
    bool isLoaded(int row) const { return m_loaded.at(row); }
    int rowOf(const QByteArray &contentHash) const { return m_rowsOfHash.value(contentHash).value(0, -1); }
    QList<int> rowsOf(const QByteArray &contentHash) const { return m_rowsOfHash.value(contentHash); }
    int count(LetterStatus status) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString statusText(int row) const;

private:
    QString decisionsText(int row) const;
    QStringList itemValues(int row, FieldId id) const;

    QList<Letter> m_letters;
    QList<bool> m_loaded;
    QHash<QByteArray, QList<int>> m_rowsOfHash; // identical files share a hash
};

} // namespace imr::gui
