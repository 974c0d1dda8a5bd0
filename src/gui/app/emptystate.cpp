#include "emptystate.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace imr::gui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Open a folder of letters"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("IMR determination letters, as published PDFs or as extracted text, from a dozen to a "
                               "year's worth. Every PDF and text file below the folder is listed."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // Wrapped at a reading width, and as tall as that makes it (a centred
    // widget in a box layout gets its size hint, not its height for width).
    text->setFixedWidth(text->fontMetrics().averageCharWidth() * 64);
    text->setMinimumHeight(text->heightForWidth(text->width()));
    auto *open = new QPushButton(tr("&Open Folder…"), this);
    open->setDefault(true);
    m_samples = new QPushButton(tr("Open the &Sample Letters"), this);
    for (QWidget *w : QList<QWidget *>{title, text, open, m_samples})
        layout->addWidget(w, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    title->setAccessibleName(tr("No folder open"));
    connect(open, &QPushButton::clicked, this, &EmptyState::openFolderRequested);
    connect(m_samples, &QPushButton::clicked, this, &EmptyState::openSamplesRequested);
}

void EmptyState::setSamplesAvailable(bool available)
{
    m_samples->setVisible(available);
}

} // namespace imr::gui
