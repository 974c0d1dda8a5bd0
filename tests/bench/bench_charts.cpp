// Charts at scale: aggregating 100,000 items (target < 200 ms) and switching
// a filter with the tab re-rendering (target < 300 ms). Prints the figures.

#include "charts/chartspage.h"
#include "stats/decisionstatistics.h"
#include "folder/letterloader.h"
#include "folder/letterloader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const imr::LetterLoader loader(QStringLiteral(IMR_EXAMPLES));
    const QList<imr::Letter> samples = loader.loadAll();
    QList<imr::Letter> letters;
    qsizetype items = 0;
    for (int i = 0; items < 100000; ++i) {
        imr::Letter l = samples[i % samples.size()];
        l.text.clear(); // only the records matter here
        // Spread the decision dates over two years so the time chart has bars.
        l.record.fields[imr::FieldId::DecisionDate].value = QDate(2016, 1, 1).addDays(i % 730).toString(Qt::ISODate);
        items += l.record.items.size();
        letters << l;
    }
    QElapsedTimer t;
    t.start();
    const imr::DecisionSummary s = imr::DecisionStatistics::compute(letters);
    out << u"aggregate %1 items of %2 letters: %3 ms"_s.arg(s.items).arg(letters.size()).arg(t.nsecsElapsed() / 1e6, 0, 'f', 1)
        << Qt::endl;

    imr::gui::ChartsPage page;
    page.resize(1280, 900);
    page.show();
    page.setLetters(letters);
    QCoreApplication::processEvents();
    const QList<imr::ChartFilter> filters{
        {false, {}, {}, {u"Pharmaceuticals"_s}, {}, {}},
        {false, QDate(2016, 6, 1), QDate(2016, 12, 31), {}, {}, {}},
        {false, {}, {}, {u"Diagnostic Testing"_s, u"Rehabilitation"_s}, {}, {}},
        {},
    };
    double worst = 0;
    for (const imr::ChartFilter &f : filters) {
        t.restart();
        page.setFilter(f);
        QCoreApplication::processEvents();
        page.repaint();
        const double ms = t.nsecsElapsed() / 1e6;
        worst = std::max(worst, ms);
        out << u"filter switch to %1 items: %2 ms"_s.arg(page.summary().items).arg(ms, 0, 'f', 1) << Qt::endl;
    }
    out << u"worst filter switch: %1 ms"_s.arg(worst, 0, 'f', 1) << Qt::endl;
    return 0;
}
