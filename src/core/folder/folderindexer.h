#pragma once

#include "folder/lettersummary.h"
#include "result.h"
#include "store/reviewstore.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace imr {

class LetterLoader;
class ReviewStore;

// What the indexer reports, in order: first the folder's letter files, then
// their rows as they become known.
struct IndexBatch
{
    QStringList paths; // only in the first batch: every letter file, sorted
    bool listed = false; // this batch carries the listing
    QList<LetterSummary> letters; // in the listing: one unread row per path
    QHash<QString, int> rowOfPath; // only in the listing: built here, off the GUI thread
    int done = 0;  // letters known so far
    int total = 0; // letters in the folder
    int extracted = 0; // of done, how many were read and extracted (not from the store)
};

// Brings a folder's index up to date and reports its rows in batches.
// Letters whose file is unchanged since the store indexed them (same size
// and modification time) come from the store and are not read at all; the
// others are read and extracted on a thread pool, committed to the store a
// few hundred at a time, and only then reported. A cancelled or killed run
// therefore resumes where it stopped.
class FolderIndexer final : public QObject
{
    Q_OBJECT
public:
    // The store may be null (nothing is kept) and must outlive the indexer.
    FolderIndexer(std::shared_ptr<const LetterLoader> loader, ReviewStore *store, QObject *parent = nullptr);
    ~FolderIndexer() override;

    // Runs on a thread of its own; batches arrive through batchReady.
    void start();
    void cancel();
    bool isRunning() const { return m_future.isRunning(); }
    void waitForFinished();

    // The blocking form (headless jobs, tests): batches go to sink on the
    // calling thread. Returns the first store failure, if any; indexing
    // goes on without the store after one.
    Status run(const std::function<void(IndexBatch)> &sink);

    static constexpr int kBatchSize = 256;

signals:
    void batchReady(const imr::IndexBatch &batch);
    void storeFailed(const QString &message);
    void finished(bool cancelled);

private:
    struct Pending;
    void finishPending(Pending &pending, IndexBatch &batch, const std::function<void(IndexBatch)> &sink);
    LetterSummary summaryOf(const IndexedFile &file);
    void noteFailure(const QString &message);

    std::shared_ptr<const LetterLoader> m_loader;
    ReviewStore *m_store;
    QThreadPool m_pool;
    QFuture<void> m_future;
    std::atomic_bool m_cancel{false};
    Status m_firstFailure = success();
};

} // namespace imr

Q_DECLARE_METATYPE(imr::IndexBatch)
