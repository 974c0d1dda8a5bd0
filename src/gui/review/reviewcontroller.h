#pragma once

#include "reviewnavigator.h"
#include "reviewstore.h"
#include "revieweditor.h"

#include <QHash>
#include <QObject>
#include <QUndoGroup>

namespace imr::gui {

class LetterListModel;

// Connects the review widgets to the review store: turns a reviewer's
// action into an undo command, applies commands through ReviewEditor (which
// saves before anything changes on screen), and keeps one undo stack per
// letter in an undo group.
class ReviewController final : public QObject
{
    Q_OBJECT
public:
    ReviewController(LetterListModel *letters, QObject *parent = nullptr);
    ~ReviewController() override;

    // Returns an error message; without a store, review is read-only.
    QString openStore(const QString &folder);
    void closeStore();
    bool canReview() const { return m_store.isOpen(); }
    ReviewStore *store() { return &m_store; }
    QUndoGroup *undoGroup() { return &m_undo; }
    void setReviewer(const QString &name) { m_editor.setReviewer(name); }

    void setCurrentLetter(int row);

    // Reviewer actions on a letter (row of the letter model).
    void confirm(int row, const FieldAddress &address);
    bool correct(int row, const FieldAddress &address, const QString &input, const TextSpans &spans = {});
    void confirmAll(int row);
    void addItem(int row);
    void removeItem(int row, int item);

    // Applied by the undo commands. Return false when the store refused.
    bool applyField(const QByteArray &letter, const FieldAddress &address, const FieldValue &value,
                    const FieldValue &previous, const QString &action);
    bool insertItem(const QByteArray &letter, int index, const DisputedItem &item, const QString &action);
    bool removeItem(const QByteArray &letter, int index, const QString &action);

signals:
    void letterChanged(int row);
    void errorOccurred(const QString &message); // input the field does not take
    void saveFailed(const QString &message);    // the store refused: nothing was acknowledged

private:
    QUndoStack *stackFor(int row);
    bool isReviewable(int row) const;
    bool commit(int row, DeterminationRecord record, const AuditEntry &entry);

    LetterListModel *m_letters;
    ReviewStore m_store;
    ReviewEditor m_editor;
    QUndoGroup m_undo;
    QHash<QByteArray, QUndoStack *> m_stacks;
};

} // namespace imr::gui
