#pragma once

#include <QDialog>

class QLineEdit;

namespace imr::gui {

// Preferences: the reviewer's name for the audit trail and the exports.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QLineEdit *m_reviewer = nullptr;
};

} // namespace imr::gui
