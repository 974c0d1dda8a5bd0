#include "pdfpageview.h"

#include "fieldmarks.h"
#include "pdfpagesource.h"
#include "review/fieldcolors.h"

#include <QFutureWatcher>
#include <QKeyEvent>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QScrollBar>
#include <QWheelEvent>

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace imr::gui {
namespace {

constexpr qreal kGap = 12;      // points between pages
// Keys held down pass letters at 25 to 30 a second: a letter stayed on for
// longer than this gets its boxes.
constexpr int kSettleMs = 50;

} // namespace

PdfPageView::PdfPageView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    // Boxes are located by the PDF library, a few milliseconds a field: on a
    // thread of their own, never queued behind a folder's load, the latest
    // request first.
    m_boxPool.setMaxThreadCount(1);
    // Locating a letter's boxes is tens of milliseconds of a core: not for
    // the letters passed over on the way to another, where it only slowed
    // the next switch.
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        for (const auto &start : std::exchange(m_waitingToLocate, {}))
            start();
    });
    m_source = new PdfPageSource(this);
    connect(m_source, &PdfPageSource::opened, this, &PdfPageView::onOpened);
    connect(m_source, &PdfPageSource::failed, this, [this] {
        m_openFailed = true;
        viewport()->update();
    });
    connect(m_source, &PdfPageSource::pageRendered, this, &PdfPageView::onPageRendered);
    connect(m_source, &PdfPageSource::selected, this, &PdfPageView::onSelected);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

PdfPageView::~PdfPageView()
{
    for (const auto &cancel : {m_fieldsCancel, m_currentCancel}) {
        if (cancel)
            cancel->store(true);
    }
    m_boxPool.waitForDone();
}

bool PdfPageView::showLetter(const Letter &letter)
{
    clear();
    if (!letter.ok() || letter.pages.isEmpty())
        return false;
    m_pages = letter.pages;
    m_path = letter.filePath;
    m_source->open(letter.filePath);
    m_settle.start();
    setFields(letter.record);
    verticalScrollBar()->setValue(0);
    return true;
}

void PdfPageView::onOpened(const QList<QSizeF> &pageSizes)
{
    m_pageSizes = pageSizes;
    layoutPages();
    verticalScrollBar()->setValue(0);
    scrollToCurrentIfPending();
    viewport()->update();
    emit pagesChanged();
}

