#include "preferencesdialog.h"

#include "appsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace imr::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_reviewer(new QLineEdit(AppSettings::reviewerName(), this))
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_reviewer->setPlaceholderText(AppSettings::systemUserName());
    m_reviewer->setToolTip(tr("Written with every confirmation and correction, and in the reviewed CSV"));
    form->addRow(tr("Reviewer &name:"), m_reviewer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    AppSettings::setReviewerName(m_reviewer->text());
    QDialog::accept();
}

} // namespace imr::gui
