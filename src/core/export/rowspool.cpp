#include "export/rowspool.h"

#include "export/reviewedcsvwriter.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryFile>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace imr {
namespace {

constexpr qint64 kWritebackBytes = 4 << 20;
// Hidden: a name the spool has for a moment, in the user's folder.
constexpr auto kSpoolPrefix = "/.imr-export-";

// Bytes bound for the export are sent to the disk as they are written, so
// that the sync before it is given its name (QSaveFile::commit(), publish())
// has little left to wait for. Only a hint; the sync still checks.
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

RowSpool::RowSpool(QString exportPath)
    : m_exportPath(std::move(exportPath))
    , m_folder(QFileInfo(m_exportPath).absolutePath())
    , m_file(std::make_unique<QFile>())
{
}

RowSpool::~RowSpool() = default;

bool RowSpool::openUnnamed()
{
#if defined(Q_OS_LINUX) && defined(O_TMPFILE)
    const int fd = ::open(QFile::encodeName(m_folder).constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        return false; // a file system without O_TMPFILE: a named file, removed at once
    auto file = std::make_unique<QFile>();
    // Exactly the owner's, whatever the umask: it may become the export.
    if (::fchmod(fd, 0600) != 0 || !file->open(fd, QIODevice::ReadWrite, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return false;
    }
    m_file = std::move(file);
    m_unnamed = true;
    return true;
#else
    return false;
#endif
}

bool RowSpool::open()
{
    if (openUnnamed())
        return true;
    auto temp = std::make_unique<QTemporaryFile>(m_folder + QLatin1StringView(kSpoolPrefix) + u"XXXXXX"_s);
    const bool opened = temp->open() && temp->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#ifdef Q_OS_UNIX
    if (opened) {
        QFile::remove(temp->fileName()); // the open file stays ours until closed
        temp->setAutoRemove(false);      // the name may be another file's by then
    }
#endif
    m_file = std::move(temp);
    return opened;
}

bool RowSpool::appendHead(const QByteArray &bytes)
{
    Q_ASSERT(m_sizes.isEmpty());
    if (m_file->write(bytes) != bytes.size())
        return false;
    m_headBytes += bytes.size();
    return true;
}

bool RowSpool::append(const QByteArray &rows, const QList<qsizetype> &duplicateOfAt)
{
    if (m_file->write(rows) != rows.size())
        return false;
    m_sizes << rows.size();
    m_duplicateOfAt << duplicateOfAt;
    // Likely to be the export itself: its bytes go to the disk as they come.
    if (m_unnamed && m_file->pos() - m_writtenBack >= kWritebackBytes)
        startWriteback(*m_file, m_writtenBack);
    return true;
}

bool RowSpool::publish()
{
#if defined(Q_OS_LINUX) && defined(O_TMPFILE)
    // A link would be replaced, where QSaveFile writes to the file it leads
    // to: copyTo() then does what an export always did.
    if (!m_unnamed || QFileInfo(m_exportPath).isSymLink())
        return false;
    if (!m_file->flush() || ::fdatasync(m_file->handle()) != 0)
        return false;
    // A short hidden name beside the export first, then the export's own:
    // rename() replaces an earlier export whole, as QSaveFile does.
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(m_file->handle());
    const QByteArray target = QFile::encodeName(m_exportPath);
    const QByteArray prefix = QFile::encodeName(m_folder) + kSpoolPrefix;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QByteArray name = prefix + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, name.constData(), AT_SYMLINK_FOLLOW) != 0) {
            if (errno == EEXIST)
                continue;
            return false; // no /proc, or a file system that will not: copied instead
        }
        if (::rename(name.constData(), target.constData()) != 0) {
            ::unlink(name.constData());
            return false;
        }
        return true;
    }
#endif
    return false;
}

const QIODevice *RowSpool::copyTo(QIODevice &out, const std::function<QString(qsizetype)> &cellFor,
                                    qsizetype chunkBytes)
{
    if (!m_file->seek(m_headBytes))
        return m_file.get();
    QByteArray chunk; // one buffer: a fresh one each time is fresh pages each time
    qint64 writtenBack = 0;
    qsizetype next = 0; // the first letter not copied yet
    while (next < m_sizes.size()) {
        qsizetype last = next; // whole letters, at least one
        qsizetype bytes = m_sizes[last++];
        while (last < m_sizes.size() && bytes + m_sizes[last] <= chunkBytes)
            bytes += m_sizes[last++];
        chunk.resize(bytes);
        if (m_file->read(chunk.data(), bytes) != bytes)
            return m_file.get();
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
