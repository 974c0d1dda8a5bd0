#include "pdffixtures.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace pdffixtures {
namespace {

constexpr int kLinesPerPage = 50;

QList<QStringList> pagesOf(const QString &text)
{
    QList<QStringList> pages{{}};
    for (const QString &line : text.split(u'\n')) {
        QString rest = line;
        while (rest.startsWith(u'\f') || pages.last().size() >= kLinesPerPage) {
            if (rest.startsWith(u'\f'))
                rest.remove(0, 1);
            pages.append(QStringList());
        }
        pages.last() << rest;
    }
    return pages;
}

} // namespace

bool writeLetterPdf(const QString &text, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(54, 54, 54, 54), QPageLayout::Point);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(10);
    painter.setFont(font);
    const QList<QStringList> pages = pagesOf(text);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        int y = 12;
        for (const QString &line : pages[p]) {
            painter.drawText(0, y, line);
            y += 13;
        }
    }
    return painter.end();
}

bool writeImageOnlyPdf(const QString &text, const QString &path)
{
    QImage scan(612, 792, QImage::Format_RGB32);
    scan.fill(Qt::white);
    {
        QPainter p(&scan);
        p.setPen(Qt::black);
        int y = 20;
        for (const QString &line : text.split(u'\n').mid(0, 50)) {
            p.drawText(30, y, line);
            y += 13;
        }
    }
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.drawImage(QPoint(0, 0), scan);
    return painter.end();
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace pdffixtures
