#include "extraction/taxonomyfile.h"

#include "extraction/treatmenttaxonomy.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

const QString kSetting = u"taxonomy/file"_s;

} // namespace

QString TaxonomyFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"treatment-taxonomy.json"_s);
}

QString TaxonomyFile::configuredPath()
{
    return QSettings().value(kSetting, defaultPath()).toString();
}

void TaxonomyFile::setConfiguredPath(const QString &path)
{
    QSettings settings;
    if (path.isEmpty() || path == defaultPath())
        settings.remove(kSetting);
    else
        settings.setValue(kSetting, path);
    settings.sync();
    QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString TaxonomyFile::install(const QString &path)
{
    QString error;
    auto taxonomy = std::make_shared<const TreatmentTaxonomy>(TreatmentTaxonomy::withUserFile(path, &error));
    TreatmentTaxonomy::setCurrent(std::move(taxonomy));
    return error;
}

} // namespace imr
