#pragma once

#include "folder/letter.h"
#include "review/revieweditor.h"
#include "review/reviewnavigator.h"
#include "store/reviewstore.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUndoGroup>

#include <memory>

namespace imr {
class LetterLoader;
}

namespace imr::gui {

class LetterListModel;

// Connects the review widgets to the review store. The letter on screen is
// held whole (text, pages, record); every other letter is a compact row of
// the letter list and is loaded from its file and the store when an action
// needs it. A reviewer's action becomes an undo command (the rules are
// ReviewRules'), applied through ReviewEditor, which saves before anything
// changes on screen. One undo stack per letter, in an undo group.
class ReviewController final : public QObject
{
    Q_OBJECT
public:
    ReviewController(LetterListModel *letters, QObject *parent = nullptr);
    ~ReviewController() override;

    // Without a store, review is read-only. The store is opened off the GUI
    // thread (StoreFactory::open: the folder's own file, or the team's
    // PostgreSQL store) and handed over here, or the reason it could not
    // be: the last store is closed either way.
    Status adoptStore(Result<std::unique_ptr<ReviewStore>> opened);
    void closeStore();
    bool canReview() const { return m_store != nullptr; }
    ReviewStore *store() { return m_store.get(); }
    QUndoGroup *undoGroup() { return &m_undo; }
    void setReviewer(const QString &name);
    // How long this window's claims last unless renewed; the window renews
    // the current letter's claim every third of it.
    void setClaimLease(int seconds);
    // A lead opens the current letter, closed by a finished review, again.
    Status reopenCurrent();
    void setLoader(std::shared_ptr<const LetterLoader> loader) { m_loader = std::move(loader); }

    // Loads the letter of this row of the letter model whole; -1: none.
    void setCurrentLetter(int row);
    int currentRow() const { return m_currentRow; }
    const Letter &currentLetter() const { return m_current; }
    // A row's letter, whole: the current one, or read from its file and the store.
    Letter letterAt(int row) const;

    // Reviewer actions on a letter (row of the letter model).
    void confirm(int row, const FieldAddress &address);
    bool correct(int row, const FieldAddress &address, const QString &input, const TextSpans &spans = {});
    void confirmAll(int row);
    // After a category correction: saves it as a rule of the analyst's
    // taxonomy file (TaxonomyFile). Returns an error message, empty on success.
    QString saveCategoryRule(const QString &taxonomyFile);
    bool canSaveCategoryRule() const { return !m_lastCategory.request.isEmpty(); }
    CategorySuggestion lastCategoryCorrection() const { return m_lastCategory; }
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
    // A corrected category is now offered to `items` items of other letters
    // with the same request.
    void categorySuggested(int items, const QString &category);
    void categoryRuleAvailable(bool available);
    // Another analyst took or let go of the current letter (team store).
    void claimChanged(const QString &holder);

private:
    QUndoStack *stackFor(const QByteArray &hash);
    bool isReviewable(const Letter &letter) const;
    std::optional<Letter> letterWithHash(const QByteArray &hash) const;
    bool commit(Letter letter, DeterminationRecord record, const AuditEntry &entry);
    void offerCategory(int row, int item);
    // Team store: the letter on screen is held while it stays there.
    void claimCurrent();
    void releaseCurrent();
    void onReviewChanged(const QByteArray &hash);
    void onClaimChanged(const QByteArray &hash);
    void reloadCurrent();
    void refreshClaims();
    void startFeed();

    LetterListModel *m_letters;
    std::shared_ptr<const LetterLoader> m_loader;
    std::unique_ptr<ReviewStore> m_store;
    std::unique_ptr<ReviewEditor> m_editor;
    std::unique_ptr<StoreChangeFeed> m_feed;
    QTimer m_renewClaim;
    QString m_reviewer;
    QUndoGroup m_undo;
    QHash<QByteArray, QUndoStack *> m_stacks;
    Letter m_current;
    int m_currentRow = -1;
    CategorySuggestion m_lastCategory;
};

} // namespace imr::gui
