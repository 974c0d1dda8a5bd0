#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QRadioButton;

namespace imr::gui {

// Where to write an export (the reviewed CSV or the provenance JSON Lines),
// and which letters go in it.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    // fileFilter: the save dialog's filter, e.g. "CSV files (*.csv)".
    // canDeidentify: offer the de-identified form (the reviewed CSV only).
    ExportDialog(const QString &title, const QString &suggestedPath, const QString &fileFilter,
                 QWidget *parent = nullptr, bool canDeidentify = false);
    QString path() const;
    bool reviewedOnly() const;
    bool deidentify() const;

private:
    void browse();

    QString m_fileFilter;
    QLineEdit *m_path = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_reviewed = nullptr;
    QCheckBox *m_deidentify = nullptr;
};

} // namespace imr::gui
