// Extraction throughput, single thread, on the project's sample letters
// (examples/letters and tests/data/letters), and the headless export of a
// generated folder of 10,000 letters through the real executable.
// Prints its figures; targets: >= 20 MB/s per core, >= 4,000 letters/s,
// 10,000 letters exported in < 2 s on 2 cores.
//
//   bench_extraction [--letters N] [--seconds S]

#include "extraction/letterextractor.h"
#include "extraction/textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QList<QByteArray> sampleLetters()
{
    QList<QByteArray> letters;
    for (const QString &folder : {QStringLiteral(IMR_EXAMPLES), QStringLiteral(IMR_TEST_DATA "/letters")}) {
        for (const QFileInfo &fi : QDir(folder).entryInfoList({u"*.txt"_s}, QDir::Files)) {
            QFile f(fi.filePath());
            if (f.open(QIODevice::ReadOnly))
                letters << f.readAll();
        }
    }
    return letters;
}

void singleThread(QTextStream &out, const QList<QByteArray> &letters, double seconds)
{
    const imr::LetterExtractor extractor;
    qint64 bytes = 0;
    qint64 count = 0;
    qint64 items = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < seconds * 1000) {
        for (const QByteArray &raw : letters) {
            const imr::DecodedText text = imr::TextDecoder::decode(raw);
            items += extractor.extract(text.text).items.size();
            bytes += raw.size();
            ++count;
        }
    }
    const double s = timer.nsecsElapsed() / 1e9;
    out << u"single-thread decode+extract: %1 letters in %2 s = %3 letters/s, %4 MB/s (%5 items)"_s
               .arg(count).arg(s, 0, 'f', 2).arg(count / s, 0, 'f', 0).arg(bytes / s / 1e6, 0, 'f', 1).arg(items)
        << Qt::endl;
}

void headlessExport(QTextStream &out, const QList<QByteArray> &letters, int n)
{
    QTemporaryDir dir;
    for (int i = 0; i < n; ++i) {
        QFile f(dir.filePath(u"letter-%1.txt"_s.arg(i, 5, 10, QChar(u'0'))));
        if (f.open(QIODevice::WriteOnly))
            f.write(letters[i % letters.size()]);
    }
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(QStringLiteral(IMR_BINARY), {u"--export-csv"_s, dir.filePath(u"out.csv"_s), dir.path()});
    p.waitForFinished(600000);
    const double s = timer.nsecsElapsed() / 1e9;
    out << u"headless --export-csv of %1 letters: %2 s wall, start-up included (exit %3): %4"_s
               .arg(n).arg(s, 0, 'f', 2).arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()).trimmed())
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.contains(u"--letters"_s) ? args.value(args.indexOf(u"--letters"_s) + 1).toInt() : 10000;
    const double seconds =
        args.contains(u"--seconds"_s) ? args.value(args.indexOf(u"--seconds"_s) + 1).toDouble() : 3.0;
    QTextStream out(stdout);
    const QList<QByteArray> letters = sampleLetters();
    if (letters.isEmpty()) {
        out << "no sample letters found" << Qt::endl;
        return 1;
    }
    singleThread(out, letters, seconds);
    headlessExport(out, letters, n);
    return 0;
}
