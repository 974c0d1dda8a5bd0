#include "preferencesdialog.h"

#include "appsettings.h"
#include "extraction/taxonomyfile.h"
#include "extraction/treatmenttaxonomy.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QCheckBox>
#include <QPushButton>

namespace imr::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_reviewer(new QLineEdit(AppSettings::reviewerName(), this))
    , m_taxonomy(new QLineEdit(QDir::toNativeSeparators(TaxonomyFile::configuredPath()), this))
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_reviewer->setPlaceholderText(AppSettings::systemUserName());
    m_reviewer->setToolTip(tr("Written with every confirmation and correction, and in the reviewed CSV"));
    form->addRow(tr("Reviewer &name:"), m_reviewer);

    auto *taxonomyRow = new QHBoxLayout;
    m_taxonomy->setObjectName(QStringLiteral("taxonomyFile"));
    m_taxonomy->setPlaceholderText(QDir::toNativeSeparators(TaxonomyFile::defaultPath()));
    m_taxonomy->setMinimumWidth(m_taxonomy->fontMetrics().averageCharWidth() * 48);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseTaxonomyFile);
    taxonomyRow->addWidget(m_taxonomy, 1);
    taxonomyRow->addWidget(browse);
    auto *label = new QLabel(tr("&Taxonomy file:"), this);
    label->setBuddy(m_taxonomy);
    form->addRow(label, taxonomyRow);
    auto *hint = new QLabel(tr("Your rules for treatment categories, tried before the built-in ones. "
                               "The folder is read again when they change."),
                            this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);

    // Off by default: a link in a shared folder could point anywhere the
    // analyst can read (another case's letters, a private file).
    m_followLinks = new QCheckBox(tr("&Follow links that leave the folder"), this);
    m_followLinks->setObjectName(QStringLiteral("followLinks"));
    m_followLinks->setChecked(AppSettings::followLinksOutside());
    m_followLinks->setToolTip(tr("Off: a link to a file outside the opened folder is listed as an error and not read"));
    form->addRow(QString(), m_followLinks);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::chooseTaxonomyFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Taxonomy File"), m_taxonomy->text(),
                                                      tr("Taxonomy (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_taxonomy->setText(QDir::toNativeSeparators(path));
}

void PreferencesDialog::accept()
{
    AppSettings::setReviewerName(m_reviewer->text());
    m_linksChanged = m_followLinks->isChecked() != AppSettings::followLinksOutside();
    AppSettings::setFollowLinksOutside(m_followLinks->isChecked());
    const QString path = m_taxonomy->text().trimmed().isEmpty() ? TaxonomyFile::defaultPath()
                                                                : QDir::fromNativeSeparators(m_taxonomy->text().trimmed());
    TaxonomyFile::setConfiguredPath(path);
    // Read the file again even when its path is the same: the analyst may
    // have edited it since.
    const QByteArray before = TreatmentTaxonomy::current()->fingerprint();
    const QString error = TaxonomyFile::install(path);
    m_taxonomyChanged = TreatmentTaxonomy::current()->fingerprint() != before;
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Taxonomy File"), error);
    QDialog::accept();
}

} // namespace imr::gui
