// libFuzzer target: the PDF helper protocol against a hostile or crashing
// helper. Each input is what a helper answers: the client runs a real helper
// process that plays it back as one line, then crashes (exits without
// ending the line) or goes on, as the first byte says. Whatever the helper does, the
// client must come back with a letter whose page map lies inside its text, or
// with an error, and the next file must be read by a working helper.

#include "folder/pdfworkerclient.h"
#include "folder/pdfworkerprotocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "fuzzcheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using imr::fuzz::fail;

namespace {

void checkContent(const imr::LetterContent &c)
{
    if (!c.error.isEmpty()) {
        if (!c.text.isEmpty() || !c.pages.isEmpty())
            fail("an error that carries a letter");
        return;
    }
    qsizetype end = 0;
    for (const imr::PageText &p : c.pages) {
        if (p.page < 0 || p.start < end || p.length < 0 || p.start + p.length > c.text.size())
            fail("a page outside the text");
        end = p.start + p.length;
    }
    if (c.contentHash.size() != 64)
        fail("a letter without its hash");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_pdfhelper";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static const QString answerFile = dir.filePath(u"answer"_s);
    // The helper answers "good" requests with a valid letter and every other
    // request with the fuzzer's bytes, as the mode in the answer file says.
    static const QString script = uR"(good='{"text":"Case Number: CM16-0000000","hash":"%1","error":"","warning":"","pages":[[0,0,25]]}'
while read -r p; do
  case "$p" in
    *good*) printf '%s\n' "$good" ;;
    *) mode=$(head -c 1 "$1"); tail -c +2 "$1"
       case "$mode" in c) exit 139 ;; *) printf '\n' ;; esac ;;
  esac
done)"_s.arg(QString(64, u'e'));
    static imr::PdfWorkerClient client(u"/bin/sh"_s, {u"-c"_s, script, u"helper"_s, answerFile}, 2000);

    if (size == 0)
        return 0;
    const char modes[] = {'c', 'n'};
    QFile file(answerFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail("cannot write the answer file");
    file.putChar(modes[data[0] % 2]);
    // One answer per request: line breaks inside it would be answers to
    // requests not yet made.
    file.write(QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)).replace('\n', ' '));
    file.close();

    checkContent(client.read(u"/letters/fuzzed.pdf"_s));
    const imr::LetterContent next = client.read(u"/letters/good.pdf"_s);
    checkContent(next);
    if (!next.error.isEmpty() || next.text != u"Case Number: CM16-0000000"_s)
        fail("the file after a hostile answer was not read");
    // The protocol's decoder on its own, for inputs the shell cannot carry.
    if (const auto decoded = imr::PdfWorkerProtocol::decodeAnswer(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))))
        checkContent(*decoded);
    return 0;
}
