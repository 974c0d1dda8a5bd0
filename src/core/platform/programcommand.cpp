#include "programcommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace imr {

namespace {

bool isDynamicLoader(const QString &executable)
{
    // glibc's loaders are ld-linux*.so.N or ld-<version>.so; musl's ld-musl-*.
    return QFileInfo(executable).fileName().startsWith("ld-"_L1);
}

QStringList procCommandLine()
{
    QFile file(u"/proc/self/cmdline"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList parts;
    for (const QByteArray &part : file.readAll().split('\0'))
        parts.append(QString::fromLocal8Bit(part));
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast(); // the terminating NUL
    return parts;
}

} // namespace

ProgramCommand ProgramCommand::current()
{
    QString executable = QFileInfo(u"/proc/self/exe"_s).symLinkTarget();
    if (executable.isEmpty() && QCoreApplication::instance())
        executable = QCoreApplication::applicationFilePath();
    return fromProcess(executable, isDynamicLoader(executable) ? procCommandLine() : QStringList{});
}

ProgramCommand ProgramCommand::fromProcess(const QString &executable, const QStringList &commandLine)
{
    ProgramCommand command;
    command.m_program = executable;
    command.m_programFile = executable;
    if (!isDynamicLoader(executable) || commandLine.isEmpty())
        return command;
    // The loader's options come first; all but these few take a value. The
    // first word that is not an option is the program it runs.
    static const QStringList kFlags{u"--inhibit-cache"_s, u"--list"_s, u"--verify"_s,
                                    u"--list-tunables"_s, u"--list-diagnostics"_s};
    qsizetype i = 1;
    while (i < commandLine.size() && commandLine.at(i).startsWith("--"_L1))
        i += kFlags.contains(commandLine.at(i)) ? 1 : 2;
    if (i >= commandLine.size())
        return command; // not a loader running a program: keep the executable
    command.m_program = commandLine.first();
    command.m_programFile = QFileInfo(commandLine.at(i)).absoluteFilePath();
    command.m_prefix = commandLine.mid(1, i - 1);
    command.m_prefix.append(command.m_programFile);
    return command;
}

} // namespace imr
