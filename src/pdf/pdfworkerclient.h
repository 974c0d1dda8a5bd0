#pragma once

#include "folder/letterformat.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QProcess;

namespace imr::pdf {

// Reads PDFs in a helper process (`imr-workbench --pdf-worker`), one per
// loading thread. A PDF that hangs the parser costs its timeout and a fresh
// helper, never the window or the rest of the folder; and since QtPdf
// serialises all parsing inside one process, helpers also parse in parallel.
class PdfWorkerClient final
{
    Q_DECLARE_TR_FUNCTIONS(imr::pdf::PdfWorkerClient)
public:
    PdfWorkerClient(QString program, QStringList arguments, int timeoutMs);
    ~PdfWorkerClient();

    LetterContent read(const QString &filePath);
    // The running helper's process id; 0 when none is running.
    qint64 helperProcessId() const;

    // How much the helpers yield to the window (Unix niceness).
    static constexpr int kHelperNiceness = 10;

    // The helper's side: answers one JSON line per path line on stdin.
    static int serve();
    static QByteArray encode(const LetterContent &content);
    static LetterContent decode(const QByteArray &line);

private:
    bool ensureStarted();
    void stop();

    QString m_program;
    QStringList m_arguments;
    int m_timeoutMs;
    std::unique_ptr<QProcess> m_process;
};

} // namespace imr::pdf
