#include "reviewpanel.h"

#include "extraction/fieldschema.h"

#include "fieldeditordelegate.h"
#include "fieldtreemodel.h"
#include "folder/letter.h"
#include "review/reviewstatus.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace imr::gui {

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new FieldTreeModel(this))
    , m_confirm(new QPushButton(tr("Confirm"), this))
    , m_confirmAll(new QPushButton(tr("Confirm All"), this))
    , m_addItem(new QPushButton(tr("Add Item"), this))
    , m_removeItem(new QPushButton(tr("Remove Item"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QLabel *label : {m_title, m_state}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
    }
    layout->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_confirm, m_confirmAll, m_addItem, m_removeItem}) {
        b->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the field list
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);
    m_confirm->setToolTip(tr("Confirm the current field and go to the next that needs attention (Enter)"));
    m_confirmAll->setToolTip(tr("Confirm every remaining field and open the next unreviewed letter (Ctrl+Enter)"));
    m_addItem->setToolTip(tr("Add a disputed item that extraction missed"));
    m_removeItem->setToolTip(tr("Remove the current disputed item"));

    m_view->setModel(m_model);
    m_view->setItemDelegate(new FieldEditorDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Field names and statuses are a known set: their columns fit the widest
    // (measured from the font, not the rows, which would mean measuring every
    // row on every letter switch), values take the rest and are elided. The
    // panel never scrolls sideways.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FieldTreeModel::ValueColumn, QHeaderView::Stretch);
    header->resizeSection(FieldTreeModel::FieldColumn, fieldColumnWidth());
    header->resizeSection(FieldTreeModel::StatusColumn, statusColumnWidth());
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setToolTip(tr("Enter: confirm · F2: edit · Esc: cancel edit · Tab / Shift+Tab: next / previous field"));
    m_view->installEventFilter(this);

    connect(m_model, &FieldTreeModel::editRequested, this, &ReviewPanel::editRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit currentFieldChanged(currentField()); });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (const auto a = currentField())
            emit confirmRequested(*a);
    });
    connect(m_confirmAll, &QPushButton::clicked, this, &ReviewPanel::confirmAllRequested);
    connect(m_addItem, &QPushButton::clicked, this, &ReviewPanel::addItemRequested);
    connect(m_removeItem, &QPushButton::clicked, this, [this] {
        if (currentItem() >= 0)
            emit removeItemRequested(currentItem());
    });
    clear();
}

void ReviewPanel::showLetter(const Letter &letter)
{
    if (!letter.ok()) {
        m_title->setText(tr("%1 could not be read: %2").arg(letter.relativePath, letter.error));
        m_state->clear();
        m_model->setRecord({});
        return;
    }
    m_model->setRecord(letter.record);
    m_view->expandAll();
    showState(letter);
}

void ReviewPanel::updateLetter(const Letter &letter)
{
    const std::optional<FieldAddress> current = currentField();
    const qsizetype items = m_model->record().items.size();
    m_model->updateRecord(letter.record);
    if (letter.record.items.size() != items)
        m_view->expandAll();
    if (current && (current->item < letter.record.items.size()))
        setCurrentField(*current);
    showState(letter);
}

void ReviewPanel::showState(const Letter &letter)
{
    m_title->setText(tr("%1 — %n disputed item(s)", nullptr, int(letter.record.items.size())).arg(letter.relativePath));
    QString state = tr("Letter: %1").arg(ReviewStatus::displayName(ReviewStatus::of(letter)));
    if (!letter.reviewedBy.isEmpty())
        state += tr(" · last change by %1 at %2").arg(letter.reviewedBy, letter.reviewedAt);
    if (!letter.claimedBy.isEmpty())
        state += u'\n' + tr("In review by %1: read-only here until they move on.").arg(letter.claimedBy);
    if (!letter.warning.isEmpty())
        state += u'\n' + letter.warning;
    m_state->setText(state);
}

