// libFuzzer target: the analyst's taxonomy file. Any bytes either make a
// valid taxonomy or are refused with a message (the built-in taxonomy then
// stays in use); a taxonomy that loads classifies requests into categories
// it knows, with the deciding words inside the request.

#include "extraction/treatmenttaxonomy.h"

#include "fuzzcheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using imr::fuzz::fail;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const imr::TreatmentTaxonomy taxonomy = imr::TreatmentTaxonomy::withUserJson(json, u"fuzz.json"_s, &error);
    if (!error.isEmpty() && !taxonomy.userFile().isEmpty())
        fail("an invalid file was put to use");
    const QStringList categories = taxonomy.categories();
    static const QStringList requests{
        u"Physical therapy 2 x 6 for the lumbar spine"_s,
        u"Norco 10/325 mg #90"_s,
        u"MRI of the right knee without contrast"_s,
        u"Functional restoration program, 160 hours"_s,
        u""_s,
        u"((((((((((aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"_s,
    };
    for (const QString &request : requests) {
        const imr::TreatmentClass c = taxonomy.classify(request);
        if (!categories.contains(c.category))
            fail("a category the taxonomy does not list");
        if (c.match.start < 0 || c.match.length < 0 || c.match.end() > request.size())
            fail("the deciding words lie outside the request");
    }
    return 0;
}
