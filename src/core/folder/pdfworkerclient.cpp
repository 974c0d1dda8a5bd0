#include "pdfworkerclient.h"

#include "folder/pdfworkerprotocol.h"

#include <QDeadlineTimer>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace imr {

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

LetterContent PdfWorkerClient::failure(const QString &error)
{
    // Whatever state the helper is in, the next file gets a new one: a
    // helper that broke the protocol once is not asked again.
    stop();
    LetterContent failed;
    failed.error = error;
    return failed;
}

LetterContent PdfWorkerClient::read(const QString &filePath)
{
    if (!ensureStarted())
        return failure(tr("The PDF reader could not be started."));
    // A helper that sent more than one line for one request is out of step:
    // a stale line must not be taken for this file's answer, so such a
    // helper is replaced before it is asked again.
    if (m_outOfStep || m_process->bytesAvailable() > 0) {
        stop();
        if (!ensureStarted())
            return failure(tr("The PDF reader could not be started."));
    }
    m_outOfStep = false;
    m_process->write(PdfWorkerProtocol::encodeRequest(filePath));
    const QDeadlineTimer deadline(m_timeoutMs);
    QByteArray answer;
    while (true) {
        // Only what arrived is searched for the line's end: a flood is read
        // in linear time and stopped at the bound, before it costs the
        // window its memory.
        const QByteArray chunk = m_process->readAll();
        if (const qsizetype end = chunk.indexOf('\n'); end >= 0) {
            answer += chunk.first(end + 1);
            m_outOfStep = end + 1 < chunk.size();
            break;
        }
        answer += chunk;
        if (answer.size() > PdfWorkerProtocol::kMaxAnswerBytes)
            return failure(tr("The PDF reader gave an unreadable answer."));
        if (!chunk.isEmpty())
            continue;
        if (m_process->state() != QProcess::Running)
            return failure(tr("The PDF reader stopped on this file: it may be damaged."));
        if (deadline.hasExpired())
            return failure(tr("Reading the PDF took longer than %1 s: it may be damaged. It was skipped.")
                               .arg(m_timeoutMs / 1000.0));
        m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    std::optional<LetterContent> content = PdfWorkerProtocol::decodeAnswer(answer);
    if (!content)
        return failure(tr("The PDF reader gave an unreadable answer."));
    return *std::move(content);
}

} // namespace imr
