// Whether the attention marks cover the extractor's errors, on the fixture
// letters and on variants of them written the way other renderings shift a
// letter (reflowed, re-wrapped, -layout, page breaks moved, labels dropped):
// tools/letter-variants.py writes them, the real command line extracts them
// and tools/calibration.py counts errors marked and fields marked.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QStringLiteral(IMR_TEST_DATA "/letters");
const QString kTools = QStringLiteral(IMR_TEST_DATA "/../../tools");

struct Figures
{
    int errorsMarked = -1;
    int errors = -1;
    int fieldsMarked = -1;
    int fields = -1;
};

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void marksCoverErrors_data();
    void marksCoverErrors();

private:
    bool run(const QString &program, const QStringList &args, QString *out = nullptr);
    Figures measure(const QString &folder);

    QString m_python;
    QTemporaryDir m_dir;
};

void TestCalibration::initTestCase()
{
    m_python = QStandardPaths::findExecutable(u"python3"_s);
    QVERIFY2(!m_python.isEmpty(), "python3 runs the calibration tools (tools/env.sh installs it)");
    QVERIFY(m_dir.isValid());
}

bool TestCalibration::run(const QString &program, const QStringList &args, QString *out)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s)); // no taxonomy file of the user's
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << program << args << p.readAllStandardError();
        return false;
    }
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

Figures TestCalibration::measure(const QString &folder)
{
    const QString out = folder + u".jsonl"_s;
    QString report;
    if (!run(QStringLiteral(IMR_BINARY), {u"--export-json"_s, out, folder})
        || !run(m_python, {kTools + u"/calibration.py"_s, out, folder}, &report))
        return {};
    qInfo().noquote() << QDir(folder).dirName() << report.trimmed().replace(u'\n', u"; "_s);
    static const QRegularExpression figures(
        u"errors marked / errors: (\\d+) / (\\d+).*\\n.*fields marked / fields: (\\d+) / (\\d+)"_s);
    const QRegularExpressionMatch m = figures.match(report);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt()};
}

void TestCalibration::marksCoverErrors_data()
{
    QTest::addColumn<bool>("variants");
    QTest::newRow("fixtures") << false;
    QTest::newRow("variants") << true;
}

void TestCalibration::marksCoverErrors()
{
    QFETCH(bool, variants);
    const QString folder = m_dir.filePath(variants ? u"variants"_s : u"fixtures"_s);
    QVERIFY(QDir().mkpath(folder));
    if (variants) {
        QVERIFY(run(m_python, {kTools + u"/letter-variants.py"_s, kFixtures, folder}));
    } else {
        for (const QString &name : QDir(kFixtures).entryList({u"*.txt"_s, u"*.expected.json"_s}, QDir::Files))
            QVERIFY(QFile::copy(kFixtures + u'/' + name, folder + u'/' + name));
    }
    const Figures f = measure(folder);
    QVERIFY2(f.fields > 0, "the export or the calibration tool failed");
    if (!variants) {
        // The fixtures are extracted fully right, and few of their fields are marked.
        QCOMPARE(f.errors, 0);
    } else {
        QVERIFY2(f.errors > 0, "the variants should shift something");
        QVERIFY2(f.errorsMarked * 10 >= f.errors * 9,
                 qPrintable(u"errors marked: %1 of %2 (goal: 90%)"_s.arg(f.errorsMarked).arg(f.errors)));
    }
    QVERIFY2(f.fieldsMarked * 20 <= f.fields,
             qPrintable(u"fields marked: %1 of %2 (goal: at most 5%)"_s.arg(f.fieldsMarked).arg(f.fields)));
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
