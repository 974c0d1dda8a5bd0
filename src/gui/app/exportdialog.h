#pragma once

#include <QDialog>

class QLineEdit;
class QRadioButton;

namespace imr::gui {

// Where to write the reviewed CSV, and which letters go in it.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QString &suggestedPath, QWidget *parent = nullptr);
    QString path() const;
    bool reviewedOnly() const;

private:
    void browse();

    QLineEdit *m_path = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_reviewed = nullptr;
};

} // namespace imr::gui