void PdfPageView::clear()
{
    m_source->close(); // pages and selections still coming are the last letter's
    m_openFailed = false;
    m_cache.clear();
    m_requested.clear();
    m_boxes.clear();
    m_currentBoxes.clear();
    ++m_fieldsRequest; // results on their way belong to the last letter
    ++m_currentRequest;
    for (const auto &cancel : {m_fieldsCancel, m_currentCancel}) {
        if (cancel)
            cancel->store(true);
    }
    m_settle.stop();
    m_waitingToLocate.clear();
    m_path.clear();
    m_pages.clear();
    m_pageSizes.clear();
    m_pageTops.clear();
    m_selection.reset();
    ++m_selectionRequest;
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
    for (const QSizeF &size : std::as_const(m_pageSizes)) {
        m_pageTops << top;
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
    const QSizeF size = m_pageSizes.value(page) * scale();
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
    // The boxes shown stay until the new ones arrive: after a confirmation
    // they are the same words.
    QList<std::pair<FieldAddress, TextSpans>> fields;
    for (const FieldAddress &a : ReviewNavigator::order(record)) {
        const TextSpans spans = record.field(a.item, a.field).spans;
        // Paragraph-long fields get boxes only while current (see setCurrentField).
        if (!FieldMarks::hasLongSpan(spans))
            fields.append({a, spans});
    }
    const int request = ++m_fieldsRequest;
    locateLater(fields, m_fieldsCancel, [this, request](const QList<Box> &boxes) {
        if (request != m_fieldsRequest)
            return;
        m_boxes = boxes;
        scrollToCurrentIfPending();
        viewport()->update();
        emit boxesChanged();
    });
    setCurrentField(m_current);
}

void PdfPageView::locateLater(const QList<std::pair<FieldAddress, TextSpans>> &fields,
                              std::shared_ptr<std::atomic_bool> &cancel, std::function<void(const QList<Box> &)> done)
{
    // The request this one replaces stops at its next field.
    if (cancel)
        cancel->store(true);
    cancel = std::make_shared<std::atomic_bool>(false);
    if (m_path.isEmpty() || fields.isEmpty()) {
        done({});
        return;
    }
    auto start = [this, path = m_path, pages = m_pages, fields, cancelled = cancel, done = std::move(done)] {
        if (cancelled->load())
            return; // replaced while it waited
        auto *watcher = new QFutureWatcher<QList<Box>>(this);
        connect(watcher, &QFutureWatcher<QList<Box>>::finished, this, [watcher, done] {
            done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(&m_boxPool, &PdfPageView::locate, path, pages, fields, cancelled));
    };
    if (m_settle.isActive())
        m_waitingToLocate << std::move(start);
    else
        start();
}

QList<PdfPageView::Box> PdfPageView::locate(const QString &path, const QList<PageText> &pages,
                                            const QList<std::pair<FieldAddress, TextSpans>> &fields,
                                            const std::shared_ptr<std::atomic_bool> &cancelled)
{
    if (cancelled->load())
        return {};
    // A document of this thread's own: the view's is the renderer's and the
    // GUI thread's.
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return {};
    QList<Box> boxes;
    for (const auto &[address, spans] : fields) {
        if (cancelled->load())
            return {};
        for (const TextSpan &span : spans) {
            for (const PageText &p : pages) {
                const qsizetype from = std::max(span.start, p.start);
                const qsizetype to = std::min(span.end(), p.start + p.length);
                if (from >= to)
                    continue;
                const QPdfSelection sel = document.getSelectionAtIndex(p.page, int(from - p.start), int(to - from));
                for (const QPolygonF &polygon : sel.bounds())
                    boxes << Box{address, p.page, polygon.boundingRect()};
            }
        }
    }
    return boxes;
}

void PdfPageView::setCurrentField(const std::optional<FieldAddress> &address)
{
    m_current = address;
    m_currentBoxes.clear();
    ++m_currentRequest;
    m_scrollPending = address.has_value();
    if (address) {
        const TextSpans spans = m_record.field(address->item, address->field).spans;
        if (FieldMarks::hasLongSpan(spans)) {
            const int request = m_currentRequest;
            locateLater({{*address, spans}}, m_currentCancel, [this, request](const QList<Box> &boxes) {
                if (request != m_currentRequest)
                    return;
                m_currentBoxes = boxes;
                scrollToCurrentIfPending();
                viewport()->update();
                emit boxesChanged();
            });
        } else {
            scrollToCurrentIfPending();
        }
    }
    viewport()->update();
}

void PdfPageView::scrollToCurrentIfPending()
{
    if (!m_scrollPending || !m_current || m_pageSizes.isEmpty())
        return; // nothing to scroll to yet: the pages or the boxes follow
    for (const QList<Box> *list : {&m_boxes, &m_currentBoxes}) {
        for (const Box &b : *list) {
            if (b.address == *m_current) {
                m_scrollPending = false;
                scrollToBox(b.rect, b.page);
                return;
            }
        }
    }
}

QList<PdfPageView::Box> PdfPageView::allBoxes() const
{
    return m_currentBoxes.isEmpty() ? m_boxes : m_boxes + m_currentBoxes;
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
    if (m_pageSizes.isEmpty())
        return rects; // the pages are still opening: nothing is drawn yet
    for (const Box &b : allBoxes()) {
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
    if (m_openFailed) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("This PDF cannot be shown. Its text is on the Text tab."));
        return;
    }
    const qreal dpr = devicePixelRatioF();
    // Boxes are drawn on white paper, also in dark mode (QPalette() would be
    // the application's palette, dark there).
    const QPalette light = FieldColors::paper();
    const QList<Box> boxes = allBoxes();
    for (int page = 0; page < m_pageSizes.size(); ++page) {
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
            m_source->requestPage(page, wanted);
        }
        painter.save();
        painter.translate(rect.topLeft());
        painter.scale(scale(), scale());
        for (const Box &b : boxes) {
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

void PdfPageView::onPageRendered(int page, const QImage &image)
{
    // The source drops what belongs to another letter; a size asked for
    // before a zoom still helps until the new one arrives.
    m_requested.remove(page);
    QImage copy = image;
    copy.setDevicePixelRatio(1);
    m_cache.insert(page, copy);
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
    for (int page = 0; page < m_pageSizes.size(); ++page) {
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
    for (const Box &b : allBoxes()) {
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
    ++m_selectionRequest; // a click or a new drag replaces a selection still on its way
    if (!dragged) {
        m_dragRect = {};
        m_selection.reset();
        viewport()->update();
        if (!from)
            return;
        for (const Box &b : allBoxes()) {
            if (b.page == from->first && b.rect.adjusted(-1, -1, 1, 1).contains(from->second)) {
                emit fieldClicked(b.address);
                return;
            }
        }
        return;
    }
    // Words between the drag's corners, on the page where it started; the
    // PDF library finds them off the GUI thread (onSelected()).
    m_selection.reset();
    if (from && to && from->first == to->first)
        m_source->requestSelection(m_selectionRequest, from->first, from->second, to->second);
    viewport()->update();
}

void PdfPageView::onSelected(int request, int pageNumber, const QString &text, int startIndex, int endIndex)
{
    if (request != m_selectionRequest)
        return;
    const auto page = std::find_if(m_pages.begin(), m_pages.end(), [&](const PageText &p) { return p.page == pageNumber; });
    if (page != m_pages.end() && endIndex > startIndex)
        m_selection = std::pair{text.simplified(), TextSpan{page->start + startIndex, endIndex - startIndex}};
}

std::optional<std::pair<QString, TextSpan>> PdfPageView::selection() const
{
    return m_selection;
}

} // namespace imr::gui
