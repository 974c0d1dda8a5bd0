#include "reportrenderer.h"

#include "chartbuilder.h"

#include <QChart>
#include <QCoreApplication>
#include <QFile>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace imr::gui {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("imr::gui::ReportRenderer", s);
}

// Sizes in points (1/72 inch), whatever the device's resolution.
qreal pt(const QPaintDevice &device, qreal points)
{
    return points * device.logicalDpiY() / 72.0;
}

} // namespace

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

void ReportRenderer::render(QPagedPaintDevice &device, const DecisionSummary &summary, const Info &info)
{
    QPainter painter(&device);
    const QRectF page = QRectF(QPointF(0, 0), QSizeF(painter.viewport().size()));
    const QList<ChartContent> charts = ChartBuilder::contents(summary);
    qreal y = 0;
    drawTitle(painter, page, summary, info, &y);
    for (qsizetype i = 0; i < charts.size(); ++i) {
        if (i > 0) {
            device.newPage();
            y = 0;
        }
        const qreal chartHeight = page.height() * (i == 0 ? 0.45 : 0.55);
        drawChart(painter, charts[i], QRectF(0, y, page.width(), chartHeight));
        drawTable(painter, charts[i], QRectF(0, y + chartHeight + pt(device, 10), page.width(),
                                            page.bottom() - y - chartHeight - pt(device, 10)));
    }
}

void ReportRenderer::drawTitle(QPainter &painter, const QRectF &area, const DecisionSummary &s, const Info &info, qreal *y)
{
    const QPaintDevice &d = *painter.device();
    QFont title = painter.font();
    title.setPointSizeF(18);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), *y, area.width(), pt(d, 28)), Qt::AlignLeft, tr("IMR decisions report"));
    *y += pt(d, 32);
    QFont body = painter.font();
    body.setPointSizeF(10);
    body.setBold(false);
    painter.setFont(body);
    const QStringList lines{
        tr("Folder: %1").arg(info.folder),
        tr("Date: %1").arg((info.when.isValid() ? info.when : QDateTime::currentDateTime()).toString(u"yyyy-MM-dd HH:mm"_s)),
        tr("Filters: %1").arg(filterText(info.filter)),
        tr("Letters: %1 reviewed of %2 (%3 in the report), %4 decided items")
            .arg(s.progress.value(LetterStatus::Reviewed)).arg(s.letters).arg(s.lettersInScope).arg(s.items),
    };
    for (const QString &line : lines) {
        painter.drawText(QRectF(area.left(), *y, area.width(), pt(d, 14)), Qt::AlignLeft, line);
        *y += pt(d, 14);
    }
    *y += pt(d, 10);
}

void ReportRenderer::drawChart(QPainter &painter, const ChartContent &content, const QRectF &area)
{
    if (!content.emptyText.isEmpty()) {
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, content.title + u"\n\n"_s + content.emptyText);
        return;
    }
    // Through a scene, so the chart reaches a PDF as vector graphics.
    QGraphicsScene scene;
    QChart *chart = ChartBuilder::chart(content, QPalette(), true);
    scene.addItem(chart);
    const QSizeF size(800, 800 * area.height() / area.width());
    chart->resize(size);
    scene.render(&painter, area, QRectF(QPointF(0, 0), size));
}

void ReportRenderer::drawTable(QPainter &painter, const ChartContent &content, const QRectF &area)
{
    const QPaintDevice &d = *painter.device();
    QFont font = painter.font();
    font.setPointSizeF(9);
    painter.setFont(font);
    const bool progress = content.kind == ChartContent::Kind::Progress;
    const QStringList header = progress ? QStringList{tr("Status"), tr("Letters")}
                                        : QStringList{tr("Label"), tr("Upheld"), tr("Overturned"), tr("Total"), tr("Overturned %")};
    const qreal row = pt(d, 13);
    const qreal first = area.width() * (progress ? 0.6 : 0.4);
    const qreal other = (area.width() - first) / (header.size() - 1);
    const auto cellRect = [&](int column, qreal y) {
        return column == 0 ? QRectF(area.left(), y, first, row) : QRectF(area.left() + first + (column - 1) * other, y, other, row);
    };
    qreal y = area.top();
    font.setBold(true);
    painter.setFont(font);
    for (int c = 0; c < header.size(); ++c)
        painter.drawText(cellRect(c, y), c == 0 ? Qt::AlignLeft : Qt::AlignRight, header[c]);
    font.setBold(false);
    painter.setFont(font);
    y += row;
    for (const Tally &t : content.rows) {
        if (y + row > area.bottom())
            break;
        QStringList cells{t.label};
        if (progress)
            cells << QString::number(t.upheld);
        else
            cells << QString::number(t.upheld) << QString::number(t.overturned) << QString::number(t.total())
                  << QString::number(qRound(t.overturnRate() * 100));
        for (int c = 0; c < cells.size(); ++c)
            painter.drawText(cellRect(c, y), (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::TextSingleLine, cells[c]);
        y += row;
    }
}

QString ReportRenderer::writePdf(const QString &path, const DecisionSummary &summary, const Info &info)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, probe.errorString());
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("IMR decisions report"));
    writer.setCreator(u"IMR Workbench"_s);
    render(writer, summary, info);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // health information
    return {};
}

} // namespace imr::gui
