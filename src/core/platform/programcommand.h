#pragma once

#include <QString>
#include <QStringList>

namespace imr {

// How to start this program again, for its helper processes and to find the
// files installed beside it. Normally that is the executable itself. When a
// dynamic loader started it (`ld-linux.so --library-path DIR PROGRAM`, as
// tools/workbench does off a build root), /proc/self/exe names the loader,
// so a helper started from it alone would not run the program: the loader's
// own command line, read back, is repeated instead.
class ProgramCommand
{
public:
    // The command of the running process: program first, then the arguments
    // that come before this program's own. Works before QCoreApplication
    // exists (Linux: /proc).
    static ProgramCommand current();

    // executable: what /proc/self/exe names; commandLine: the process's full
    // command line as the kernel saw it (the loader's, when there is one).
    static ProgramCommand fromProcess(const QString &executable, const QStringList &commandLine);

    QString program() const { return m_program; }
    QStringList prefixArguments() const { return m_prefix; }
    // The program file itself (the one the loader ran, when there is one).
    QString programFile() const { return m_programFile; }
    // A dynamic loader started this program (its libraries are not where
    // the program was built to find them).
    bool startedByLoader() const { return m_program != m_programFile; }

private:
    QString m_program;
    QStringList m_prefix;
    QString m_programFile;
};

} // namespace imr
