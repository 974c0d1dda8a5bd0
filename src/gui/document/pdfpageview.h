#pragma once

#include "extraction/determinationrecord.h"
#include "folder/letter.h"
#include "review/reviewnavigator.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QImage>
#include <QPdfDocument>

class QPdfPageRenderer;

namespace imr::gui {

// The original letter: its PDF pages one under the other, rendered off the
// GUI thread (QPdfPageRenderer) and cached, with every extracted field drawn
// as a translucent box in its field's colour over the words it came from.
// Ctrl+wheel, Ctrl++ and Ctrl+- zoom; Ctrl+0 fits the width. Clicking a box
// selects its field; dragging selects words to take into a field.
class PdfPageView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PdfPageView(QWidget *parent = nullptr);
    ~PdfPageView() override;

    // Returns false when the letter is not a readable PDF.
    bool showLetter(const Letter &letter);
    void clear();
    void setFields(const DeterminationRecord &record);
    void setCurrentField(const std::optional<FieldAddress> &address);

    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void fitWidth();
    // The words selected by dragging, with their span in the letter's text.
    std::optional<std::pair<QString, TextSpan>> selection() const;
    // Where a field's boxes are drawn, in viewport coordinates.
    QList<QRectF> boxesOf(const FieldAddress &address) const;
    int pageCount() const { return m_document.pageCount(); }

signals:
    void fieldClicked(const imr::FieldAddress &address);

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
    void resetRenderer();
    void layoutPages();
    QRectF pageRect(int page) const; // viewport coordinates
    qreal scale() const;             // pixels per point
    void addBoxes(const FieldAddress &address, const TextSpans &spans);
    std::optional<std::pair<int, QPointF>> pagePoint(const QPointF &viewportPos) const;
    void onPageRendered(int page, QSize size, const QImage &image);
    void scrollToBox(const QRectF &box, int page);

    QPdfDocument m_document;
    QPdfPageRenderer *m_renderer = nullptr;
    QList<PageText> m_pages;
    QList<qreal> m_pageTops; // points, in the continuous layout
    QHash<int, QImage> m_cache;
    QSet<int> m_requested;
    QList<Box> m_boxes;
    DeterminationRecord m_record;
    std::optional<FieldAddress> m_current;
    qreal m_zoom = 1.0;
    bool m_fitWidth = true;
    QPointF m_dragFrom;
    QRectF m_dragRect;
    std::optional<std::pair<QString, TextSpan>> m_selection;
};

} // namespace imr::gui
