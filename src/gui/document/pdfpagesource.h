#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QSizeF>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace imr::gui {

// A PDF letter's pages for the page view, with every call into the PDF
// library on a thread of its own. QtPdf serialises all documents' calls
// behind one lock, so a GUI-thread QPdfDocument (load, close, page size,
// selection) waits whenever a page is being rendered: tens of milliseconds
// at each letter switch. Here the GUI thread only queues work and receives
// results; work for a letter no longer shown is dropped unstarted.
class PdfPageSource final : public QObject
{
    Q_OBJECT
public:
    explicit PdfPageSource(QObject *parent = nullptr);
    ~PdfPageSource() override;

    // opened() or failed() follows; close() or a new open() drops the rest.
    void open(const QString &path);
    void close();
    // pageRendered() follows, unless another letter opens first.
    void requestPage(int page, const QSize &pixels);
    // The words between two points of a page; selected() follows, with the
    // characters' range on the page (empty when no word lies between).
    // request comes back with the answer, so the caller can tell answers apart.
    void requestSelection(int request, int page, const QPointF &from, const QPointF &to);

signals:
    void opened(const QList<QSizeF> &pageSizes); // points
    void failed();
    void pageRendered(int page, const QImage &image);
    void selected(int request, int page, const QString &text, int startIndex, int endIndex);

private:
    struct Shared;
    // Runs job on the PDF thread if the letter it was queued for is still
    // the one open; job returns what to do on the GUI thread afterwards.
    template<typename Job>
    void post(Job job);

    std::shared_ptr<Shared> m_shared;
    int m_generation = 0;
    QThreadPool m_pool;
};

} // namespace imr::gui
