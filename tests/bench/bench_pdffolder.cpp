// Opening a folder of PDFs: the first time (QtPdf + extraction on the thread
// pool, results cached in the review store) and again (from the cache).
// Targets: first open of 1,000 PDFs under 20 s, reopening under 2 s, on 2 cores.
// Also measures ../shared/corpus/pdf when it is there.
//   bench_pdffolder [--letters N]

#include "folder/folderindexer.h"
#include "folder/letterloader.h"
#include "store/sqlitereviewstore.h"
#include "pdffixtures.h"
#include "pdfletterformat.h"
#include "extraction/textdecoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

void measure(QTextStream &out, const QString &label, const QString &folder, const QString &storeDir,
             std::shared_ptr<const imr::LetterFormat> format)
{
    for (const char *pass : {"first open", "reopen (cached)"}) {
        QElapsedTimer t;
        t.start();
        imr::SqliteReviewStore store;
        if (!store.open(storeDir + u"/review.sqlite"_s))
            return;
        auto loader = std::make_shared<imr::LetterLoader>(folder);
        loader->addFormat(format);
        loader->setStore(&store);
        imr::FolderIndexer indexer(loader, &store);
        // The first batch lists every file (not yet read); later batches
        // carry the rows read: one row per path, the last one kept.
        QHash<QString, imr::LetterSummary> letters;
        (void)indexer.run([&](imr::IndexBatch b) {
            for (const imr::LetterSummary &l : std::as_const(b.letters))
                letters.insert(l.relativePath, l);
        });
        qsizetype items = 0;
        qsizetype errors = 0;
        for (const imr::LetterSummary &l : letters) {
            items += l.items.size();
            errors += !l.ok();
        }
        if (QLatin1StringView(pass) == "first open"_L1)
            out << "pdf_letters_per_s " << qRound(letters.size() / (t.nsecsElapsed() / 1e9)) << " letters/s\n";
        out << u"%1, %2: %3 PDFs, %4 items, %5 errors in %6 s"_s.arg(label, QLatin1StringView(pass))
                   .arg(letters.size()).arg(items).arg(errors).arg(t.nsecsElapsed() / 1e9, 0, 'f', 2)
            << Qt::endl;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int n = args.contains(u"--letters"_s) ? args.value(args.indexOf(u"--letters"_s) + 1).toInt() : 1000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    QTemporaryDir stores;
    QStringList texts;
    for (const QFileInfo &fi : QDir(QStringLiteral(IMR_EXAMPLES)).entryInfoList({u"*.txt"_s}, QDir::Files)) {
        QFile f(fi.filePath());
        f.open(QIODevice::ReadOnly);
        texts << imr::TextDecoder::decode(f.readAll()).text;
    }
    QElapsedTimer gen;
    gen.start();
    for (int i = 0; i < n; ++i) {
        // Every PDF differs (a reference line), so the cache cannot share results.
        const QString text = texts[i % texts.size()] + u"\nReference %1\n"_s.arg(i);
        pdffixtures::writeLetterPdf(text, dir.filePath(u"letter-%1.pdf"_s.arg(i, 5, 10, QChar(u'0'))));
    }
    out << u"generated %1 PDFs in %2 s"_s.arg(n).arg(gen.nsecsElapsed() / 1e9, 0, 'f', 1) << Qt::endl;
    // As the application reads them: in helper processes, one per core.
    const auto helpers = std::make_shared<imr::pdf::PdfLetterFormat>(QStringLiteral(IMR_BINARY), QStringList{u"--pdf-worker"_s});
    const auto inProcess = std::make_shared<imr::pdf::PdfLetterFormat>();
    int k = 0;
    for (const auto &[mode, format] : {std::pair{u"helpers"_s, std::static_pointer_cast<const imr::LetterFormat>(helpers)},
                                       std::pair{u"in-process"_s, std::static_pointer_cast<const imr::LetterFormat>(inProcess)}}) {
        const QString store = stores.filePath(QString::number(++k));
        QDir().mkpath(store);
        measure(out, u"generated, "_s + mode, dir.path(), store, format);
    }
    const QString corpus = QStringLiteral(IMR_SHARED_DIR "/corpus/pdf");
    if (QDir(corpus).exists()) {
        QDir(stores.path()).mkdir(u"corpus"_s);
        measure(out, u"shared/corpus/pdf, helpers"_s, corpus, stores.filePath(u"corpus"_s), helpers);
    }
    return 0;
}
