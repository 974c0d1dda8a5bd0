#include "reportrenderer.h"

#include "chartbuilder.h"
#include "comparisonmodel.h"

#include <QChart>
#include <QFile>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace imr::gui {
namespace {

// Sizes in points (1/72 inch), whatever the device's resolution.
qreal pt(const QPaintDevice &device, qreal points)
{
    return points * device.logicalDpiY() / 72.0;
}

QFont sized(const QPainter &painter, qreal points, bool bold = false)
{
    QFont font = painter.font();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

constexpr qreal kTableFont = 8;   // points
constexpr qreal kTableRow = 11.5; // points
constexpr qreal kSectionTitle = 11;
constexpr qreal kFooterHeight = 24;
constexpr qreal kGap = 14;

QString percent(double rate)
{
    return QString::number(qRound(rate * 100));
}

QString days(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

// Lines a table needs: the header (two lines, long column names wrap, and
// the rule under them), one line per row, and its note.
qreal ReportRenderer::tableHeight(const QPaintDevice &d, const TableSection &t)
{
    return pt(d, kTableRow) * (2.5 + std::max<qsizetype>(t.rows.size(), 1) + (t.note.isEmpty() ? 0 : 2.5));
}

ReportRenderer::TableSection ReportRenderer::tableOf(const ChartContent &content)
{
    TableSection t;
    t.title = content.title;
    if (!content.values.isEmpty() || content.rows.isEmpty()) {
        t.header = QStringList{tr("Label"), tr("Value")};
        for (const BarValue &v : content.values) {
            t.rows << QStringList{v.label, v.text};
            t.grey << false;
        }
        return t;
    }
    if (content.kind == ChartContent::Kind::Progress) {
        t.header = QStringList{tr("Status"), tr("Letters")};
        for (const Tally &r : content.rows) {
            t.rows << QStringList{r.label, QString::number(r.upheld)};
            t.grey << false;
        }
        return t;
    }
    // n is the count behind every rate, and the interval how far to trust it.
    t.header = QStringList{tr("Label"), tr("Upheld"), tr("Overturned"), tr("n"), tr("Overturned %"), tr("95% CI")};
    for (const Tally &r : content.rows) {
        t.rows << QStringList{r.label,
                              QString::number(r.upheld),
                              QString::number(r.overturned),
                              QString::number(r.total()),
                              percent(r.overturnRate()),
                              r.total() ? ChartBuilder::intervalText(r.overturnInterval()) : QString()};
        t.grey << content.isSmall(r);
    }
    t.note = content.smallGroupNote();
    return t;
}

QList<ReportRenderer::TableSection> ReportRenderer::tableSections(const Info &info)
{
    QList<TableSection> sections;
    const QString greyNote = tr("Grey: fewer than %n items, too few for a reliable rate.", nullptr, info.minGroupSize);
    const auto shareTable = [&](const QString &title, const QString &labelHeader, const QList<Tally> &rows, int whole) {
        TableSection t;
        t.title = title;
        t.header = QStringList{labelHeader, tr("Items"), tr("Share %"), tr("Upheld %"), tr("95% CI")};
        for (const Tally &r : rows) {
            t.rows << QStringList{r.label, QString::number(r.total()),
                                  whole ? percent(double(r.total()) / whole) : QString(), percent(r.upholdRate()),
                                  ChartBuilder::intervalText(r.upholdInterval())};
            t.grey << (r.total() < info.minGroupSize);
        }
        if (t.grey.contains(true))
            t.note = greyNote;
        return t;
    };
    if (info.tables) {
        const StandardTableSet &s = *info.tables;
        sections << shareTable(tr("Disputed services by category: share and uphold rate (%n items)", nullptr, s.items),
                               tr("Category"), s.categories, s.items);
        sections << shareTable(tr("Pharmaceuticals by drug group (%n items)", nullptr, s.pharmaceuticalItems),
                               tr("Drug group"), s.drugGroups, s.pharmaceuticalItems);
        TableSection turnaround;
        turnaround.title = tr("Days to decision by priority");
        turnaround.header = QStringList{tr("Measure"), tr("Priority"), tr("Letters"), tr("Median"), tr("90th percentile"),
                                  tr("Limit (days)"), tr("Over limit")};
        for (const TurnaroundRow &r : s.turnaround) {
            turnaround.rows << QStringList{StandardTables::measureName(r.measure), r.priority, QString::number(r.letters),
                                     days(r.median), days(r.p90),
                                     r.limitDays ? QString::number(r.limitDays) : QString(),
                                     r.limitDays ? QString::number(r.overLimit) : QString()};
            turnaround.grey << (r.letters < info.minGroupSize);
        }
        turnaround.note = tr("Limits: Labor Code §4610.6(d), %1 days for a standard review and %2 for an expedited one, "
                       "from receipt of the request and its records. %n letter(s) lacked these dates.",
                       nullptr, s.lettersWithoutDates)
                        .arg(StandardTables::kStandardLimitDays)
                        .arg(StandardTables::kExpeditedLimitDays);
        sections << turnaround;
        TableSection months;
        months.title = tr("Letters and items per month of decision");
        months.header = QStringList{tr("Month"), tr("Letters"), tr("Items")};
        for (const MonthVolume &m : s.months) {
            months.rows << QStringList{m.month, QString::number(m.letters), QString::number(m.items)};
            months.grey << false;
        }
        sections << months;
    }
    if (!info.comparison.isEmpty()) {
        TableSection c;
        c.title = tr("Overturn rates compared: %1 against %2").arg(info.firstName, info.secondName);
        c.header = QStringList{tr("Group"), tr("Label"), info.firstName, info.secondName, tr("Difference"), tr("p"),
                               tr("Test")};
        for (const ComparisonRow &r : info.comparison) {
            const bool tested = r.test.method != ProportionComparison::Method::None;
            c.rows << QStringList{RateComparison::groupName(r.group), RateComparison::displayLabel(r),
                                  ComparisonModel::rateCell(r.overturned1, r.total1),
                                  ComparisonModel::rateCell(r.overturned2, r.total2),
                                  tested ? QString::number(r.test.difference * 100, 'f', 1) : u"–"_s,
                                  ComparisonModel::pValueText(r.test), ProportionTest::methodName(r.test.method)};
            c.grey << (r.total1 < info.minGroupSize || r.total2 < info.minGroupSize);
        }
        c.note = tr("Difference: percentage points, second minus first. Fisher's exact test where a 2×2 table has "
                    "an expected count under 5, else the two-proportion z test; two-sided p. ")
                 + greyNote;
        sections << c;
    }
    return sections;
}

QString ReportRenderer::filterText(const ChartFilter &f)
{
    QStringList parts;
    parts << (f.reviewedOnly ? tr("reviewed letters only") : tr("all letters"));
    if (f.from.isValid() || f.to.isValid())
        parts << tr("decided %1 to %2").arg(f.from.isValid() ? f.from.toString(Qt::ISODate) : tr("any date"),
                                           f.to.isValid() ? f.to.toString(Qt::ISODate) : tr("any date"));
    parts << (f.categories.isEmpty() ? tr("all categories") : f.categories.join(u", "_s));
    return parts.join(u"; "_s);
}

qreal ReportRenderer::titleHeight(const QPaintDevice &d)
{
    return pt(d, 32 + 5 * 14 + 10);
}

// Two sections to a page, each half of what the page has below its top (the
// title on the first page); a section whose table needs more than half of
// it gets the page to itself.
QList<ReportRenderer::Placement> ReportRenderer::plan(const QList<ChartContent> &charts, const QPaintDevice &d,
                                                      const QRectF &body, qreal title)
{
    QList<Placement> placements;
    const qreal gap = pt(d, kGap);
    int page = 0;
    int onPage = 0; // sections on the page so far; 2: full
    qreal pageTop = body.top() + title;
    for (int i = 0; i < charts.size(); ++i) {
        const qreal needed = std::max(pt(d, 150), tableHeight(d, tableOf(charts[i]))) + pt(d, kSectionTitle + 10);
        qreal half = (body.bottom() - pageTop - gap) / 2;
        if (onPage == 2 || (onPage == 1 && needed > half)) {
            ++page;
            onPage = 0;
            pageTop = body.top();
            half = (body.bottom() - pageTop - gap) / 2;
        }
        if (onPage == 0 && needed > half) {
            placements << Placement{i, page, QRectF(body.left(), pageTop, body.width(), body.bottom() - pageTop)};
            onPage = 2;
            continue;
        }
        placements << Placement{i, page, QRectF(body.left(), pageTop + onPage * (half + gap), body.width(), half)};
        ++onPage;
    }
    return placements;
}

void ReportRenderer::render(QPagedPaintDevice &device, const DecisionSummary &summary, const Info &info)
{
    QPainter painter(&device);
    const QRectF page = QRectF(QPointF(0, 0), QSizeF(painter.viewport().size()));
    const QRectF footer(page.left(), page.bottom() - pt(device, kFooterHeight), page.width(), pt(device, kFooterHeight));
    const QRectF body(page.left(), page.top(), page.width(), footer.top() - pt(device, 6));
    QList<ChartContent> charts = ChartBuilder::contents(summary, {}, info.minGroupSize);
    if (info.effort)
        charts += ChartBuilder::effortContents(*info.effort);
    const QList<Placement> placements = plan(charts, device, body, titleHeight(device));
    int pages = placements.isEmpty() ? 1 : placements.last().page + 1;
    {
        // Table pages, laid out as below, so every footer has the right total.
        qreal y = body.bottom();
        for (const TableSection &t : tableSections(info)) {
            const qreal needed = std::min(body.height(), tableHeight(device, t) + pt(device, kSectionTitle + 10));
            if (y + needed > body.bottom()) {
                ++pages;
                y = body.top();
            }
            y += needed + pt(device, kGap);
        }
    }
    drawTitle(painter, body, summary, info);
    int current = 0;
    for (const Placement &p : placements) {
        if (p.page != current) {
            drawFooter(painter, footer, info, current, pages);
            device.newPage();
            current = p.page;
        }
        drawSection(painter, charts[p.chart], p.area);
    }
    // The tables, one under the other on pages of their own, full width.
    const QList<TableSection> tables = tableSections(info);
    qreal y = body.bottom(); // a new page first
    for (const TableSection &t : tables) {
        const qreal needed = std::min(body.height(), tableHeight(device, t) + pt(device, kSectionTitle + 10));
        if (y + needed > body.bottom()) {
            drawFooter(painter, footer, info, current, pages);
            device.newPage();
            ++current;
            y = body.top();
        }
        const QRectF area(body.left(), y, body.width(), needed);
        painter.setFont(sized(painter, kSectionTitle, true));
        painter.setPen(Qt::black);
        const QRectF titleRect(area.left(), area.top(), area.width(), pt(device, kSectionTitle + 6));
        painter.drawText(titleRect, Qt::AlignLeft | Qt::TextSingleLine,
                         QFontMetricsF(painter.font(), painter.device()).elidedText(t.title, Qt::ElideRight, area.width()));
        drawTable(painter, t,
                  QRectF(area.left(), titleRect.bottom() + pt(device, 4), area.width(),
                         area.bottom() - titleRect.bottom() - pt(device, 4)));
        y += needed + pt(device, kGap);
    }
    drawFooter(painter, footer, info, current, pages);
}

void ReportRenderer::drawTitle(QPainter &painter, const QRectF &area, const DecisionSummary &s, const Info &info)
{
    const QPaintDevice &d = *painter.device();
    qreal y = area.top();
    painter.setFont(sized(painter, 18, true));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), y, area.width(), pt(d, 28)), Qt::AlignLeft, tr("IMR decisions report"));
    y += pt(d, 32);
    painter.setFont(sized(painter, 10));
    QStringList lines{
        tr("Folder: %1").arg(info.folder),
        tr("Date: %1").arg((info.when.isValid() ? info.when : QDateTime::currentDateTime()).toString(u"yyyy-MM-dd HH:mm"_s)),
        tr("Filters: %1").arg(filterText(info.filter)),
        tr("Letters: %1 reviewed of %2 (%3 in the report), %4 decided items")
            .arg(s.progress.value(LetterStatus::Reviewed)).arg(s.letters).arg(s.lettersInScope).arg(s.items),
    };
    if (s.duplicatesLeftOut > 0)
        lines << tr("Duplicates: %n file(s) of cases held by another file are counted once.", nullptr,
                    s.duplicatesLeftOut);
    const QFontMetricsF metrics(painter.font(), painter.device());
    for (const QString &line : lines) {
        painter.drawText(QRectF(area.left(), y, area.width(), pt(d, 14)), Qt::AlignLeft,
                         metrics.elidedText(line, Qt::ElideMiddle, area.width()));
        y += pt(d, 14);
    }
}