void ReviewPanel::clear()
{
    m_title->setText(tr("Select a letter to see its fields."));
    m_state->clear();
    m_model->setRecord({});
}

void ReviewPanel::setReviewable(bool reviewable)
{
    m_model->setEditable(reviewable);
    for (QPushButton *b : {m_confirm, m_confirmAll, m_addItem, m_removeItem})
        b->setEnabled(reviewable);
}

bool ReviewPanel::isReviewable() const
{
    return m_confirm->isEnabled();
}

void ReviewPanel::commitOpenEditor()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(FieldTreeModel::ValueColumn);
    QWidget *editor = m_view->indexWidget(current);
    if (!editor)
        return;
    m_view->itemDelegate()->setModelData(editor, m_model, current);
    m_view->closePersistentEditor(current);
    m_view->setFocus(); // the editor goes away with the next model change
}

int ReviewPanel::headerTextWidth(int column) const
{
    const QHeaderView *header = m_view->header();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    return QFontMetrics(header->font()).horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
        + 4 * margin;
}

int ReviewPanel::fieldColumnWidth() const
{
    const QFontMetrics fm(m_view->font());
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    int width = headerTextWidth(FieldTreeModel::FieldColumn);
    for (const QString &title : FieldTreeModel::groupTitles())
        width = std::max(width, m_view->indentation() + fm.horizontalAdvance(title) + 4 * margin);
    QList<FieldId> ids = FieldSchema::reviewLetterFields() + FieldSchema::reviewItemFields();
    for (FieldId id : ids) // a field's row: indented, its colour swatch, its name
        width = std::max(width, 2 * m_view->indentation() + icon + fm.horizontalAdvance(FieldSchema::label(id))
                                    + 6 * margin);
    return width;
}

int ReviewPanel::statusColumnWidth() const
{
    const QFontMetrics fm(m_view->font());
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    int width = headerTextWidth(FieldTreeModel::StatusColumn);
    for (const QString &status : FieldTreeModel::statusMarks())
        width = std::max(width, fm.horizontalAdvance(status) + 4 * margin);
    return width;
}

int ReviewPanel::preferredWidth() const
{
    const QFontMetrics fm(m_view->font());
    const int scrollBar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    const int frame = 2 * m_view->frameWidth() + 2 * layout()->contentsMargins().left();
    return fieldColumnWidth() + statusColumnWidth() + fm.averageCharWidth() * 14 + scrollBar + frame;
}

std::optional<FieldAddress> ReviewPanel::currentField() const
{
    return m_model->addressOf(m_view->currentIndex());
}

void ReviewPanel::setCurrentField(const FieldAddress &address)
{
    const QModelIndex index = m_model->indexOf(address, FieldTreeModel::ValueColumn);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

int ReviewPanel::currentItem() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return -1;
    return current.data(FieldTreeModel::ItemIndexRole).toInt();
}

void ReviewPanel::moveField(int step)
{
    const QList<FieldAddress> order = ReviewNavigator::order(m_model->record());
    if (order.isEmpty())
        return;
    const std::optional<FieldAddress> current = currentField();
    const qsizetype at = current ? order.indexOf(*current) : -1;
    const qsizetype next = at < 0 ? 0 : (at + step + order.size()) % order.size();
    setCurrentField(order[next]);
}

bool ReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Keys an open editor ignores (a spin box lets Return through) bubble up
    // to the list: they belong to the edit, not to the list's shortcuts.
    if (watched != m_view || event->type() != QEvent::KeyPress || QApplication::focusWidget() != m_view)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
        emit confirmAllRequested();
        return true;
    }
    if (enter && m_model->flags(m_view->currentIndex().siblingAtColumn(FieldTreeModel::ValueColumn)) & Qt::ItemIsEditable) {
        if (const auto a = currentField())
            emit confirmRequested(*a);
        return true;
    }
    if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
        moveField(key->key() == Qt::Key_Tab ? 1 : -1);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace imr::gui
