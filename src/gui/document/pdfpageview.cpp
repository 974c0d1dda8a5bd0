#include "pdfpageview.h"

#include "fieldmarks.h"
#include "review/fieldcolors.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPdfPageRenderer>
#include <QPdfSelection>
#include <QScrollBar>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace imr::gui {
namespace {

constexpr qreal kGap = 12;      // points between pages

} // namespace

PdfPageView::PdfPageView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    resetRenderer();
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

void PdfPageView::resetRenderer()
{
    // A new renderer per letter: images still on their way for the last
    // letter's pages must never land in this letter's cache.
    if (m_renderer) {
        m_renderer->disconnect(this);
        m_renderer->setDocument(nullptr);
        m_renderer->deleteLater();
    }
    m_renderer = new QPdfPageRenderer(this);
    m_renderer->setRenderMode(QPdfPageRenderer::RenderMode::MultiThreaded);
    m_renderer->setDocument(&m_document);
    connect(m_renderer, &QPdfPageRenderer::pageRendered, this,
            [this](int page, QSize size, const QImage &image) { onPageRendered(page, size, image); });
}

PdfPageView::~PdfPageView() = default;

bool PdfPageView::showLetter(const Letter &letter)
{
    clear();
    if (!letter.ok() || letter.pages.isEmpty() || m_document.load(letter.filePath) != QPdfDocument::Error::None)
        return false;
    m_pages = letter.pages;
    layoutPages();
    setFields(letter.record);
    verticalScrollBar()->setValue(0);
    return true;
}

void PdfPageView::clear()
{
    if (m_document.status() != QPdfDocument::Status::Null)
        resetRenderer(); // text letters have no pages in flight
    m_document.close();
    m_cache.clear();
    m_requested.clear();
    m_boxes.clear();
    m_pages.clear();
    m_pageTops.clear();
    m_selection.reset();
    m_dragRect = {};
    m_current.reset();
    viewport()->update();
}

qreal PdfPageView::scale() const
{
    return m_zoom * logicalDpiX() / 72.0;
}

void PdfPageView::layoutPages()
{
    m_pageTops.clear();
    qreal top = kGap;
    qreal widest = 0;
    for (int p = 0; p < m_document.pageCount(); ++p) {
        m_pageTops << top;
        const QSizeF size = m_document.pagePointSize(p);
        top += size.height() + kGap;
        widest = std::max(widest, size.width());
    }
    if (m_fitWidth && widest > 0)
        m_zoom = std::clamp((viewport()->width() - 2 * kGap) / (widest * logicalDpiX() / 72.0), 0.25, 8.0);
    verticalScrollBar()->setRange(0, std::max(0, int(top * scale()) - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(20);
    horizontalScrollBar()->setRange(0, std::max(0, int((widest + 2 * kGap) * scale()) - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    viewport()->update();
}

QRectF PdfPageView::pageRect(int page) const
{
    const QSizeF size = m_document.pagePointSize(page) * scale();
    return QRectF(QPointF(kGap * scale() - horizontalScrollBar()->value(),
                          m_pageTops.value(page) * scale() - verticalScrollBar()->value()),
                  size);
}

void PdfPageView::setZoom(qreal zoom)
{
    const qreal anchor = verticalScrollBar()->value() / std::max<qreal>(1, scale());
    m_fitWidth = false;
    m_zoom = std::clamp(zoom, 0.25, 8.0);
    layoutPages();
    verticalScrollBar()->setValue(int(anchor * scale()));
}

void PdfPageView::fitWidth()
{
    m_fitWidth = true;
    layoutPages();
}

void PdfPageView::setFields(const DeterminationRecord &record)
{
    m_record = record;
    m_boxes.clear();
    for (const FieldAddress &a : ReviewNavigator::order(record)) {
        const TextSpans spans = record.field(a.item, a.field).spans;
        // Paragraph-long fields get boxes only while current (see setCurrentField).
        if (!FieldMarks::hasLongSpan(spans))
            addBoxes(a, spans);
    }
    if (m_current)
        setCurrentField(m_current);
    viewport()->update();
}

void PdfPageView::addBoxes(const FieldAddress &address, const TextSpans &spans)
{
    for (const TextSpan &span : spans) {
        for (const PageText &p : std::as_const(m_pages)) {
            const qsizetype from = std::max(span.start, p.start);
            const qsizetype to = std::min(span.end(), p.start + p.length);
            if (from >= to)
                continue;
            const QPdfSelection sel = m_document.getSelectionAtIndex(p.page, int(from - p.start), int(to - from));
            for (const QPolygonF &polygon : sel.bounds())
                m_boxes << Box{address, p.page, polygon.boundingRect()};
        }
    }
}

void PdfPageView::setCurrentField(const std::optional<FieldAddress> &address)
{
    m_boxes.removeIf([&](const Box &b) {
        const TextSpans spans = m_record.field(b.address.item, b.address.field).spans;
        return m_current && b.address == *m_current
            && FieldMarks::hasLongSpan(spans);
    });
    m_current = address;
    if (address) {
        const TextSpans spans = m_record.field(address->item, address->field).spans;
        if (FieldMarks::hasLongSpan(spans))
            addBoxes(*address, spans);
        for (const Box &b : std::as_const(m_boxes)) {
            if (b.address == *address) {
                scrollToBox(b.rect, b.page);
                break;
            }
        }
    }
    viewport()->update();
}

void PdfPageView::scrollToBox(const QRectF &box, int page)
{
    const qreal top = (m_pageTops.value(page) + box.top()) * scale();
    const int visibleTop = verticalScrollBar()->value();
    if (top < visibleTop || top + box.height() * scale() > visibleTop + viewport()->height())
        verticalScrollBar()->setValue(int(top - viewport()->height() / 3));
}

QList<QRectF> PdfPageView::boxesOf(const FieldAddress &address) const
{
    QList<QRectF> rects;
    for (const Box &b : m_boxes) {
        if (b.address == address) {
            const QRectF page = pageRect(b.page);
            rects << QRectF(page.topLeft() + b.rect.topLeft() * scale(), b.rect.size() * scale());
        }
    }
    return rects;
}

void PdfPageView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Dark));
    const qreal dpr = devicePixelRatioF();
    const QPalette light; // boxes are drawn against white paper
    for (int page = 0; page < m_document.pageCount(); ++page) {
        const QRectF rect = pageRect(page);
        if (!rect.intersects(viewport()->rect()))
            continue;
        const QSize wanted = (rect.size() * dpr).toSize();
        const QImage image = m_cache.value(page);
        painter.fillRect(rect, Qt::white);
        if (!image.isNull())
            painter.drawImage(rect, image); // a stale size is drawn scaled until the new one arrives
        if (image.size() != wanted && !m_requested.contains(page)) {
            m_requested.insert(page);
            m_renderer->requestPage(page, wanted);
        }
        painter.save();
        painter.translate(rect.topLeft());
        painter.scale(scale(), scale());
        for (const Box &b : std::as_const(m_boxes)) {
            if (b.page != page)
                continue;
            const bool current = m_current && b.address == *m_current;
            painter.setPen(current ? QPen(FieldColors::colorFor(b.address.field, light), 1.5) : Qt::NoPen);
            painter.setBrush(FieldColors::highlight(b.address.field, light, current));
            painter.drawRect(b.rect.adjusted(-1, -1, 1, 1));
        }
        painter.restore();
    }
    if (!m_dragRect.isNull()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(m_dragRect);
    }
}

void PdfPageView::onPageRendered(int page, QSize size, const QImage &image)
{
    m_requested.remove(page);
    QImage copy = image;
    copy.setDevicePixelRatio(1);
    m_cache.insert(page, copy);
    Q_UNUSED(size);
    viewport()->update();
}

void PdfPageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    layoutPages();
}

