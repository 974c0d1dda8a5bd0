#pragma once

#include "extraction/determinationrecord.h"
#include "folder/letter.h"
#include "review/reviewnavigator.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QImage>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace imr::gui {

class PdfPageSource;

// The original letter: its PDF pages one under the other, opened and
// rendered off the GUI thread (PdfPageSource) and cached, with every
// extracted field drawn
// as a translucent box in its field's colour over the words it came from.
// Ctrl+wheel, Ctrl++ and Ctrl+- zoom; Ctrl+0 fits the width. Clicking a box
// selects its field; dragging selects words to take into a field.
class PdfPageView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PdfPageView(QWidget *parent = nullptr);
    ~PdfPageView() override;

    // Returns false when the letter is not a PDF with pages. The pages
    // follow (pagesChanged()); a PDF that will not open shows a message.
    bool showLetter(const Letter &letter);
    void clear();
    void setFields(const DeterminationRecord &record);
    void setCurrentField(const std::optional<FieldAddress> &address);

    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void fitWidth();
    // The words selected by dragging, with their span in the letter's text.
    std::optional<std::pair<QString, TextSpan>> selection() const;
    // Where a field's boxes are drawn, in viewport coordinates. The boxes
    // are located off the GUI thread: they follow showLetter(), setFields()
    // and setCurrentField() shortly (boxesChanged()).
    QList<QRectF> boxesOf(const FieldAddress &address) const;
    int pageCount() const { return int(m_pageSizes.size()); }

signals:
    void fieldClicked(const imr::FieldAddress &address);
    void boxesChanged();
    void pagesChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Box
    {
        FieldAddress address;
        int page = 0;
        QRectF rect; // page points
    };
    void onOpened(const QList<QSizeF> &pageSizes);
    void onSelected(int request, int page, const QString &text, int startIndex, int endIndex);
    void layoutPages();
    QRectF pageRect(int page) const; // viewport coordinates
    qreal scale() const;             // pixels per point
    // Locates the fields' words on the pages in a thread of the box pool and
    // calls done on the GUI thread with the boxes.
    // A new request cancels the one `cancel` points to and takes its place.
    void locateLater(const QList<std::pair<FieldAddress, TextSpans>> &fields, std::shared_ptr<std::atomic_bool> &cancel,
                     std::function<void(const QList<Box> &)> done);
    static QList<Box> locate(const QString &path, const QList<PageText> &pages,
                             const QList<std::pair<FieldAddress, TextSpans>> &fields,
                             const std::shared_ptr<std::atomic_bool> &cancelled);
    void scrollToCurrentIfPending();
    QList<Box> allBoxes() const;
    std::optional<std::pair<int, QPointF>> pagePoint(const QPointF &viewportPos) const;
    void onPageRendered(int page, const QImage &image);
    void scrollToBox(const QRectF &box, int page);

    PdfPageSource *m_source = nullptr;
    bool m_openFailed = false;
    QList<PageText> m_pages;
    QList<QSizeF> m_pageSizes; // points
    QList<qreal> m_pageTops; // points, in the continuous layout
    QHash<int, QImage> m_cache;
    QSet<int> m_requested;
    QList<Box> m_boxes;        // the fields' words, paragraph-long fields aside
    QList<Box> m_currentBoxes; // the current field's, when it is paragraph-long
    int m_fieldsRequest = 0;   // the latest box requests: older results are dropped
    int m_currentRequest = 0;
    int m_selectionRequest = 0; // the latest drag: a slower answer to an older one is dropped
    std::shared_ptr<std::atomic_bool> m_fieldsCancel;
    std::shared_ptr<std::atomic_bool> m_currentCancel;
    bool m_scrollPending = false;
    QString m_path;
    QThreadPool m_boxPool;
    QTimer m_settle;                              // runs while a letter has just been shown
    QList<std::function<void()>> m_waitingToLocate; // requests made meanwhile
    DeterminationRecord m_record;
    std::optional<FieldAddress> m_current;
    qreal m_zoom = 1.0;
    bool m_fitWidth = true;
    QPointF m_dragFrom;
    QRectF m_dragRect;
    std::optional<std::pair<QString, TextSpan>> m_selection;
};

} // namespace imr::gui
