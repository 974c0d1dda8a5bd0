// Accuracy on the shared corpus of real letters, through the real command
// line and the project's scorer. The corpus is not part of the repository:
// without ../shared the test is skipped with a message.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kShared = QStringLiteral(IMR_SHARED_DIR);
constexpr double kTarget = 99.5;

bool exportFolder(const QString &folder, const QString &out)
{
    QProcess p;
    p.start(QStringLiteral(IMR_BINARY), {u"--export-csv"_s, out, folder});
    return p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Several exports into one CSV (same header; the BOM only at the start).
bool concatenate(const QStringList &parts, const QString &out)
{
    QFile all(out);
    if (!all.open(QIODevice::WriteOnly))
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QFile f(parts[i]);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QByteArray bytes = f.readAll();
        if (i > 0)
            bytes = bytes.mid(bytes.indexOf("\r\n") + 2);
        all.write(bytes);
    }
    return true;
}

} // namespace

class TestCorpusAccuracy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void accuracy_data();
    void accuracy();

private:
    QString score(const QStringList &folders, const QString &name);

    QTemporaryDir m_dir;
    QString m_python;
    QHash<QString, QString> m_scoreOutput; // per rendering: text, pdf
};

void TestCorpusAccuracy::initTestCase()
{
    if (!QFile::exists(kShared + u"/eval/score.py"_s) || !QDir(kShared + u"/corpus/text"_s).exists())
        QSKIP(qPrintable(u"The shared corpus is not available at %1: accuracy not measured."_s.arg(kShared)));
    m_python = QStandardPaths::findExecutable(u"python3"_s);
    if (m_python.isEmpty())
        QSKIP("python3 is needed to run the scorer: accuracy not measured.");
    // The same letters as pdftotext renderings and as the published PDFs;
    // the older seeds exist as text only and join both.
    m_scoreOutput[u"text"_s] = score({u"text"_s, u"seeds"_s}, u"text"_s);
    if (QDir(kShared + u"/corpus/pdf"_s).exists())
        m_scoreOutput[u"pdf"_s] = score({u"pdf"_s, u"seeds"_s}, u"pdf"_s);
}

QString TestCorpusAccuracy::score(const QStringList &folders, const QString &name)
{
    QStringList parts;
    for (const QString &sub : folders) {
        const QString part = m_dir.filePath(name + u'-' + sub + u".csv"_s);
        if (!exportFolder(kShared + u"/corpus/"_s + sub, part))
            return {};
        parts << part;
    }
    const QString csv = m_dir.filePath(name + u".csv"_s);
    if (!concatenate(parts, csv))
        return {};
    QProcess p;
    p.start(m_python, {kShared + u"/eval/score.py"_s, u"--gold"_s, kShared + u"/corpus/gold"_s, u"--csv"_s, csv});
    p.waitForFinished(120000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    qInfo().noquote() << name << out.section(u"letters in scope"_s, 1).prepend(u"letters in scope"_s);
    return out;
}

void TestCorpusAccuracy::accuracy_data()
{
    QTest::addColumn<QString>("rendering");
    QTest::addColumn<QString>("field");
    for (const QString &rendering : m_scoreOutput.keys()) {
        for (const char *f : {"overall field accuracy", "(letter level subtotal)", "item_request", "treatment_category",
                              "treatment_subcategory", "decision", "medically_necessary", "maximus_guideline_sources",
                              "claims_administrator_guideline_sources", "item_count"})
            QTest::addRow("%s: %s", qPrintable(rendering), f) << rendering << QString::fromLatin1(f);
    }
}

void TestCorpusAccuracy::accuracy()
{
    QFETCH(QString, rendering);
    QFETCH(QString, field);
    const QString output = m_scoreOutput.value(rendering);
    QVERIFY2(!output.isEmpty(), "the export or the scorer failed");
    const QRegularExpression line(u"^"_s + QRegularExpression::escape(field) + u"(?=[\\s:])[^\\n]*?([0-9.]+)%"_s,
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(output);
    QVERIFY2(m.hasMatch(), qPrintable(u"no figure for %1 in the scorer's output"_s.arg(field)));
    const double percent = m.captured(1).toDouble();
    QVERIFY2(percent >= kTarget, qPrintable(u"%1: %2% < %3%"_s.arg(field).arg(percent).arg(kTarget)));
}

QTEST_GUILESS_MAIN(TestCorpusAccuracy)
#include "tst_corpusaccuracy.moc"
