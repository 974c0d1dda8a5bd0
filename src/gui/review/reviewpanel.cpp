#include "reviewpanel.h"

#include "fieldtreemodel.h"
#include "letter.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace imr::gui {

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new FieldTreeModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    clear();
}

void ReviewPanel::showLetter(const Letter &letter)
{
    if (!letter.ok()) {
        m_title->setText(tr("%1 could not be read: %2").arg(letter.relativePath, letter.error));
        m_model->setRecord({});
        return;
    }
    m_title->setText(tr("%1 — %n disputed item(s)", nullptr, int(letter.record.items.size()))
                         .arg(letter.relativePath));
    m_model->setRecord(letter.record);
    m_view->expandAll();
}

void ReviewPanel::clear()
{
    m_title->setText(tr("Select a letter to see its fields."));
    m_model->setRecord({});
}

} // namespace imr::gui
