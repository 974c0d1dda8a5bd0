#include "fieldeditordelegate.h"

#include "extraction/fieldschema.h"
#include "fieldtreemodel.h"
#include "extraction/treatmenttaxonomy.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace imr::gui {
namespace {

const QDate kNoDate(1900, 1, 1); // shown as "—": the field is empty

QStringList choicesFor(const QModelIndex &index)
{
    const auto id = index.data(FieldTreeModel::FieldIdRole).value<FieldId>();
    if (id != FieldId::TreatmentSubcategory)
        return FieldSchema::choices(id);
    // Subcategories of the item's current category.
    const QModelIndex category = index.siblingAtRow(int(FieldSchema::itemFields().indexOf(FieldId::TreatmentCategory)));
    return TreatmentTaxonomy::instance().subcategories(category.data(Qt::EditRole).toString());
}

} // namespace

QWidget *FieldEditorDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    const auto id = index.data(FieldTreeModel::FieldIdRole).value<FieldId>();
    switch (FieldSchema::kind(id)) {
    case FieldKind::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(tr("—"));
        edit->setCalendarPopup(true);
        return edit;
    }
    case FieldKind::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(-1, 130);
        spin->setSpecialValueText(tr("—"));
        return spin;
    }
    case FieldKind::Choice: {
        auto *combo = new QComboBox(parent);
        combo->addItem(QString());
        combo->addItems(choicesFor(index));
        // The analyst's taxonomy may hold categories this list does not.
        combo->setEditable(id == FieldId::TreatmentCategory || id == FieldId::TreatmentSubcategory);
        return combo;
    }
    case FieldKind::MultiChoice: {
        auto *line = new QLineEdit(parent);
        const QStringList choices = FieldSchema::choices(id);
        if (!choices.isEmpty()) {
            auto *completer = new QCompleter(choices, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            line->setCompleter(completer);
            line->setPlaceholderText(choices.join(u"; "_s));
        }
        return line;
    }
    case FieldKind::Text:
    case FieldKind::LongText:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void FieldEditorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        date->setDate(d.isValid() ? d : kNoDate);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.isEmpty() ? -1 : value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int at = combo->findText(value);
        if (at < 0) {
            // A value outside the list (an extracted "Urgent") stays selectable:
            // opening the editor must not blank it.
            combo->addItem(value);
            at = combo->count() - 1;
        }
        combo->setCurrentIndex(at);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void FieldEditorDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QString value;
    if (auto *date = qobject_cast<QDateEdit *>(editor))
        value = date->date() == kNoDate ? QString() : date->date().toString(Qt::ISODate);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        value = spin->value() < 0 ? QString() : QString::number(spin->value());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        value = combo->currentText();
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        value = line->text();
    else
        return QStyledItemDelegate::setModelData(editor, model, index);
    // Unchanged values are not a correction.
    if (value != index.data(Qt::EditRole).toString())
        model->setData(index, value, Qt::EditRole);
}

} // namespace imr::gui
