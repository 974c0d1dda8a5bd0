#include "app/elidingstatusbar.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QSizeGrip>
#include <QStyle>
#include <QStyleOption>
#include <QToolTip>

namespace imr::gui {

ElidingStatusBar::ElidingStatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    // A tooltip open over the message would go on saying the last one.
    connect(this, &QStatusBar::messageChanged, this, [this] {
        if (QToolTip::isVisible() && underMouse())
            QToolTip::hideText();
    });
}

QRect ElidingStatusBar::messageRect() const
{
    // As QStatusBar places its message: 6 px in, up to 2 px before the
    // nearest widget still shown beside it. While a message is shown only
    // the permanent widgets (and the size grip) are.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    int left = 6;
    int right = width() - 12;
    for (const QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!child->isVisible() || child->isWindow())
            continue;
        if (rtl)
            left = std::max(left, child->geometry().right() + 3);
        else
            right = std::min(right, child->x() - 2);
    }
    return QRect(left, 0, std::max(0, right - left), height());
}

QString ElidingStatusBar::shownMessage() const
{
    return elided(messageRect());
}

QString ElidingStatusBar::elided(const QRect &area) const
{
    return fontMetrics().elidedText(currentMessage(), Qt::ElideRight, area.width());
}

bool ElidingStatusBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QRect area = messageRect();
        if (area.contains(help->pos()) && shownMessage() != currentMessage()) {
            QToolTip::showText(help->globalPos(), currentMessage(), this, area);
            return true;
        }
    }
    const bool handled = QStatusBar::event(event);
    // The permanent widgets were laid out again (the counts changed width, the
    // progress bar came or went): the message has another room, and Qt
    // repaints only where they were.
    if (event->type() == QEvent::LayoutRequest)
        update();
    return handled;
}

// QStatusBar's own painting, but for the message, which is elided.
void ElidingStatusBar::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    QStyleOption panel;
    panel.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &panel, &p, this);
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!child->isVisible() || child->isWindow() || qobject_cast<QSizeGrip *>(child))
            continue;
        const QRect frame = child->geometry().adjusted(-2, -1, 2, 1);
        if (!event->rect().intersects(frame))
            continue;
        QStyleOption item;
        item.rect = frame;
        item.palette = palette();
        item.state = QStyle::State_None;
        style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &item, &p, child);
    }
    const QRect area = messageRect();
    if (const QString message = elided(area); !message.isEmpty()) {
        p.setPen(palette().windowText().color());
        p.drawText(area, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, message);
    }
}

} // namespace imr::gui
