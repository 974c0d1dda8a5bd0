#include "folder/folderindexer.h"

#include "extraction/letterextractor.h"
#include "folder/letterloader.h"
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace imr {

// A batch of files being read on the pool while the previous one is stored.
struct FolderIndexer::Pending
{
    QFuture<IndexEntry> future;
    bool active = false;
};

FolderIndexer::FolderIndexer(std::shared_ptr<const LetterLoader> loader, ReviewStore *store, QObject *parent)
    : QObject(parent)
    , m_loader(std::move(loader))
    , m_store(store)
{
    qRegisterMetaType<imr::IndexBatch>();
    // Its own pool: the global one runs this indexer and the window's work.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

FolderIndexer::~FolderIndexer()
{
    cancel();
    waitForFinished();
}

void FolderIndexer::start()
{
    m_cancel = false;
    m_future = QtConcurrent::run([this] {
        // Failures were reported through storeFailed as they happened.
        (void)run([this](IndexBatch batch) { emit batchReady(batch); });
        emit finished(m_cancel.load());
    });
}

void FolderIndexer::cancel()
{
    m_cancel = true;
}

void FolderIndexer::waitForFinished()
{
    m_future.waitForFinished();
}

void FolderIndexer::noteFailure(const QString &message)
{
    if (m_firstFailure)
        m_firstFailure = failure(message);
    emit storeFailed(message);
}

LetterSummary FolderIndexer::summaryOf(const IndexedFile &file)
{
    LetterSummary s;
    s.relativePath = file.relativePath;
    s.contentHash = file.contentHash;
    s.error = file.error;
    s.warning = file.note.isEmpty() ? file.warning
        : file.warning.isEmpty()    ? file.note
                                    : file.warning + u'\n' + file.note;
    s.textId = file.textId;
    s.loaded = true;
    if (s.ok() && !s.decodeFacts(file.facts)) {
        s.error = QCoreApplication::translate("imr::FolderIndexer", "The stored summary of this letter cannot be read.");
    } else if (s.ok() && m_store && !LetterSummary::factsAreCurrent(file.facts)) {
        // A review saved by an older version lacks the facts added since
        // (turnaround dates, priority). A team store keeps such reviews as
        // they were: its schema is shared by every analyst's version, and a
        // closed letter may not be rewritten. They are read from the review
        // itself, which holds every field, until it is saved again.
        // A review that cannot be read keeps the facts it had, and says so on
        // its row (opening the letter says why): the folder's index was
        // saved, so it is not the store's failure.
        const auto review = m_store->review(file.contentHash);
        if (review.ok() && review.value()) {
            s.setRecord(review.value()->record);
        } else if (!review.ok()) {
            if (!s.warning.isEmpty())
                s.warning += u'\n';
            s.warning += QCoreApplication::translate("imr::FolderIndexer", "Its review could not be read: %1")
                             .arg(review.error());
        }
    }
    return s;
}

Status FolderIndexer::run(const std::function<void(IndexBatch)> &sink)
{
    m_firstFailure = success();
    const QStringList paths = m_loader->scan();
    const int total = int(paths.size());
    IndexBatch listing;
    listing.paths = paths;
    listing.listed = true;
    listing.total = total;
    listing.letters.reserve(total);
    listing.rowOfPath.reserve(total);
    for (int row = 0; row < total; ++row) {
        listing.letters.append(LetterSummary::listed(paths[row]));
        listing.rowOfPath.insert(paths[row], row);
    }
    sink(std::move(listing));

    QHash<QString, IndexedFile> known;
    if (m_store) {
        auto index = m_store->folderIndex(m_loader->extractorKey());
        if (!index.ok())
            noteFailure(index.error()); // every letter is read again; reviews are not touched
        else
            for (IndexedFile &f : index.value())
                known.insert(f.relativePath, std::move(f));
    }
    const QDir root(m_loader->folder());
    IndexBatch batch;
    batch.total = total;
    Pending pending;
    for (qsizetype first = 0; first < paths.size() && !m_cancel; first += kBatchSize) {
        QList<std::tuple<QString, qint64, qint64, QByteArray>> todo;
        IndexBatch ready;
        ready.total = total;
        for (qsizetype i = first; i < std::min(paths.size(), first + kBatchSize); ++i) {
            const QString &path = paths[i];
            const QFileInfo info(root.filePath(path));
            const qint64 size = info.size();
            const qint64 mtime = info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch();
            const auto it = known.constFind(path);
            if (it != known.cend() && it->extracted && it->size == size && it->mtime == mtime)
                ready.letters.append(summaryOf(*it));
            else
                todo.append({path, size, mtime, it != known.cend() ? it->contentHash : QByteArray()});
        }
        if (!ready.letters.isEmpty()) {
            batch.done += int(ready.letters.size());
            ready.done = batch.done;
            sink(std::move(ready));
        }
        if (todo.isEmpty())
            continue;
        auto loader = m_loader;
        QFuture<IndexEntry> next = QtConcurrent::mapped(&m_pool, todo, [loader](const auto &t) {
            return loader->index(std::get<0>(t), std::get<1>(t), std::get<2>(t), std::get<3>(t));
        });
        // The previous batch is stored while this one is read.
        if (pending.active)
            finishPending(pending, batch, sink);
        pending = Pending{next, true};
    }
    if (pending.active) {
        if (m_cancel)
            pending.future.cancel();
        pending.future.waitForFinished();
        if (!m_cancel)
            finishPending(pending, batch, sink);
    }
    if (m_store && !m_cancel) {
        QStringList gone;
        const QSet<QString> present(paths.begin(), paths.end());
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            if (!present.contains(it.key()))
                gone << it.key();
        }
        if (!gone.isEmpty())
            if (Status s = m_store->forgetFiles(gone); !s)
                noteFailure(s.error());
    }
    return m_firstFailure;
}

void FolderIndexer::finishPending(Pending &pending, IndexBatch &batch, const std::function<void(IndexBatch)> &sink)
{
    pending.future.waitForFinished();
    pending.active = false;
    if (pending.future.isCanceled())
        return;
    QList<IndexEntry> entries = pending.future.results();
    pending.future = {};
    if (m_store && m_store->isOpen()) {
        if (Status s = m_store->commitIndex(entries, m_loader->extractorKey()); !s)
            noteFailure(s.error());
    }
    IndexBatch out;
    out.total = batch.total;
    out.letters.reserve(entries.size());
    for (IndexEntry &e : entries) {
        IndexedFile &f = e.file;
        // A reviewed letter is listed as reviewed: its facts are the review's.
        if (m_store && f.error.isEmpty()) {
            const auto facts = m_store->reviewFacts(f.contentHash);
            if (!facts.ok())
                noteFailure(facts.error());
            else if (facts.value() && !facts.value()->isEmpty())
                f.facts = *facts.value();
        }
        out.letters.append(summaryOf(f));
    }
    batch.done += int(out.letters.size());
    batch.extracted += int(out.letters.size());
    out.done = batch.done;
    out.extracted = batch.extracted;
    sink(std::move(out));
}

} // namespace imr
