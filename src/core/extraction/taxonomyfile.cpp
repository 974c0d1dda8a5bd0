#include "extraction/taxonomyfile.h"

#include "extraction/treatmenttaxonomy.h"
#include "review/requestkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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

QString TaxonomyFile::addRule(const QString &path, const QString &request, const QString &category,
                             const QString &subcategory)
{
    const QString pattern = RequestKey::rulePattern(request);
    if (pattern.isEmpty())
        return tr("The request \"%1\" has no words a rule could match.").arg(request);
    // Never overwrite a file that is not a valid taxonomy: it is the
    // analyst's work, perhaps half edited.
    QString error;
    const TreatmentTaxonomy current = TreatmentTaxonomy::withUserFile(path, &error);
    if (!error.isEmpty())
        return error;
    if (!current.isKnown(category, subcategory))
        return tr("\"%1 / %2\" is not a category of the taxonomy.").arg(category, subcategory);
    QJsonObject doc;
    if (QFile::exists(path)) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return tr("Cannot read your taxonomy %1: %2").arg(path, in.errorString());
        doc = QJsonDocument::fromJson(in.readAll()).object();
    } else {
        doc.insert(u"version"_s, 1);
        doc.insert(u"comment"_s, tr("Your treatment-category rules, tried in order before the built-in ones. "
                                    "Each pattern is a case-insensitive regular expression."));
    }
    QJsonArray rules = doc.value(u"rules"_s).toArray();
    rules.prepend(QJsonObject{{u"category"_s, category},
                              {u"subcategory"_s, subcategory},
                              {u"patterns"_s, QJsonArray{pattern}},
                              {u"comment"_s, tr("From a category correction")}});
    doc.insert(u"rules"_s, rules);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(doc).toJson()) < 0 || !out.commit())
        return tr("Cannot write your taxonomy %1: %2").arg(path, out.errorString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace imr
