#pragma once

#include <QStatusBar>

namespace imr::gui {

// A status bar whose message ends in "…" where the permanent widgets begin,
// with the whole message in its tooltip. QStatusBar cuts a message there
// mid-word, and a notice translated into a longer language lost its end.
class ElidingStatusBar final : public QStatusBar
{
    Q_OBJECT
public:
    explicit ElidingStatusBar(QWidget *parent = nullptr);

    // The message as drawn: whole, or elided to the room it has.
    QString shownMessage() const;
    // Where the message is drawn: from the left edge to the first permanent
    // widget (mirrored right to left).
    QRect messageRect() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString elided(const QRect &area) const;
};

} // namespace imr::gui
