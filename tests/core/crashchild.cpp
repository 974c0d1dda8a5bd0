// Helper of tst_crashsafety: reviews one letter in an endless loop and
// reports every change the store acknowledged, until it is killed.
//   imr_crashchild FOLDER LETTER START

#include "folder/letterloader.h"
#include "review/revieweditor.h"
#include "store/sqlitereviewstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    imr::SqliteReviewStore store;
    // Why it stops goes to stderr: the test shows it when the writer ends
    // before it is killed.
    if (const imr::Status s = store.openForFolder(args[1]); !s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.error()));
        return 3;
    }
    if (!store.readOnlyReason().isEmpty()) {
        std::fprintf(stderr, "read-only: %s\n", qPrintable(store.readOnlyReason()));
        return 3;
    }
    imr::LetterLoader loader(args[1]);
    loader.setStore(&store);
    imr::Letter letter = loader.load(args[2]);
    imr::ReviewEditor editor(store, u"crash test"_s);
    // The kill is timed from here: a slow start must not eat the rounds.
    std::printf("ready\n");
    std::fflush(stdout);
    for (int seq = args[3].toInt();; ++seq) {
        imr::DeterminationRecord r = letter.record;
        const QString value = u"CM00-%1"_s.arg(seq, 7, 10, QChar(u'0'));
        // Alternate a correction with a confirmation of another field.
        r.fields[imr::FieldId::CaseNumber].value = value;
        r.fields[imr::FieldId::CaseNumber].state = imr::ReviewState::Corrected;
        r.fields[imr::FieldId::Priority].state = seq % 2 ? imr::ReviewState::Confirmed : imr::ReviewState::Extracted;
        if (const imr::Status s = editor.apply(letter, r, {-1, u"case_number"_s, QString(), value, u"correct"_s}); !s) {
            std::fprintf(stderr, "save %d: %s\n", seq, qPrintable(s.error()));
            return 4;
        }
        std::printf("committed %d %s\n", seq, qPrintable(value));
        std::fflush(stdout);
    }
}
