#include "exportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace imr::gui {

ExportDialog::ExportDialog(const QString &title, const QString &suggestedPath, const QString &fileFilter,
                           QWidget *parent, bool canDeidentify)
    : QDialog(parent)
    , m_fileFilter(fileFilter)
    , m_path(new QLineEdit(suggestedPath, this))
    , m_all(new QRadioButton(tr("&All letters"), this))
    , m_reviewed(new QRadioButton(tr("&Reviewed letters only"), this))
{
    setWindowTitle(title);
    auto *form = new QFormLayout(this);
    auto *pathRow = new QHBoxLayout;
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(m_path);
    pathRow->addWidget(browseButton);
    form->addRow(tr("&File:"), pathRow);
    m_all->setChecked(true);
    form->addRow(tr("Letters:"), m_all);
    form->addRow(QString(), m_reviewed);
    if (canDeidentify) {
        m_deidentify = new QCheckBox(tr("&De-identify for sharing (HIPAA Safe Harbor)"), this);
        m_deidentify->setToolTip(tr("Case numbers and file names become pseudonyms that only this export uses; dates "
                                    "become years; ages over 89 become 90+; names, places, telephone numbers, "
                                    "addresses and other identifiers are removed from the text, and a paragraph "
                                    "that cannot be cleaned reliably is withheld."));
        form->addRow(tr("Sharing:"), m_deidentify);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

bool ExportDialog::reviewedOnly() const
{
    return m_reviewed->isChecked();
}

bool ExportDialog::deidentify() const
{
    return m_deidentify && m_deidentify->isChecked();
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), path(), m_fileFilter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

} // namespace imr::gui
