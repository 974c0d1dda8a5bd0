#pragma once

#include <QWidget>

class QLabel;

namespace imr::gui {

// The Charts tab. Until charts are computed it says so, rather than drawing
// empty axes.
class ChartsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPage(QWidget *parent = nullptr);

private:
    QLabel *m_emptyState = nullptr;
};

} // namespace imr::gui
