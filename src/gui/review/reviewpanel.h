#pragma once

#include "review/reviewnavigator.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace imr {
struct Letter;
}

namespace imr::gui {

class FieldTreeModel;

// The side panel: the current letter's fields, grouped, each with a typed
// editor and a status mark, and the letter's overall state. Keyboard:
// Enter confirms and moves on, F2 edits, Escape cancels an edit, Tab and
// Shift+Tab move between fields.
class ReviewPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    void showLetter(const Letter &letter);
    void updateLetter(const Letter &letter); // same letter, new values
    void clear();
    void setReviewable(bool reviewable);
    bool isReviewable() const;
    // Saves what an open editor holds (before confirm-all or a letter change).
    void commitOpenEditor();

    std::optional<FieldAddress> currentField() const;
    void setCurrentField(const FieldAddress &address);
    // The group under the cursor, for "remove item": -1 on letter fields.
    int currentItem() const;

    FieldTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // The width at which field names, statuses and some of each value show
    // whole, without scrolling sideways.
    int preferredWidth() const;

signals:
    void confirmRequested(const imr::FieldAddress &address);
    void confirmAllRequested();
    void editRequested(const imr::FieldAddress &address, const QString &value);
    void currentFieldChanged(const std::optional<imr::FieldAddress> &address);
    void addItemRequested();
    void removeItemRequested(int item);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int headerTextWidth(int column) const;
    int fieldColumnWidth() const;
    int statusColumnWidth() const;
    void showState(const Letter &letter);
    void moveField(int step);

    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QTreeView *m_view = nullptr;
    FieldTreeModel *m_model = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_confirmAll = nullptr;
    QPushButton *m_addItem = nullptr;
    QPushButton *m_removeItem = nullptr;
};

} // namespace imr::gui
