// A folder that is not what it seems: links out of it, links in a loop,
// pipes, sockets, and text that is not a letter. Each is one row, with its
// reason, and nothing blocks or leaks out of the folder.
#include "extraction/letterrecognizer.h"
#include "folder/folderscanner.h"
#include "folder/letterloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <fcntl.h>
#include <climits>
#include <unistd.h>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

QByteArray exampleLetter()
{
    QFile f(QStringLiteral(IMR_EXAMPLES) + u"/CM16-0900101.txt"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Makes `depth` nested folders called `name` under dir, a level at a time
// with mkdirat/openat (a path beyond PATH_MAX cannot be made in one call),
// and puts a copy of a letter at the bottom. Returns false on failure.
bool makeNested(const QString &dir, const QByteArray &name, int depth, const QByteArray &letter)
{
    int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    for (int i = 0; i < depth && fd >= 0; ++i) {
        if (::mkdirat(fd, name.constData(), 0700) != 0) {
            ::close(fd);
            return false;
        }
        const int next = ::openat(fd, name.constData(), O_RDONLY | O_DIRECTORY);
        ::close(fd);
        fd = next;
    }
    if (fd < 0)
        return false;
    const int file = ::openat(fd, "deep.txt", O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::close(fd);
    if (file < 0)
        return false;
    const bool written = ::write(file, letter.constData(), size_t(letter.size())) == letter.size();
    return ::close(file) == 0 && written;
}

// QTemporaryDir cannot remove what lies beyond PATH_MAX; rm walks with openat.
void removeTree(const QString &path)
{
    QProcess::execute(u"rm"_s, {u"-rf"_s, path});
}

} // namespace

class TestHostileFolder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_outside;
    QTemporaryDir m_dir;
    QString m_folder;
    int m_socket = -1;

private slots:
    void initTestCase();
    void eachEntryIsOneRow();
    void entriesSayWhatTheyAre_data();
    void entriesSayWhatTheyAre();
    void linksOutsideAreFollowedOnlyWhenAllowed();
    void oddNamesAreListedAndSayWhy();
    void pathsBeyondPathMaxAreRowsWithTheirReason();
    void tenThousandNestedFoldersStopAtTheDepthLimit();
    void unreadableFolderIsARowWithItsReason();
    void cleanupTestCase()
    {
        if (m_socket >= 0)
            ::close(m_socket);
    }
};

void TestHostileFolder::initTestCase()
{
    QVERIFY(m_outside.isValid() && m_dir.isValid());
    m_folder = m_dir.path() + u"/letters"_s;
    QVERIFY(QDir().mkpath(m_folder));
    const QString letter = QStringLiteral(IMR_EXAMPLES) + u"/CM16-0900101.txt"_s;
    QVERIFY(QFile::copy(letter, m_folder + u"/letter.txt"_s));
    QVERIFY(QFile::copy(letter, m_outside.path() + u"/secret.txt"_s));
    QVERIFY(QFile::link(m_outside.path() + u"/secret.txt"_s, m_folder + u"/outside.txt"_s));
    QVERIFY(QFile::link(m_folder + u"/letter.txt"_s, m_folder + u"/inside.txt"_s));
    QVERIFY(QFile::link(m_folder + u"/nothing-here.txt"_s, m_folder + u"/broken.txt"_s));
    QVERIFY(QFile::link(m_folder + u"/loop-b.txt"_s, m_folder + u"/loop-a.txt"_s));
    QVERIFY(QFile::link(m_folder + u"/loop-a.txt"_s, m_folder + u"/loop-b.txt"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(m_folder + u"/pipe.txt"_s).constData(), 0600), 0);
    // A Unix socket bound in the folder (what a running program leaves).
    m_socket = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(m_socket >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray socketPath = QFile::encodeName(m_folder + u"/socket.txt"_s);
    QVERIFY(size_t(socketPath.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
    QCOMPARE(::bind(m_socket, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
    // A linked folder is not entered: no loops, nothing from outside.
    QVERIFY(QFile::link(m_folder, m_folder + u"/again"_s));
    QVERIFY(QFile::link(m_outside.path(), m_folder + u"/elsewhere"_s));
    QFile note(m_folder + u"/shopping.txt"_s);
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("Milk, eggs, bread.\nCall the plumber on Tuesday about the kitchen sink.\n");
}

void TestHostileFolder::eachEntryIsOneRow()
{
    const imr::LetterLoader loader(m_folder);
    QStringList listed = loader.scan();
    listed.sort();
    QCOMPARE(listed, (QStringList{u"broken.txt"_s, u"inside.txt"_s, u"letter.txt"_s, u"loop-a.txt"_s, u"loop-b.txt"_s,
                                  u"outside.txt"_s, u"pipe.txt"_s, u"shopping.txt"_s, u"socket.txt"_s}));
}

void TestHostileFolder::entriesSayWhatTheyAre_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");   // a word of the error; empty: read
    QTest::addColumn<QString>("warning"); // a word of the warning; empty: none of ours
    QTest::newRow("letter") << u"letter.txt"_s << QString() << QString();
    QTest::newRow("link inside") << u"inside.txt"_s << QString() << QString();
    QTest::newRow("link outside") << u"outside.txt"_s << u"outside the folder"_s << QString();
    QTest::newRow("broken link") << u"broken.txt"_s << u"leads nowhere"_s << QString();
    QTest::newRow("link loop") << u"loop-a.txt"_s << u"loop"_s << QString();
    QTest::newRow("pipe") << u"pipe.txt"_s << u"not a regular file"_s << QString();
    QTest::newRow("socket") << u"socket.txt"_s << u"not a regular file"_s << QString();
    QTest::newRow("not a letter") << u"shopping.txt"_s << QString() << u"does not look like"_s;
}

void TestHostileFolder::entriesSayWhatTheyAre()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    QFETCH(QString, warning);
    const imr::LetterLoader loader(m_folder);
    // Both ways a file is read: the folder's index, and the letter on screen.
    const imr::IndexEntry indexed = loader.index(path, 1, 1);
    const imr::Letter letter = loader.load(path);
    for (const QString &got : {indexed.file.error, letter.error}) {
        if (error.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(error), qPrintable(got));
    }
    const bool warned = letter.warning.contains(imr::LetterRecognizer::notALetterWarning());
    QCOMPARE(indexed.file.warning.contains(imr::LetterRecognizer::notALetterWarning()), !warning.isEmpty());
    QCOMPARE(warned, !warning.isEmpty());
    if (error.isEmpty())
        QVERIFY(!letter.contentHash.isEmpty());
    else
        QVERIFY(indexed.text.isEmpty() && letter.text.isEmpty()); // nothing was read
}

void TestHostileFolder::linksOutsideAreFollowedOnlyWhenAllowed()
{
    imr::LetterLoader loader(m_folder);
    QVERIFY(!loader.load(u"outside.txt"_s).ok());
    loader.setFollowLinksOutside(true);
    const imr::Letter followed = loader.load(u"outside.txt"_s);
    QVERIFY2(followed.ok(), qPrintable(followed.error));
    QCOMPARE(followed.contentHash, loader.load(u"letter.txt"_s).contentHash);
    // Broken links and pipes stay refused whatever the preference.
    QVERIFY(!loader.load(u"broken.txt"_s).ok());
    QVERIFY(!loader.load(u"pipe.txt"_s).ok());
}

// A letter filed so deep that its path exceeds PATH_MAX is listed (the
// scanner never builds such a path for the system) and becomes a row that
// says why it cannot be opened; the rest of the folder reads as usual.
void TestHostileFolder::pathsBeyondPathMaxAreRowsWithTheirReason()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray letter = exampleLetter();
    QVERIFY(QFile::copy(QStringLiteral(IMR_EXAMPLES) + u"/CM16-0900101.txt"_s, dir.filePath(u"near.txt"_s)));
    const QByteArray name(200, 'n');
    const int depth = PATH_MAX / 200 + 2;
    QVERIFY(makeNested(dir.path(), name, depth, letter));
    const imr::LetterLoader loader(dir.path());
    const QStringList listed = loader.scan();
    QCOMPARE(listed.size(), 2);
    const QString deep = listed.at(listed.at(0) == u"near.txt"_s ? 1 : 0);
    QVERIFY(deep.endsWith(u"/deep.txt"_s));
    QVERIFY(QFile::encodeName(dir.path() + u'/' + deep).size() > PATH_MAX);
    const imr::Letter row = loader.load(deep);
    QVERIFY2(row.error.contains(u"longer than the system allows"_s), qPrintable(row.error));
    QVERIFY2(loader.index(deep, 1, 1).file.error.contains(u"longer than the system allows"_s), "the index says the same");
    QVERIFY(loader.load(u"near.txt"_s).ok());
    removeTree(dir.path());
}

// Ten thousand folders inside each other: the scanner goes down kMaxDepth
// levels, lists where it stopped as a row with the reason, holds a file
// handle per level at most, and finishes at once.
void TestHostileFolder::tenThousandNestedFoldersStopAtTheDepthLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeNested(dir.path(), "d", 10000, exampleLetter()));
    QVERIFY(makeNested(dir.path() + u"/d/d"_s, "shallow", 1, exampleLetter()));
    QElapsedTimer timer;
    timer.start();
    const imr::LetterLoader loader(dir.path());
    const QStringList listed = loader.scan();
    QVERIFY2(timer.elapsed() < 10000, "the scan must not walk the whole tree");
    QCOMPARE(listed.size(), 2);
    QVERIFY(listed.contains(u"d/d/shallow/deep.txt"_s));
    QVERIFY(loader.load(u"d/d/shallow/deep.txt"_s).ok());
    QString stop;
    for (const QString &p : listed) {
        if (p.endsWith(u'/'))
            stop = p;
    }
    QCOMPARE(stop.count(u'/'), imr::FolderScanner::kMaxDepth + 1);
    const imr::Letter row = loader.load(stop);
    QVERIFY2(row.error.contains(u"nested more than"_s), qPrintable(row.error));
    QVERIFY(loader.index(stop, 1, 1).file.error.contains(u"nested more than"_s));
    removeTree(dir.path());
}

// A folder the scanner cannot open is a row that says so, not a silent gap.
void TestHostileFolder::unreadableFolderIsARowWithItsReason()
{
    if (::geteuid() == 0) {
        // Root opens any folder: the case runs again as an ordinary user.
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(u"runuser"_s, {u"-u"_s, u"nobody"_s, u"--"_s, QCoreApplication::applicationFilePath(),
                                   QString::fromLatin1(QTest::currentTestFunction())});
        QVERIFY2(child.waitForFinished(60000), "runuser did not finish");
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        return;
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeNested(dir.path(), "locked", 1, exampleLetter()));
    QVERIFY(QFile::setPermissions(dir.filePath(u"locked"_s), QFileDevice::WriteOwner));
    const imr::LetterLoader loader(dir.path());
    const QStringList listed = loader.scan();
    QFile::setPermissions(dir.filePath(u"locked"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(listed, QStringList{u"locked/"_s});
    QFile::setPermissions(dir.filePath(u"locked"_s), QFileDevice::WriteOwner);
    const imr::Letter row = loader.load(u"locked/"_s);
    QFile::setPermissions(dir.filePath(u"locked"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY2(row.error.contains(u"cannot be opened"_s), qPrintable(row.error));
}

void TestHostileFolder::oddNamesAreListedAndSayWhy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray bytes = [] {
        QFile f(QStringLiteral(IMR_EXAMPLES) + u"/CM16-0900101.txt"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!bytes.isEmpty());
    const auto write = [&dir, &bytes](const QByteArray &name) {
        const QByteArray path = QFile::encodeName(dir.path()) + '/' + name;
        FILE *f = std::fopen(path.constData(), "wb");
        if (!f)
            return false;
        const bool ok = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f) == size_t(bytes.size());
        return std::fclose(f) == 0 && ok;
    };
    QVERIFY(write("line\nbreak.txt"));               // a newline in the name
    QVERIFY(write("latin1-\xe9t\xe9.txt"));         // not UTF-8
    QVERIFY(write(QByteArray(251, 'x') + ".txt")); // the longest name a file system takes
    const imr::LetterLoader loader(dir.path());
    const QStringList listed = loader.scan();
    QVERIFY2(listed.size() == 3, qPrintable(listed.join(u" | "_s)));
    for (const QString &path : listed) {
        const imr::Letter letter = loader.load(path);
        if (path.contains(QChar::ReplacementCharacter)) {
            // The name cannot be written back as it is: said, not "gone".
            QVERIFY2(letter.error.contains(u"not valid"_s), qPrintable(letter.error));
            QVERIFY(loader.index(path, 1, 1).file.error.contains(u"not valid"_s));
        } else {
            QVERIFY2(letter.ok(), qPrintable(path + u": "_s + letter.error));
            QVERIFY(!letter.record.field(imr::FieldId::CaseNumber).isEmpty());
        }
    }
    // QTemporaryDir cannot remove what Qt cannot name.
    const QByteArray latin1 = QFile::encodeName(dir.path()) + QByteArray("/latin1-\xe9t\xe9.txt");
    QCOMPARE(::unlink(latin1.constData()), 0);
}

QTEST_GUILESS_MAIN(TestHostileFolder)
#include "tst_hostilefolder.moc"