// The section's title across its width, the chart on the left, the table
// of its numbers beside it.
void ReportRenderer::drawSection(QPainter &painter, const ChartContent &content, const QRectF &area)
{
    const QPaintDevice &d = *painter.device();
    painter.setFont(sized(painter, kSectionTitle, true));
    painter.setPen(Qt::black);
    const QRectF titleRect(area.left(), area.top(), area.width(), pt(d, kSectionTitle + 6));
    painter.drawText(titleRect, Qt::AlignLeft | Qt::TextSingleLine,
                     QFontMetricsF(painter.font(), painter.device()).elidedText(content.title, Qt::ElideRight, area.width()));
    const QRectF rest(area.left(), titleRect.bottom() + pt(d, 4), area.width(), area.bottom() - titleRect.bottom() - pt(d, 4));
    const qreal tableWidth = rest.width() * 0.5;
    drawChart(painter, content, QRectF(rest.left(), rest.top(), rest.width() - tableWidth - pt(d, 10), rest.height()));
    drawTable(painter, tableOf(content), QRectF(rest.right() - tableWidth, rest.top(), tableWidth, rest.height()));
}

void ReportRenderer::drawChart(QPainter &painter, const ChartContent &content, const QRectF &area)
{
    if (!content.emptyText.isEmpty()) {
        painter.setFont(sized(painter, 10));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, content.emptyText);
        return;
    }
    // Through a scene, so the chart reaches a PDF as vector graphics. The
    // scene is sized so the chart's own fonts come out at about 7 points on
    // paper; the title is the section's, above.
    QGraphicsScene scene;
    QChart *chart = ChartBuilder::chart(content, QPalette(), true);
    chart->setTitle({});
    // Printed text comes out a little wider than measured on screen: a
    // left margin keeps the longest category label on the paper.
    chart->setMargins(QMargins(40, 4, 8, 4));
    scene.addItem(chart);
    const qreal logicalPerInch = 140;
    const qreal dpi = painter.device()->logicalDpiX();
    const QSizeF size(area.width() / dpi * logicalPerInch, area.height() / dpi * logicalPerInch);
    chart->resize(size);
    scene.render(&painter, area, QRectF(QPointF(0, 0), size));
}

