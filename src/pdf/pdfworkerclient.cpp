#include "pdfworkerclient.h"

#include "pdfletterformat.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

namespace imr::pdf {
namespace {

} // namespace

PdfWorkerClient::PdfWorkerClient(QString program, QStringList arguments, int timeoutMs)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_timeoutMs(timeoutMs)
{
}

PdfWorkerClient::~PdfWorkerClient()
{
    stop();
}

bool PdfWorkerClient::ensureStarted()
{
    if (m_process && m_process->state() == QProcess::Running)
        return true;
    m_process = std::make_unique<QProcess>();
    // Whatever QtPdf logs about a letter stays out of the application's output.
    m_process->setStandardErrorFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    // Parsing a year of PDFs keeps every core busy for minutes: the helpers
    // yield to the window, so it answers at once whatever they are doing.
    m_process->setChildProcessModifier([] { (void)::nice(kHelperNiceness); });
#endif
    m_process->start(m_program, m_arguments);
    return m_process->waitForStarted(10000);
}

qint64 PdfWorkerClient::helperProcessId() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

void PdfWorkerClient::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(2000);
    m_process.reset();
}

LetterContent PdfWorkerClient::read(const QString &filePath)
{
    LetterContent failed;
    if (!ensureStarted()) {
        failed.error = tr("The PDF reader could not be started.");
        stop();
        return failed;
    }
    // JSON, so a path holding a line break is still one request.
    m_process->write(QJsonDocument(QJsonArray{filePath}).toJson(QJsonDocument::Compact) + '\n');
    const QDeadlineTimer deadline(m_timeoutMs);
    while (!m_process->canReadLine()) {
        if (deadline.hasExpired() || m_process->state() != QProcess::Running
            || !m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_process->canReadLine())
                break;
            const bool timedOut = m_process->state() == QProcess::Running;
            stop(); // a stuck parser is killed; the next file gets a new one
            failed.error = timedOut
                ? tr("Reading the PDF took longer than %1 s: it may be damaged. It was skipped.").arg(m_timeoutMs / 1000.0)
                : tr("The PDF reader stopped on this file: it may be damaged.");
            return failed;
        }
    }
    return decode(m_process->readLine());
}

QByteArray PdfWorkerClient::encode(const LetterContent &content)
{
    QJsonArray pages;
    for (const PageText &p : content.pages)
        pages.append(QJsonArray{p.page, qint64(p.start), qint64(p.length)});
    const QJsonObject o{{u"text"_s, content.text}, {u"hash"_s, QString::fromLatin1(content.contentHash)},
                        {u"error"_s, content.error}, {u"warning"_s, content.warning}, {u"pages"_s, pages}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

LetterContent PdfWorkerClient::decode(const QByteArray &line)
{
    LetterContent c;
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isObject()) {
        c.error = tr("The PDF reader gave an unreadable answer.");
        return c;
    }
    c.text = doc[u"text"_s].toString();
    c.contentHash = doc[u"hash"_s].toString().toLatin1();
    c.error = doc[u"error"_s].toString();
    c.warning = doc[u"warning"_s].toString();
    for (const QJsonValue &p : doc[u"pages"_s].toArray())
        c.pages.append({p[0].toInt(), p[1].toInteger(), p[2].toInteger()});
    return c;
}

int PdfWorkerClient::serve()
{
    const PdfLetterFormat format; // in-process: this is the helper
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString path = QJsonDocument::fromJson(QByteArray::fromStdString(line)).array().at(0).toString();
        const QByteArray answer = encode(format.read(path));
        std::fwrite(answer.constData(), 1, size_t(answer.size()), stdout);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace imr::pdf
