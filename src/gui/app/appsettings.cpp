#include "appsettings.h"

#include <QFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace imr::gui {
namespace {

// Settings name folders of health records: readable by the user only.
void keepPrivate(QSettings &settings)
{
    settings.sync();
    QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

QString AppSettings::lastFolder()
{
    return QSettings().value(u"folders/last"_s).toString();
}

void AppSettings::setLastFolder(const QString &folder)
{
    QSettings settings;
    settings.setValue(u"folders/last"_s, folder);
    keepPrivate(settings);
}

QString AppSettings::systemUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"reviewer"_s : user;
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
