// Several analysts on one team store: 8 analyst processes make 10,000
// confirmations on 1,000 letters, overlapping at random, while analysts are
// killed with SIGKILL and started again. Then every acknowledged change is
// looked for in the store.
//   bench_team [--analysts N] [--confirmations N] [--letters N] [--kill-every-ms N]
// Prints lost_updates, double_claims, conflicts_surfaced, confirmations_per_s.
#include "postgresserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include "store/recordjson.h"

#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

struct Interval
{
    qint64 from;
    qint64 to;
    int log;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int analysts = option(args, u"--analysts"_s, 8);
    const int target = option(args, u"--confirmations"_s, 10000);
    const int letters = option(args, u"--letters"_s, 1000);
    const int killEveryMs = option(args, u"--kill-every-ms"_s, 400);
    constexpr int kLeaseSeconds = 2; // a killed analyst's letters come free quickly

    imr::test::PostgresServer server;
    if (const QString why = server.start(); !why.isEmpty()) {
        std::fprintf(stderr, "bench_team: %s\n", qPrintable(why));
        return 1;
    }
    if (const QString why = server.createDatabase(u"team"_s); !why.isEmpty()) {
        std::fprintf(stderr, "bench_team: %s\n", qPrintable(why));
        return 1;
    }
    const QString url = server.address(u"team"_s).toUrl();
    QTemporaryDir logs;
    logs.setAutoRemove(!qEnvironmentVariableIsSet("IMR_BENCH_KEEP_LOGS"));
    QStringList logFiles;
    std::vector<std::unique_ptr<QProcess>> running(analysts);
    std::vector<int> acked(analysts, 0); // from finished incarnations' logs
    QRandomGenerator random(20261202);
    const auto countAcks = [](const QString &path) {
        QFile f(path);
        int n = 0;
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray &line : f.readAll().split('\n'))
                n += line.startsWith("ack ");
        return n;
    };
    std::vector<QString> currentLog(analysts);
    const auto startAnalyst = [&](int i) {
        const int quota = target / analysts - acked[i];
        if (quota <= 0)
            return;
        currentLog[i] = logs.path() + u"/analyst%1-%2.log"_s.arg(i).arg(logFiles.size());
        logFiles << currentLog[i];
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(IMR_TEAMANALYST),
                 {url, u"analyst%1.%2"_s.arg(i).arg(logFiles.size()), QString::number(random.generate()), QString::number(quota),
                  QString::number(letters), QString::number(kLeaseSeconds), currentLog[i]});
        running[i] = std::move(p);
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < analysts; ++i)
        startAnalyst(i);
    int kills = 0;
    int failures = 0;
    QElapsedTimer sinceKill;
    sinceKill.start();
    for (;;) {
        bool anyRunning = false;
        for (int i = 0; i < analysts; ++i) {
            QProcess *p = running[i].get();
            if (!p)
                continue;
            if (p->state() != QProcess::NotRunning) {
                anyRunning = true;
                continue;
            }
            if (p->exitStatus() == QProcess::NormalExit && p->exitCode() != 0)
                ++failures;
            acked[i] += countAcks(currentLog[i]);
            running[i].reset();
            startAnalyst(i); // a crashed analyst starts again with what is left
            anyRunning = anyRunning || running[i];
        }
        if (!anyRunning)
            break;
        if (sinceKill.elapsed() >= killEveryMs) {
            sinceKill.restart();
            QProcess *victim = running[random.bounded(analysts)].get();
            if (victim && victim->state() == QProcess::Running) {
                victim->kill(); // SIGKILL: no release, no goodbye
                victim->waitForFinished();
                ++kills;
            }
        }
        QThread::msleep(10);
        QCoreApplication::processEvents(); // QProcess learns of exits from the event loop
    }
    const double seconds = clock.elapsed() / 1000.0;

    // What the analysts were told was saved, and what they held when.
    QHash<QString, QString> ackedTokens; // token -> "hash field"
    int conflicts = 0;
    std::map<QString, std::vector<Interval>> claims;
    for (int logIndex = 0; logIndex < logFiles.size(); ++logIndex) {
        QFile f(logFiles[logIndex]);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        // The intervals of this log's claims not yet let go, per letter.
        std::map<QString, std::vector<size_t>> open;
        const auto letGo = [&claims](std::vector<size_t> &held, const QString &hash, qint64 at) {
            for (size_t i : held)
                claims[hash][i].to = std::min(claims[hash][i].to, at);
            held.clear();
        };
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QStringList w = QString::fromUtf8(raw).split(u' ');
            if (w[0] == u"ack"_s && w.size() == 4)
                ackedTokens.insert(w[3], w[1] + u' ' + w[2]);
            else if (w[0] == u"conflict"_s)
                ++conflicts;
            else if (w[0] == u"claim"_s && w.size() == 4) {
                claims[w[1]].push_back({w[2].toLongLong(), w[3].toLongLong(), logIndex});
                open[w[1]].push_back(claims[w[1]].size() - 1);
            } else if (w[0] == u"release"_s && w.size() == 3) {
                letGo(open[w[1]], w[1], w[2].toLongLong());
            } else if (w[0] == u"closed"_s && w.size() == 2) {
                for (auto &[hash, held] : open)
                    letGo(held, hash, w[1].toLongLong());
            }
        }
    }
    int doubleClaims = 0;
    for (auto &[hash, intervals] : claims) {
        std::sort(intervals.begin(), intervals.end(), [](const Interval &a, const Interval &b) { return a.from < b.from; });
        qint64 reach = 0;
        int reachLog = -1;
        for (const Interval &iv : intervals) {
            if (iv.to <= iv.from)
                continue; // let go within the millisecond it was renewed: held for no time
            if (reachLog >= 0 && iv.log != reachLog && iv.from < reach) {
                ++doubleClaims;
                std::fprintf(stderr, "double claim of %s: log %d until %lld, log %d from %lld\n", qPrintable(hash),
                             reachLog, reach, iv.log, iv.from);
            }
            if (iv.to > reach || iv.log == reachLog) {
                reach = std::max(reach, iv.to);
                reachLog = iv.log;
            }
        }
    }

    // Every acknowledged change must be in the audit trail, and every field
    // must hold the last change audited for it.
    int lost = 0;
    int confirmationsStored = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"check"_s);
        server.address(u"team"_s).applyTo(db);
        if (!db.open()) {
            std::fprintf(stderr, "bench_team: cannot check the store\n");
            return 1;
        }
        QSqlQuery q(db);
        q.exec(u"SELECT new_value FROM audit"_s);
        QSet<QString> audited;
        while (q.next())
            audited.insert(q.value(0).toString());
        confirmationsStored = int(audited.size());
        for (auto it = ackedTokens.cbegin(); it != ackedTokens.cend(); ++it)
            lost += !audited.contains(it.key());
        q.exec(u"SELECT DISTINCT ON (a.content_hash, a.field) a.content_hash, a.field, a.new_value, r.record"
               " FROM audit a JOIN reviews r USING (content_hash) ORDER BY a.content_hash, a.field, a.id DESC"_s);
        while (q.next()) {
            const auto record = imr::RecordJson::read(q.value(3).toByteArray());
            const imr::FieldId field = imr::FieldId(q.value(1).toString().mid(1).toInt());
            if (!record || record->fields.value(field).value != q.value(2).toString())
                ++lost;
        }
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    std::printf("analysts %d\n", analysts);
    std::printf("letters %d\n", letters);
    std::printf("confirmations %lld\n", qlonglong(ackedTokens.size()));
    std::printf("kills %d\n", kills);
    std::printf("analyst_failures %d\n", failures);
    std::printf("lost_updates %d\n", lost);
    std::printf("double_claims %d\n", doubleClaims);
    std::printf("conflicts_surfaced %d\n", conflicts);
    std::printf("confirmations_per_s %.0f\n", ackedTokens.size() / seconds);
    std::printf("elapsed_s %.1f\n", seconds);
    Q_UNUSED(confirmationsStored);
    return lost == 0 && doubleClaims == 0 && failures == 0 ? 0 : 1;
}
