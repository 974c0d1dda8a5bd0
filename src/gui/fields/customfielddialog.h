#pragma once

#include "extraction/customfields.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace imr {
class CustomFieldPreview;
class LetterLoader;
}

namespace imr::gui {

class CustomFieldPreviewModel;

// Defines the analyst's own fields: a regular expression with a capture
// group, or a list of phrases, in one section of the letter. While a rule
// is edited, a preview runs it over the whole folder in the background
// (matches, misses, commonest values); the rules are saved with the folder.
class CustomFieldDialog final : public QDialog
{
    Q_OBJECT
public:
    CustomFieldDialog(const QList<CustomFieldRule> &rules, std::shared_ptr<const LetterLoader> loader,
                      const QStringList &paths, QWidget *parent = nullptr);
    ~CustomFieldDialog() override;

    QList<CustomFieldRule> rules() const { return m_rules; }
    CustomFieldRule currentRule() const;
    // Why the rules cannot be saved, or empty.
    QString problem() const;
    CustomFieldPreviewModel *previewModel() const { return m_model; }
    // The preview of the current rule: counts so far.
    const CustomFieldPreview *preview() const { return m_preview.get(); }
    bool previewFinished() const;

signals:
    void previewUpdated();

public slots:
    void accept() override;

private:
    struct Run;

    void addRule();
    void removeRule();
    void showRule(int row);
    void ruleEdited();
    void levelChanged();
    void startPreview();
    void stopPreview();
    void drainPreview();

    QList<CustomFieldRule> m_rules;
    int m_current = -1;
    bool m_loading = false; // filling the form: edits are not the analyst's
    std::shared_ptr<const LetterLoader> m_loader;
    QStringList m_paths;
    std::shared_ptr<Run> m_run;
    std::unique_ptr<CustomFieldPreview> m_preview;

    QListWidget *m_list = nullptr;
    QLineEdit *m_column = nullptr;
    QLineEdit *m_label = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_section = nullptr;
    QComboBox *m_mode = nullptr;
    QStackedWidget *m_ruleText = nullptr;
    QLineEdit *m_pattern = nullptr;
    QPlainTextEdit *m_phrases = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_values = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_table = nullptr;
    CustomFieldPreviewModel *m_model = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_drain = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace imr::gui
