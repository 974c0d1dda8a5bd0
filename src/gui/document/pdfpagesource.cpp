#include "pdfpagesource.h"

#include <QPdfDocument>
#include <QPdfSelection>

namespace imr::gui {

// What the PDF thread keeps between jobs. Only that thread touches the
// document; the GUI thread touches only the generation.
struct PdfPageSource::Shared
{
    std::unique_ptr<QPdfDocument> document;
    std::atomic_int generation{0};
};

PdfPageSource::PdfPageSource(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_pool.setMaxThreadCount(1); // one thread: jobs run in order, one document at a time
    m_pool.setExpiryTimeout(-1); // and it stays, so the document it made stays with it
}

PdfPageSource::~PdfPageSource()
{
    m_shared->generation.store(-1);
    m_pool.clear();
    // The document goes on the thread that made it.
    m_pool.start([shared = m_shared] { shared->document.reset(); });
    m_pool.waitForDone();
}

template<typename Job>
void PdfPageSource::post(Job job)
{
    const int generation = m_generation;
    m_pool.start([this, shared = m_shared, generation, job = std::move(job)]() mutable {
        if (shared->generation.load() != generation)
            return; // queued for a letter no longer shown
        auto deliver = job(*shared);
        // Back on the GUI thread; dropped there too if the letter changed
        // meanwhile, and dropped by Qt if this source is gone.
        QMetaObject::invokeMethod(
            this,
            [this, generation, deliver = std::move(deliver)]() mutable {
                if (generation == m_generation)
                    deliver();
            },
            Qt::QueuedConnection);
    });
}

void PdfPageSource::open(const QString &path)
{
    close();
    post([this, path](Shared &shared) -> std::function<void()> {
        auto document = std::make_unique<QPdfDocument>();
        if (document->load(path) != QPdfDocument::Error::None)
            return [this] { emit failed(); };
        QList<QSizeF> sizes;
        for (int page = 0; page < document->pageCount(); ++page)
            sizes << document->pagePointSize(page);
        shared.document = std::move(document);
        return [this, sizes] { emit opened(sizes); };
    });
}

void PdfPageSource::close()
{
    ++m_generation;
    m_shared->generation.store(m_generation);
    m_pool.clear(); // unstarted work for the last letter
    // The last letter's document is closed on the PDF thread, not here.
    post([](Shared &shared) -> std::function<void()> {
        shared.document.reset();
        return [] {};
    });
}

void PdfPageSource::requestPage(int page, const QSize &pixels)
{
    post([this, page, pixels](Shared &shared) -> std::function<void()> {
        if (!shared.document || page >= shared.document->pageCount())
            return [] {};
        const QImage image = shared.document->render(page, pixels);
        return [this, page, image] { emit pageRendered(page, image); };
    });
}

void PdfPageSource::requestSelection(int request, int page, const QPointF &from, const QPointF &to)
{
    post([this, request, page, from, to](Shared &shared) -> std::function<void()> {
        if (!shared.document)
            return [] {};
        const QPdfSelection selection = shared.document->getSelection(page, from, to);
        const bool valid = selection.isValid() && selection.endIndex() > selection.startIndex();
        const QString text = valid ? selection.text() : QString();
        const int start = valid ? selection.startIndex() : 0;
        const int end = valid ? selection.endIndex() : 0;
        return [this, request, page, text, start, end] { emit selected(request, page, text, start, end); };
    });
}

} // namespace imr::gui
