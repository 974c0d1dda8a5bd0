#include "export/rowspool.h"

#include "export/reviewedcsvwriter.h"

#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

using namespace Qt::StringLiterals;

namespace imr {
namespace {

// The export is synced to disk as it is committed (QSaveFile): the bytes
// copied so far are sent to the disk now, while the copy goes on, so that
// the sync has less left to wait for. Only a hint; the commit still checks.
void startWriteback(QIODevice &out, qint64 &from)
{
#ifdef Q_OS_LINUX
    auto *file = qobject_cast<QFileDevice *>(&out);
    if (!file || file->handle() < 0 || !file->flush())
        return;
    const qint64 to = file->pos();
    if (to > from)
        ::sync_file_range(file->handle(), from, to - from, SYNC_FILE_RANGE_WRITE);
    from = to;
#else
    Q_UNUSED(out);
    Q_UNUSED(from);
#endif
}

} // namespace

RowSpool::RowSpool(const QString &exportPath)
    : m_file(QFileInfo(exportPath).absolutePath() + u"/.imr-export-XXXXXX"_s)
{
}

bool RowSpool::open()
{
    if (!m_file.open() || !m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
#ifdef Q_OS_UNIX
    QFile::remove(m_file.fileName()); // the open file stays ours until closed
#endif
    return true;
}

bool RowSpool::append(const QByteArray &rows, const QList<qsizetype> &duplicateOfAt)
{
    if (m_file.write(rows) != rows.size())
        return false;
    m_sizes << rows.size();
    m_duplicateOfAt << duplicateOfAt;
    return true;
}

const QIODevice *RowSpool::copyTo(QIODevice &out, const std::function<QString(qsizetype)> &cellFor,
                                    qsizetype chunkBytes)
{
    if (!m_file.seek(0))
        return &m_file;
    QByteArray chunk; // one buffer: a fresh one each time is fresh pages each time
    qint64 writtenBack = 0;
    qsizetype next = 0; // the first letter not copied yet
    while (next < m_sizes.size()) {
        qsizetype last = next; // whole letters, at least one
        qsizetype bytes = m_sizes[last++];
        while (last < m_sizes.size() && bytes + m_sizes[last] <= chunkBytes)
            bytes += m_sizes[last++];
        chunk.resize(bytes);
        if (m_file.read(chunk.data(), bytes) != bytes)
            return &m_file;
        qsizetype copied = 0; // bytes of the chunk written
        qsizetype at = 0;     // where the letter starts in the chunk
        for (qsizetype i = next; i < last; at += m_sizes[i++]) {
            const QString cell = cellFor(i);
            if (cell.isEmpty())
                continue;
            const QByteArray rows =
                ReviewedCsvWriter::withDuplicateOf(chunk.sliced(at, m_sizes[i]), m_duplicateOfAt[i], cell);
            if (out.write(chunk.constData() + copied, at - copied) != at - copied || out.write(rows) != rows.size())
                return &out;
            copied = at + m_sizes[i];
        }
        if (out.write(chunk.constData() + copied, bytes - copied) != bytes - copied)
            return &out;
        startWriteback(out, writtenBack);
        next = last;
    }
    return nullptr;
}

} // namespace imr
