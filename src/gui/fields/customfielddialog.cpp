#include "customfielddialog.h"

#include "customfieldpreviewmodel.h"
#include "extraction/customfieldpreview.h"
#include "folder/letterloader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace imr::gui {

// One preview pass over the folder: read on the thread pool, a block at a
// time, and handed to the dialog as it goes. Cancelled when the rule changes.
struct CustomFieldDialog::Run
{
    std::atomic_bool cancelled{false};
    std::atomic_int done{0};
    std::atomic_bool finished{false};
    QMutex mutex;
    QList<std::pair<QList<PreviewRow>, bool>> pending; // rows of a letter, and whether it was read
    QFuture<void> future;
};

CustomFieldDialog::CustomFieldDialog(const QList<CustomFieldRule> &rules, std::shared_ptr<const LetterLoader> loader,
                                     const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_rules(rules)
    , m_loader(std::move(loader))
    , m_paths(paths)
    , m_list(new QListWidget(this))
    , m_column(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_section(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_ruleText(new QStackedWidget(this))
    , m_pattern(new QLineEdit(this))
    , m_phrases(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_values(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_model(new CustomFieldPreviewModel(this))
    , m_debounce(new QTimer(this))
    , m_drain(new QTimer(this))
{
    setWindowTitle(tr("Analyst Fields"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list->setAccessibleName(tr("Analyst fields"));
    left->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);
    top->addLayout(left, 1);

    auto *form = new QFormLayout;
    m_column->setPlaceholderText(u"sessions_requested"_s);
    m_label->setPlaceholderText(tr("Sessions requested"));
    m_level->addItem(tr("Each disputed item"), int(CustomFieldRule::Level::Item));
    m_level->addItem(tr("The letter"), int(CustomFieldRule::Level::Letter));
    m_mode->addItem(tr("The capture group of a regular expression"), int(CustomFieldRule::Mode::Pattern));
    m_mode->addItem(tr("The phrases of a list that it holds"), int(CustomFieldRule::Mode::Phrases));
    m_pattern->setPlaceholderText(u"\\b(\\d+)\\s+sessions"_s);
    m_phrases->setPlaceholderText(tr("One phrase per line"));
    m_phrases->setTabChangesFocus(true);
    // The pattern's line stays a line at the top, however tall the phrases' page.
    auto *patternPage = new QWidget(this);
    auto *patternLayout = new QVBoxLayout(patternPage);
    patternLayout->setContentsMargins(0, 0, 0, 0);
    patternLayout->addWidget(m_pattern);
    patternLayout->addStretch();
    m_ruleText->addWidget(patternPage);
    m_ruleText->addWidget(m_phrases);
    m_ruleText->setMaximumHeight(100);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #c0392b"_s);
    form->addRow(tr("&Column name:"), m_column);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Value of:"), m_level);
    form->addRow(tr("&Look in:"), m_section);
    form->addRow(tr("&Take:"), m_mode);
    form->addRow(tr("&Rule:"), m_ruleText);
    form->addRow(QString(), m_problem);
    top->addLayout(form, 2);
    layout->addLayout(top);

    m_counts->setAccessibleName(tr("Preview counts"));
    m_values->setAccessibleName(tr("Commonest values"));
    m_values->setWordWrap(true);
    layout->addWidget(m_counts);
    layout->addWidget(m_values);
    layout->addWidget(m_progress);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Preview"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(220);
    layout->addWidget(m_table, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);
    resize(900, 640);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400); // the preview follows typing, not each key
    m_drain->setInterval(100);
    connect(m_debounce, &QTimer::timeout, this, &CustomFieldDialog::startPreview);
    connect(m_drain, &QTimer::timeout, this, &CustomFieldDialog::drainPreview);
    connect(add, &QPushButton::clicked, this, &CustomFieldDialog::addRule);
    connect(m_remove, &QPushButton::clicked, this, &CustomFieldDialog::removeRule);
    connect(m_list, &QListWidget::currentRowChanged, this, &CustomFieldDialog::showRule);
    for (QLineEdit *e : {m_column, m_label, m_pattern})
        connect(e, &QLineEdit::textEdited, this, &CustomFieldDialog::ruleEdited);
    connect(m_phrases, &QPlainTextEdit::textChanged, this, &CustomFieldDialog::ruleEdited);
    connect(m_level, &QComboBox::currentIndexChanged, this, &CustomFieldDialog::levelChanged);
    connect(m_section, &QComboBox::currentIndexChanged, this, &CustomFieldDialog::ruleEdited);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_ruleText->setCurrentIndex(i);
        ruleEdited();
    });
    connect(box, &QDialogButtonBox::accepted, this, &CustomFieldDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const CustomFieldRule &r : std::as_const(m_rules))
        m_list->addItem(r.label);
    if (m_rules.isEmpty())
        addRule();
    else
        m_list->setCurrentRow(0);
}

CustomFieldDialog::~CustomFieldDialog()
{
    stopPreview();
}

CustomFieldRule CustomFieldDialog::currentRule() const
{
    return m_current >= 0 ? m_rules.value(m_current) : CustomFieldRule{};
}

QString CustomFieldDialog::problem() const
{
    const auto fields = CustomFields::of(m_rules);
    return fields ? QString() : fields.error();
}

bool CustomFieldDialog::previewFinished() const
{
    return m_run && m_run->finished && !m_drain->isActive();
}

void CustomFieldDialog::addRule()
{
    CustomFieldRule r;
    r.column = u"field_%1"_s.arg(m_rules.size() + 1);
    r.label = tr("Field %1").arg(m_rules.size() + 1);
    r.level = CustomFieldRule::Level::Item;
    r.section = CustomFieldRule::Section::ItemRequest;
    r.pattern = u"(\\d+)\\s+sessions"_s;
    m_rules << r;
    m_list->addItem(r.label);
    m_list->setCurrentRow(int(m_rules.size() - 1));
}

void CustomFieldDialog::removeRule()
{
    const int row = m_current;
    if (row < 0)
        return;
    m_current = -1;
    m_rules.removeAt(row);
    delete m_list->takeItem(row);
    if (m_rules.isEmpty()) {
        stopPreview();
        m_model->clear();
        m_counts->clear();
        m_values->clear();
        m_problem->clear();
    }
    m_remove->setEnabled(!m_rules.isEmpty());
}

void CustomFieldDialog::showRule(int row)
{
    m_current = row;
    m_remove->setEnabled(row >= 0);
    if (row < 0)
        return;
    const CustomFieldRule &r = m_rules[row];
    m_loading = true;
    m_column->setText(r.column);
    m_label->setText(r.label);
    m_level->setCurrentIndex(m_level->findData(int(r.level)));
    levelChanged();
    m_section->setCurrentIndex(m_section->findData(int(r.section)));
    m_mode->setCurrentIndex(m_mode->findData(int(r.mode)));
    m_ruleText->setCurrentIndex(m_mode->currentIndex());
    m_pattern->setText(r.pattern);
    m_phrases->setPlainText(r.phrases.join(u'\n'));
    m_loading = false;
    ruleEdited();
}

void CustomFieldDialog::levelChanged()
{
    const auto level = CustomFieldRule::Level(m_level->currentData().toInt());
    const QSignalBlocker block(m_section);
    m_section->clear();
    for (CustomFieldRule::Section s : CustomFieldRule::sections(level))
        m_section->addItem(CustomFieldRule::sectionName(s), int(s));
    ruleEdited();
}

void CustomFieldDialog::ruleEdited()
{
    if (m_loading || m_current < 0)
        return;
    CustomFieldRule &r = m_rules[m_current];
    r.column = m_column->text().trimmed();
    r.label = m_label->text().trimmed();
    r.level = CustomFieldRule::Level(m_level->currentData().toInt());
    r.section = CustomFieldRule::Section(m_section->currentData().toInt());
    r.mode = CustomFieldRule::Mode(m_mode->currentData().toInt());
    r.pattern = m_pattern->text();
    r.phrases.clear();
    for (const QString &line : m_phrases->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            r.phrases << line.trimmed();
    }
    m_list->item(m_current)->setText(r.label.isEmpty() ? r.column : r.label);
    const QString why = r.problem();
    m_problem->setText(why);
    stopPreview();
    if (why.isEmpty())
        m_debounce->start();
}

void CustomFieldDialog::stopPreview()
{
    m_debounce->stop();
    m_drain->stop();
    if (m_run) {
        m_run->cancelled = true;
        m_run->future.waitForFinished(); // at most one block
        m_run.reset();
    }
}

void CustomFieldDialog::startPreview()
{
    stopPreview();
    const CustomFieldRule rule = currentRule();
    if (!rule.problem().isEmpty() || !m_loader)
        return;
    m_preview = std::make_unique<CustomFieldPreview>(rule);
    m_model->clear();
    m_progress->setRange(0, int(m_paths.size()));
    m_progress->setValue(0);
    auto run = std::make_shared<Run>();
    m_run = run;
    // The preview object is only read by the workers (rowsOf is const):
    // counts are kept on this thread, in drainPreview().
    const CustomFieldPreview *preview = m_preview.get();
    const std::shared_ptr<const LetterLoader> loader = m_loader;
    const QStringList paths = m_paths;
    run->future = QtConcurrent::run([run, preview, loader, paths] {
        constexpr qsizetype kBlock = 64;
        for (qsizetype first = 0; first < paths.size() && !run->cancelled; first += kBlock) {
            const auto block = QtConcurrent::blockingMapped(paths.mid(first, kBlock), [&](const QString &path) {
                const Letter letter = loader->load(path);
                return std::pair{preview->rowsOf(letter), letter.ok()};
            });
            QMutexLocker lock(&run->mutex);
            run->pending += block;
            run->done += int(block.size());
        }
        run->finished = true;
    });
    m_drain->start();
}

void CustomFieldDialog::drainPreview()
{
    if (!m_run || !m_preview)
        return;
    QList<std::pair<QList<PreviewRow>, bool>> taken;
    {
        QMutexLocker lock(&m_run->mutex);
        taken.swap(m_run->pending);
    }
    QList<PreviewRow> rows;
    for (const auto &[letterRows, read] : std::as_const(taken)) {
        m_preview->add(letterRows, read);
        rows += letterRows;
    }
    m_model->append(rows);
    m_progress->setValue(m_run->done);
    m_counts->setText(m_preview->countsText());
    QStringList values;
    for (const auto &[value, count] : m_preview->topValues(8))
        values << tr("%1 (%2)").arg(value).arg(count);
    m_values->setText(values.isEmpty() ? tr("No value taken yet.") : tr("Commonest: %1").arg(values.join(u", "_s)));
    if (m_run->finished && taken.isEmpty())
        m_drain->stop();
    emit previewUpdated();
}

void CustomFieldDialog::accept()
{
    if (const QString why = problem(); !why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    stopPreview();
    QDialog::accept();
}

} // namespace imr::gui