void PdfPageView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void PdfPageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * (event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfPageView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            setZoom(m_zoom * 1.25);
            return;
        case Qt::Key_Minus:
            setZoom(m_zoom / 1.25);
            return;
        case Qt::Key_0:
            fitWidth();
            return;
        default:
            break;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

std::optional<std::pair<int, QPointF>> PdfPageView::pagePoint(const QPointF &viewportPos) const
{
    for (int page = 0; page < m_document.pageCount(); ++page) {
        const QRectF rect = pageRect(page);
        if (rect.contains(viewportPos))
            return std::pair{page, (viewportPos - rect.topLeft()) / scale()};
    }
    return std::nullopt;
}

void PdfPageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragFrom = event->position();
        m_dragRect = {};
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void PdfPageView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        m_dragRect = QRectF(m_dragFrom, event->position()).normalized();
        viewport()->update();
        return;
    }
    // Hover: what is under the mouse.
    const auto at = pagePoint(event->position());
    QString tip;
    for (const Box &b : std::as_const(m_boxes)) {
        if (at && b.page == at->first && b.rect.adjusted(-1, -1, 1, 1).contains(at->second)) {
            tip = FieldMarks::tooltip(m_record, b.address);
            break;
        }
    }
    viewport()->setToolTip(tip);
}

void PdfPageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    const bool dragged = (event->position() - m_dragFrom).manhattanLength() > 4;
    const auto from = pagePoint(m_dragFrom);
    const auto to = pagePoint(event->position());
    if (!dragged) {
        m_dragRect = {};
        m_selection.reset();
        viewport()->update();
        if (!from)
            return;
        for (const Box &b : std::as_const(m_boxes)) {
            if (b.page == from->first && b.rect.adjusted(-1, -1, 1, 1).contains(from->second)) {
                emit fieldClicked(b.address);
                return;
            }
        }
        return;
    }
    // Words between the drag's corners, on the page where it started.
    m_selection.reset();
    if (from && to && from->first == to->first) {
        const QPdfSelection sel = m_document.getSelection(from->first, from->second, to->second);
        const auto page = std::find_if(m_pages.begin(), m_pages.end(), [&](const PageText &p) { return p.page == from->first; });
        if (sel.isValid() && page != m_pages.end() && sel.endIndex() > sel.startIndex())
            m_selection = std::pair{sel.text().simplified(),
                                    TextSpan{page->start + sel.startIndex(), sel.endIndex() - sel.startIndex()}};
    }
    viewport()->update();
}

std::optional<std::pair<QString, TextSpan>> PdfPageView::selection() const
{
    return m_selection;
}

} // namespace imr::gui
