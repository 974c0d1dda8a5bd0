#include "appsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace imr::gui {

QString AppSettings::lastFolder()
{
    return QSettings().value(u"folders/last"_s).toString();
}

void AppSettings::setLastFolder(const QString &folder)
{
    QSettings().setValue(u"folders/last"_s, folder);
}

} // namespace imr::gui
