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
    QTemporaryDir m_dir;
    QString m_scoreOutput;
};

void TestCorpusAccuracy::initTestCase()
{
    const QString score = kShared + u"/eval/score.py"_s;
    if (!QFile::exists(score) || !QDir(kShared + u"/corpus/text"_s).exists())
        QSKIP(qPrintable(u"The shared corpus is not available at %1: accuracy not measured."_s.arg(kShared)));
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is needed to run the scorer");
    QStringList parts;
    for (const QString &sub : {u"text"_s, u"seeds"_s}) {
        const QString part = m_dir.filePath(sub + u".csv"_s);
        QVERIFY2(exportFolder(kShared + u"/corpus/"_s + sub, part), qPrintable(sub));
        parts << part;
    }
    const QString csv = m_dir.filePath(u"all.csv"_s);
    QVERIFY(concatenate(parts, csv));
    QProcess p;
    p.start(python, {score, u"--gold"_s, kShared + u"/corpus/gold"_s, u"--csv"_s, csv, u"--verbose"_s});
    QVERIFY(p.waitForFinished(120000));
    m_scoreOutput = QString::fromUtf8(p.readAllStandardOutput());
    qInfo().noquote() << m_scoreOutput.section(u"letters in scope"_s, 1).prepend(u"letters in scope"_s);
}

void TestCorpusAccuracy::accuracy_data()
{
    QTest::addColumn<QString>("field");
    for (const char *f : {"overall field accuracy", "(letter level subtotal)", "item_request", "treatment_category",
                          "treatment_subcategory", "decision", "medically_necessary", "maximus_guideline_sources",
                          "claims_administrator_guideline_sources", "item_count"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestCorpusAccuracy::accuracy()
{
    QFETCH(QString, field);
    const QRegularExpression line(u"^"_s + QRegularExpression::escape(field) + u"(?=[\\s:])[^\\n]*?([0-9.]+)%"_s,
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(m_scoreOutput);
    QVERIFY2(m.hasMatch(), qPrintable(u"no figure for %1 in the scorer's output"_s.arg(field)));
    const double percent = m.captured(1).toDouble();
    QVERIFY2(percent >= kTarget, qPrintable(u"%1: %2% < %3%"_s.arg(field).arg(percent).arg(kTarget)));
}

QTEST_GUILESS_MAIN(TestCorpusAccuracy)
#include "tst_corpusaccuracy.moc"
