#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace imr {
struct Letter;
}

namespace imr::gui {

class FieldTreeModel;

// The side panel: the selected letter's extracted fields, grouped.
class ReviewPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    void showLetter(const Letter &letter);
    void clear();
    FieldTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

private:
    QLabel *m_title = nullptr;
    QTreeView *m_view = nullptr;
    FieldTreeModel *m_model = nullptr;
};

} // namespace imr::gui
