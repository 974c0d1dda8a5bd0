#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace imr::gui {

// Preferences: the reviewer's name for the audit trail and the exports, and
// the analyst's own taxonomy file.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

    // After accept(): whether the taxonomy in use changed (its rules or its
    // file), so the folder must be extracted again.
    bool taxonomyChanged() const { return m_taxonomyChanged; }
    bool linksChanged() const { return m_linksChanged; }

private:
    void chooseTaxonomyFile();

    QLineEdit *m_reviewer = nullptr;
    QLineEdit *m_taxonomy = nullptr;
    bool m_taxonomyChanged = false;
    QCheckBox *m_followLinks = nullptr;
    bool m_linksChanged = false;
};

} // namespace imr::gui
