#pragma once

namespace imr::pdf {

// The helper's side of PdfWorkerClient (`imr-workbench --pdf-worker`):
// answers one line per request line on stdin, reading PDFs in process.
class PdfWorkerServer final
{
public:
    static int serve();
};

} // namespace imr::pdf
