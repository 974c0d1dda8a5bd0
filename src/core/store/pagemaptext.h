#pragma once

#include "folder/letterformat.h"

#include <QList>
#include <QString>

namespace imr {

// A PDF letter's page map as stores keep it: "page:start:length" per page.
class PageMapText final
{
public:
    static QString write(const QList<PageText> &pages);
    static QList<PageText> read(const QString &text);
};

} // namespace imr
