// One simulated analyst on a team store, for bench_team and tst_teamreview:
//   imr_teamanalyst URL ANALYST SEED CONFIRMATIONS LETTERS LEASE_S LOG
// Picks letters at random, sometimes reading a letter's review a moment
// before claiming it (as a window shows a letter before the analyst acts),
// changes one field and saves through ReviewEditor, the window's path. Every
// claim, acknowledged save and surfaced conflict is appended to LOG, after
// the store said so, so a kill -9 never logs what was not acknowledged.
#include "folder/letter.h"
#include "review/revieweditor.h"
#include "store/postgresreviewstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const imr::FieldId kFields[] = {imr::FieldId::CaseNumber, imr::FieldId::Priority, imr::FieldId::PatientAge,
                                imr::FieldId::PatientSex, imr::FieldId::ReviewerSpecialty, imr::FieldId::Diagnoses};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 8) {
        std::fprintf(stderr, "usage: imr_teamanalyst URL ANALYST SEED CONFIRMATIONS LETTERS LEASE_S LOG\n");
        return 2;
    }
    const auto address = imr::StoreAddress::parse(args[1]);
    if (!address) {
        std::fprintf(stderr, "%s\n", qPrintable(address.error()));
        return 2;
    }
    const QString analyst = args[2];
    QRandomGenerator random(args[3].toUInt());
    const int target = args[4].toInt();
    const int letters = args[5].toInt();
    imr::PostgresReviewStore store;
    store.setAnalyst(analyst);
    store.setLeaseSeconds(args[6].toInt());
    // Each analyst is someone else's workspace (one database user for all here).
    if (const imr::Status s = store.open(address.value(), QDir::tempPath() + u"/analyst-"_s + analyst); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 3;
    }
    QFile log(args[7]);
    if (!log.open(QIODevice::Append | QIODevice::Unbuffered))
        return 4;
    const auto write = [&log](const QString &line) { log.write((line + u'\n').toUtf8()); };
    imr::ReviewEditor editor(store, analyst);
    for (int done = 0, seq = 0; done < target; ++seq) {
        const QByteArray hash = u"letter-%1"_s.arg(random.bounded(letters), 4, 10, QChar(u'0')).toLatin1();
        imr::Letter letter;
        letter.relativePath = QString::fromLatin1(hash) + u".txt"_s;
        letter.contentHash = hash;
        const auto stored = store.review(hash);
        if (!stored)
            return 5;
        if (stored.value()) {
            letter.record = stored.value()->record;
            letter.reviewVersion = stored.value()->version;
        }
        if (random.bounded(3) == 0)
            QThread::msleep(random.bounded(20)); // the analyst reads; others may save meanwhile
        const auto claim = store.claim(hash);
        if (!claim)
            return 6;
        if (!claim->mine) {
            write(u"refused %1"_s.arg(QString::fromLatin1(hash)));
            continue;
        }
        write(u"claim %1 %2 %3"_s.arg(QString::fromLatin1(hash)).arg(claim->takenAtMs).arg(claim->expiresAtMs));
        const imr::FieldId field = kFields[random.bounded(int(std::size(kFields)))];
        const QString token = u"%1-%2"_s.arg(analyst).arg(seq);
        for (int attempt = 0; attempt < 2; ++attempt) {
            imr::DeterminationRecord record = letter.record;
            const imr::FieldValue before = record.fields.value(field);
            record.fields[field] = {token, {}, 1.0, {}, {}, imr::ReviewState::Corrected};
            const imr::Status s = editor.apply(letter, record, {-1, u"f%1"_s.arg(int(field)), before.value, token, u"correct"_s});
            if (s) {
                write(u"ack %1 %2 %3"_s.arg(QString::fromLatin1(hash)).arg(int(field)).arg(token));
                ++done;
                break;
            }
            if (s.errorKind() != imr::Error::Kind::Conflict) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error()));
                return 7;
            }
            // Shown to the analyst, who makes the change again on what is stored.
            write(u"conflict %1 %2"_s.arg(QString::fromLatin1(hash)).arg(int(field)));
        }
        // Saving renewed the claim: renewed here too, so the log knows its lease.
        const auto renewed = store.claim(hash);
        if (renewed && renewed->mine)
            write(u"claim %1 %2 %3"_s.arg(QString::fromLatin1(hash)).arg(renewed->takenAtMs).arg(renewed->expiresAtMs));
        if (random.bounded(4) != 0) {
            // Logged before letting go: nobody can hold it before this moment.
            write(u"release %1 %2"_s.arg(QString::fromLatin1(hash)).arg(QDateTime::currentMSecsSinceEpoch()));
            (void)store.release(hash);
        }
    }
    // Closing lets every claim of this analyst go: logged first, as a release.
    write(u"closed %1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
    store.close();
    return 0;
}
