#pragma once

#include "stats/decisionstatistics.h"
#include "stats/ratecomparison.h"
#include "stats/revieweffort.h"
#include "stats/standardtables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace imr::gui {

struct ChartContent;

// The printed report, on white paper: the folder, date, filters and counts
// at the top, then the charts two to a page where they fit, each as vector
// graphics with its numbers in a table beside it; every page ends with a
// footer (folder, filters, date) and "Page N of M". Paints on any paged
// device: the print preview's printer or a PDF file.
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(imr::gui::ReportRenderer)
public:
    struct Info
    {
        QString folder;
        ChartFilter filter;
        QDateTime when; // invalid: now
        int minGroupSize = 30; // rows with fewer items are greyed
        std::optional<StandardTableSet> tables; // the published analyses' tables
        std::optional<EffortSummary> effort;    // review effort charts
        QList<ComparisonRow> comparison;        // empty: no comparison
        QString firstName;                      // of the compared sets
        QString secondName;
    };

    // A table of its own or beside a chart: rows may be greyed (too few
    // items), and a note goes under it.
    struct TableSection
    {
        QString title;
        QStringList header;
        QList<QStringList> rows;
        QList<bool> grey;
        QString note;
    };

    // Where each chart goes: its page and its part of the page.
    struct Placement
    {
        int chart = 0;
        int page = 0;
        QRectF area;
    };

    static void render(QPagedPaintDevice &device, const DecisionSummary &summary, const Info &info);
    // Returns an error message, empty on success.
    static QString writePdf(const QString &path, const DecisionSummary &summary, const Info &info);
    static QString filterText(const ChartFilter &filter);
    // The tables after the charts: standard tables, then the comparison.
    static QList<TableSection> tableSections(const Info &info);
    static TableSection tableOf(const ChartContent &content);

private:
    static QList<Placement> plan(const QList<ChartContent> &charts, const QPaintDevice &device, const QRectF &body,
                                 qreal titleHeight);
    static qreal titleHeight(const QPaintDevice &device);
    static void drawTitle(QPainter &painter, const QRectF &area, const DecisionSummary &summary, const Info &info);
    static void drawSection(QPainter &painter, const ChartContent &content, const QRectF &area);
    static void drawChart(QPainter &painter, const ChartContent &content, const QRectF &area);
    static void drawTable(QPainter &painter, const TableSection &table, const QRectF &area);
    static qreal tableHeight(const QPaintDevice &device, const TableSection &table);
    static void drawFooter(QPainter &painter, const QRectF &area, const Info &info, int page, int pages);
};

} // namespace imr::gui