void ReportRenderer::drawTable(QPainter &painter, const TableSection &table, const QRectF &full)
{
    const QPaintDevice &d = *painter.device();
    const QStringList &header = table.header;
    const QList<QStringList> &rows = table.rows;
    // The note takes the bottom of the area.
    const qreal noteHeight = table.note.isEmpty() ? 0 : pt(d, kTableRow) * 2.5;
    const QRectF area(full.left(), full.top(), full.width(), full.height() - noteHeight);
    const QFont bold = sized(painter, kTableFont, true);
    const QFont plain = sized(painter, kTableFont);
    const QFontMetricsF boldMetrics(bold, painter.device());
    const QFontMetricsF plainMetrics(plain, painter.device());
    // Number columns as wide as their widest cell (a header may take two
    // lines); the label column takes the rest.
    const qreal pad = pt(d, 10);
    QList<qreal> widths(header.size(), 0);
    for (int c = 1; c < header.size(); ++c) {
        qreal w = 0;
        for (const QString &word : header[c].split(u' '))
            w = std::max(w, boldMetrics.horizontalAdvance(word));
        for (const QStringList &r : rows)
            w = std::max(w, plainMetrics.horizontalAdvance(r[c]));
        widths[c] = w + pad;
    }
    qreal numbers = 0;
    for (int c = 1; c < header.size(); ++c)
        numbers += widths[c];
    widths[0] = std::max(area.width() - numbers, area.width() * 0.3);
    const qreal line = pt(d, kTableRow);
    const auto cell = [&](int column, qreal y, qreal height) {
        qreal x = area.left();
        for (int c = 0; c < column; ++c)
            x += widths[c];
        return QRectF(x, y, widths[column] - (column == 0 ? pad : 0), height);
    };
    qreal y = area.top();
    painter.setPen(Qt::black);
    painter.setFont(bold);
    for (int c = 0; c < header.size(); ++c)
        painter.drawText(cell(c, y, 2 * line), (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom | Qt::TextWordWrap,
                         header[c]);
    y += 2 * line;
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    y += pt(d, 2);
    painter.setFont(plain);
    // A long label wraps rather than being cut; rows that do not fit say so.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &r = rows[i];
        const QRectF wrapped = plainMetrics.boundingRect(QRectF(0, 0, widths[0] - pad, 10 * line), Qt::TextWordWrap, r[0]);
        const qreal height = std::max(line, std::ceil(wrapped.height() / plainMetrics.lineSpacing()) * line);
        if (y + height + (i + 1 < rows.size() ? line : 0) > area.bottom() + 0.5) {
            painter.drawText(cell(0, y, line), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("… and %n more", nullptr, int(rows.size() - i)));
            break;
        }
        // Too few items to read the rate from: grey, as in the charts.
        painter.setPen(table.grey.value(i) ? QColor(0x8a, 0x8a, 0x8a) : QColor(Qt::black));
        for (int c = 0; c < r.size(); ++c)
            painter.drawText(cell(c, y, height), (c == 0 ? Qt::AlignLeft | Qt::TextWordWrap : Qt::AlignRight) | Qt::AlignTop, r[c]);
        y += height;
    }
    painter.setPen(Qt::black);
    if (!table.note.isEmpty()) {
        painter.setFont(sized(painter, kTableFont - 0.5));
        painter.drawText(QRectF(full.left(), std::min(y, area.bottom()) + pt(d, 3), full.width(), noteHeight),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, table.note);
    }
}

