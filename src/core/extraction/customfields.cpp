#include "extraction/customfields.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

QMutex g_mutex;
std::shared_ptr<const CustomFields> g_current = std::make_shared<const CustomFields>();

} // namespace

Result<CustomFields> CustomFields::of(const QList<CustomFieldRule> &rules)
{
    CustomFields f;
    int letter = 0;
    int item = 0;
    QStringList columns;
    for (const CustomFieldRule &r : rules) {
        if (const QString problem = r.problem(); !problem.isEmpty())
            return failure(tr("Field %1: %2").arg(r.column, problem));
        if (columns.contains(r.column))
            return failure(tr("Two fields are named %1.").arg(r.column));
        columns << r.column;
        const bool isLetter = r.level == CustomFieldRule::Level::Letter;
        int &used = isLetter ? letter : item;
        if (used >= kCustomSlots)
            return failure(tr("At most %1 fields of the letter and %1 of each item.").arg(kCustomSlots));
        f.m_slots << FieldId(int(isLetter ? FieldId::CustomLetter0 : FieldId::CustomItem0) + used++);
        f.m_rules << r;
    }
    return f;
}

QString CustomFields::pathFor(const QString &folder)
{
    return QDir(folder).filePath(u".imr-workbench/"_s + QString::fromLatin1(kFileName));
}

Result<CustomFields> CustomFields::load(const QString &folder)
{
    QFile file(pathFor(folder));
    if (!file.exists())
        return CustomFields();
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("The analyst fields of this folder cannot be read: %1").arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (!doc.isObject())
        return failure(tr("The analyst fields file %1 is damaged: %2").arg(file.fileName(), parseError.errorString()));
    QList<CustomFieldRule> rules;
    for (const QJsonValue &v : doc.object().value(u"fields"_s).toArray()) {
        QString error;
        rules << CustomFieldRule::fromJson(v.toObject(), &error);
        if (!error.isEmpty())
            return failure(tr("The analyst fields file %1 has a bad rule: %2").arg(file.fileName(), error));
    }
    return of(rules);
}

Status CustomFields::save(const QString &folder) const
{
    const QString path = pathFor(folder);
    QDir().mkpath(QFileInfo(path).path());
    QJsonArray fields;
    for (const CustomFieldRule &r : m_rules)
        fields << r.toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("Cannot save the analyst fields to %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"fields"_s, fields}}).toJson());
    if (!file.commit())
        return failure(tr("Cannot save the analyst fields to %1: %2").arg(path, file.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return success();
}

QList<FieldId> CustomFields::letterFields() const
{
    QList<FieldId> ids;
    for (FieldId id : m_slots) {
        if (!isItemField(id))
            ids << id;
    }
    return ids;
}

QList<FieldId> CustomFields::itemFields() const
{
    QList<FieldId> ids;
    for (FieldId id : m_slots) {
        if (isItemField(id))
            ids << id;
    }
    return ids;
}

const CustomFieldRule *CustomFields::rule(FieldId slot) const
{
    const qsizetype i = m_slots.indexOf(slot);
    return i < 0 ? nullptr : &m_rules[i];
}

std::optional<FieldId> CustomFields::slotOf(const QString &column) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].column == column)
            return m_slots[i];
    }
    return std::nullopt;
}

QByteArray CustomFields::fingerprint() const
{
    if (m_rules.isEmpty())
        return {};
    QJsonArray all;
    for (const CustomFieldRule &r : m_rules)
        all << r.toJson();
    return QCryptographicHash::hash(QJsonDocument(all).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
}

std::shared_ptr<const CustomFields> CustomFields::current()
{
    QMutexLocker lock(&g_mutex);
    return g_current;
}

void CustomFields::install(std::shared_ptr<const CustomFields> fields)
{
    QMutexLocker lock(&g_mutex);
    g_current = fields ? std::move(fields) : std::make_shared<const CustomFields>();
}

} // namespace imr
