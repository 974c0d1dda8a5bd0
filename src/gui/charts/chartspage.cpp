#include "chartspage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace imr::gui {

ChartsPage::ChartsPage(QWidget *parent)
    : QWidget(parent)
    , m_emptyState(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(tr("No charts yet: charts of the folder's decisions are not available in this version."));
    layout->addWidget(m_emptyState);
}

} // namespace imr::gui
