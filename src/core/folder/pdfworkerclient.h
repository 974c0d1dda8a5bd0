#pragma once

#include "folder/letterformat.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QProcess;

namespace imr {

// Reads PDFs in a helper process (`imr-workbench --pdf-worker`), one per
// loading thread. A PDF that hangs or crashes the parser costs its timeout
// and a fresh helper, never the window or the rest of the folder; and since
// QtPdf serialises all parsing inside one process, helpers also parse in
// parallel. The helper is not trusted: see PdfWorkerProtocol.
class PdfWorkerClient final
{
    Q_DECLARE_TR_FUNCTIONS(imr::PdfWorkerClient)
public:
    PdfWorkerClient(QString program, QStringList arguments, int timeoutMs);
    ~PdfWorkerClient();

    LetterContent read(const QString &filePath);
    // The running helper's process id; 0 when none is running.
    qint64 helperProcessId() const;

    // How much the helpers yield to the window (Unix niceness).
    static constexpr int kHelperNiceness = 10;

private:
    bool ensureStarted();
    void stop();
    LetterContent failure(const QString &error);

    QString m_program;
    QStringList m_arguments;
    int m_timeoutMs;
    std::unique_ptr<QProcess> m_process;
    bool m_outOfStep = false; // it sent more than its answer
};

} // namespace imr
