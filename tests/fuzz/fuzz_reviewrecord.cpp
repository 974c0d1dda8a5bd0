// libFuzzer target: the review store's records. Any bytes stored as a
// review (a damaged file, a hand edit, a hostile server) either read as
// nothing, which the store reports as an unreadable review, or as a record
// that is safe to use: spans and confidences in range, a write and read back
// giving the same record, and every consumer of a record (review status,
// both exports) running without a finding.

#include "export/provenancejsonwriter.h"
#include "export/reviewedcsvwriter.h"
#include "folder/letter.h"
#include "review/reviewstatus.h"
#include "store/recordjson.h"

#include "fuzzcheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using imr::fuzz::fail;

namespace {

void checkValue(const imr::FieldValue &v)
{
    if (!(v.confidence >= 0 && v.confidence <= 1))
        fail("confidence out of range");
    for (const imr::TextSpan &s : v.spans) {
        if (s.start < 0 || s.length < 0 || s.start > imr::LetterFormat::kMaxFileSize
            || s.length > imr::LetterFormat::kMaxFileSize)
            fail("span out of range");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<imr::DeterminationRecord> record = imr::RecordJson::read(json);
    if (!record)
        return 0;
    for (const imr::FieldValue &v : record->fields)
        checkValue(v);
    for (const imr::DisputedItem &item : record->items) {
        for (const imr::FieldValue &v : item.fields)
            checkValue(v);
    }
    const std::optional<imr::DeterminationRecord> again = imr::RecordJson::read(imr::RecordJson::write(*record));
    if (!again || *again != *record)
        fail("write and read back differ");

    imr::Letter letter;
    letter.relativePath = u"fuzz.txt"_s;
    letter.text = u"Case Number: CM16-0000000\nA short letter the spans may or may not fit.\n"_s;
    letter.record = *record;
    (void)imr::ReviewStatus::of(letter);
    (void)imr::ReviewedCsvWriter::rowBytes(letter);
    (void)imr::ProvenanceJsonWriter::lineBytes(letter);
    return 0;
}
