#include "appsettings.h"

#include "platform/programcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace imr::gui {
namespace {

// Settings name folders of health records: readable by the user only.
void keepPrivate(QSettings &settings)
{
    settings.sync();
    QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// One thread, so saves land in the order they were asked for.
QThreadPool &saver()
{
    static QThreadPool pool;
    static const bool single = [] {
        pool.setMaxThreadCount(1);
        return true;
    }();
    Q_UNUSED(single);
    return pool;
}

} // namespace

void AppSettings::waitForSaves()
{
    saver().waitForDone();
}

QString AppSettings::lastFolder()
{
    waitForSaves();
    return QSettings().value(u"folders/last"_s).toString();
}

void AppSettings::setLastFolder(const QString &folder)
{
    saver().start([folder] {
        QSettings settings;
        settings.setValue(u"folders/last"_s, folder);
        QStringList recent = settings.value(u"folders/recent"_s).toStringList();
        recent.removeAll(folder);
        recent.prepend(folder);
        settings.setValue(u"folders/recent"_s, recent.mid(0, kRecentFolders));
        keepPrivate(settings);
    });
}

QStringList AppSettings::recentFolders()
{
    waitForSaves();
    return QSettings().value(u"folders/recent"_s).toStringList().mid(0, kRecentFolders);
}

void AppSettings::clearRecentFolders()
{
    waitForSaves();
    QSettings settings;
    settings.remove(u"folders/recent"_s);
    keepPrivate(settings);
}

QString AppSettings::sampleFolder()
{
    // Installed: <prefix>/share/imr-workbench/examples/letters. In a build
    // tree: the repository's examples, three folders above the program.
    const QString installed = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                                     u"imr-workbench/examples/letters"_s, QStandardPaths::LocateDirectory);
    if (!installed.isEmpty())
        return installed;
    for (const QString &relative : {u"/../share/imr-workbench/examples/letters"_s, u"/../../../examples/letters"_s}) {
        const QDir dir(QFileInfo(ProgramCommand::current().programFile()).absolutePath() + relative);
        if (dir.exists())
            return dir.absolutePath();
    }
    return {};
}

QString AppSettings::systemUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"reviewer"_s : user;
}

namespace {
QString teamStoreKey(const QString &folder)
{
    return u"teamStores/"_s + QString::fromLatin1(QDir(folder).absolutePath().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
} // namespace

QString AppSettings::teamStore(const QString &folder)
{
    return QSettings().value(teamStoreKey(folder)).toString();
}

void AppSettings::setTeamStore(const QString &folder, const QString &url)
{
    QSettings settings;
    if (url.isEmpty())
        settings.remove(teamStoreKey(folder));
    else
        settings.setValue(teamStoreKey(folder), url);
}

bool AppSettings::followLinksOutside()
{
    return QSettings().value(u"folder/followLinksOutside"_s, false).toBool();
}

void AppSettings::setFollowLinksOutside(bool follow)
{
    QSettings().setValue(u"folder/followLinksOutside"_s, follow);
}

QString AppSettings::reviewerName()
{
    const QString name = QSettings().value(u"review/reviewer"_s).toString();
    return name.isEmpty() ? systemUserName() : name;
}

void AppSettings::setReviewerName(const QString &name)
{
    QSettings settings;
    settings.setValue(u"review/reviewer"_s, name.trimmed());
    keepPrivate(settings);
}

} // namespace imr::gui
