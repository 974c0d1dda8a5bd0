#include "app/unshapedtext.h"

#include <QFont>
#include <QWidget>

namespace imr::gui {

void preferUnshapedText(QWidget *widget)
{
    // Only the strategy is marked as set: the widget still follows its
    // parent's and the application's font.
    QFont font = widget->font();
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    widget->setFont(font);
}

} // namespace imr::gui
