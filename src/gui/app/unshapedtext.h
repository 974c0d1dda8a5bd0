#pragma once

class QWidget;

namespace imr::gui {

// Lets Qt skip text shaping in a widget where the script does not need it.
// The letters are English: in Latin script shaping only adds kerning and
// ligatures, yet it was most of a letter switch (the lists shape every
// visible cell on each repaint, the document every line it lays out). Qt
// still shapes any text whose script needs it.
void preferUnshapedText(QWidget *widget);

} // namespace imr::gui
