#include "pdfworkerserver.h"

#include "folder/pdfworkerprotocol.h"
#include "pdfletterformat.h"

#include <cstdio>
#include <iostream>
#include <string>

namespace imr::pdf {

int PdfWorkerServer::serve()
{
    const PdfLetterFormat format; // in-process: this is the helper
    std::string line;
    while (std::getline(std::cin, line)) {
        LetterContent content;
        if (const auto path = PdfWorkerProtocol::decodeRequest(QByteArray::fromStdString(line)))
            content = format.read(*path);
        else
            content.error = PdfLetterFormat::tr("The PDF reader was sent an unreadable request.");
        const QByteArray answer = PdfWorkerProtocol::encodeAnswer(content);
        std::fwrite(answer.constData(), 1, size_t(answer.size()), stdout);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace imr::pdf