void ReportRenderer::drawFooter(QPainter &painter, const QRectF &area, const Info &info, int page, int pages)
{
    const QPaintDevice &d = *painter.device();
    painter.setPen(QPen(Qt::gray, pt(d, 0.5)));
    painter.drawLine(area.topLeft(), area.topRight());
    painter.setPen(Qt::black);
    painter.setFont(sized(painter, 7.5));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const QString number = tr("Page %1 of %2").arg(page + 1).arg(pages);
    const qreal numberWidth = metrics.horizontalAdvance(number) + pt(d, 12);
    const QString when = (info.when.isValid() ? info.when : QDateTime::currentDateTime()).toString(u"yyyy-MM-dd HH:mm"_s);
    const QRectF text(area.left(), area.top() + pt(d, 3), area.width() - numberWidth, area.height() - pt(d, 3));
    const QString folder = metrics.elidedText(tr("Folder: %1").arg(info.folder), Qt::ElideMiddle, text.width());
    const QString rest = metrics.elidedText(tr("Filters: %1 · %2").arg(filterText(info.filter), when), Qt::ElideRight, text.width());
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, folder + u'\n' + rest);
    painter.drawText(QRectF(area.right() - numberWidth, text.top(), numberWidth, text.height()), Qt::AlignRight | Qt::AlignTop,
                     number);
}

QString ReportRenderer::writePdf(const QString &path, const DecisionSummary &summary, const Info &info)
{
    // Through QSaveFile, as the exports: a report that cannot be finished
    // (a full disk) leaves the earlier one as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("IMR decisions report"));
        writer.setCreator(u"IMR Workbench"_s);
        render(writer, summary, info);
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // health information
    return {};
}

} // namespace imr::gui
