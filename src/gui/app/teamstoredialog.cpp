#include "teamstoredialog.h"

#include "store/storeaddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace imr::gui {

TeamStoreDialog::TeamStoreDialog(const QString &currentUrl, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
{
    setWindowTitle(tr("Connect to Team Store"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder"));
    m_user->setPlaceholderText(tr("your login name"));
    // Every mode an address may hold is listed, so reopening the dialog never
    // weakens what was chosen; an empty mode leaves it to libpq (PGSSLMODE).
    for (const auto &[mode, label] : {std::pair{u"prefer"_s, tr("Prefer encryption (TLS)")},
                                      std::pair{u"require"_s, tr("Require encryption")},
                                      std::pair{u"verify-ca"_s, tr("Require encryption and a trusted certificate")},
                                      std::pair{u"verify-full"_s, tr("Require encryption and a verified server")},
                                      std::pair{QString(), tr("As the system sets it (PGSSLMODE)")},
                                      std::pair{u"allow"_s, tr("Encryption only if the server asks")},
                                      std::pair{u"disable"_s, tr("No encryption")}})
        m_sslMode->addItem(label, mode);
    if (const auto address = StoreAddress::parse(currentUrl); address.ok()) {
        m_host->setText(address->host);
        m_port->setValue(address->port);
        m_database->setText(address->database);
        m_user->setText(address->user);
        m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(address->sslMode)));
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Security:"), m_sslMode);
    auto *note = new QLabel(tr("The password is read from the PGPASSWORD variable or ~/.pgpass, never stored here. "
                               "Letters stay on this computer; reviews, claims and the audit trail are the team's."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    QPushButton *own = buttons->addButton(tr("Use the &Folder's Own Store"), QDialogButtonBox::ResetRole);
    own->setEnabled(!currentUrl.isEmpty());
    connect(own, &QPushButton::clicked, this, [this] {
        m_useOwnStore = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_host->text().trimmed().isEmpty()
                                                          && !m_database->text().trimmed().isEmpty());
    };
    connect(m_host, &QLineEdit::textChanged, this, update);
    connect(m_database, &QLineEdit::textChanged, this, update);
    update();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString TeamStoreDialog::url() const
{
    if (m_useOwnStore)
        return {};
    StoreAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_sslMode->currentData().toString();
    return address.toUrl();
}

} // namespace imr::gui
