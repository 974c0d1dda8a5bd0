#pragma once

#include "stats/decisionstatistics.h"

#include <QDateTime>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace imr::gui {

struct ChartContent;

// The printed report: a title page with the folder, date, filters and
// counts, then every chart as vector graphics with its numbers in a table
// below it, on white paper. Paints on any paged device: the print preview's
// printer or a PDF file.
class ReportRenderer final
{
public:
    struct Info
    {
        QString folder;
        ChartFilter filter;
        QDateTime when; // invalid: now
    };

    static void render(QPagedPaintDevice &device, const DecisionSummary &summary, const Info &info);
    // Returns an error message, empty on success.
    static QString writePdf(const QString &path, const DecisionSummary &summary, const Info &info);
    static QString filterText(const ChartFilter &filter);

private:
    static void drawTitle(QPainter &painter, const QRectF &area, const DecisionSummary &summary, const Info &info, qreal *y);
    static void drawChart(QPainter &painter, const ChartContent &content, const QRectF &area);
    static void drawTable(QPainter &painter, const ChartContent &content, const QRectF &area);
};

} // namespace imr::gui
