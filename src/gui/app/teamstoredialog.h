#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace imr::gui {

// File > Connect to Team Store…: where the team's PostgreSQL server is.
// There is no password field on purpose: libpq takes it from PGPASSWORD or
// ~/.pgpass, so it is never kept in the settings.
class TeamStoreDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TeamStoreDialog(const QString &currentUrl, QWidget *parent = nullptr);

    // The address chosen; empty when the folder's own store was chosen.
    QString url() const;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    bool m_useOwnStore = false;
};

} // namespace imr::gui
