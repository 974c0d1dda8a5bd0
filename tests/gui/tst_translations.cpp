// The Spanish translation is compiled in and covers what the window shows.

#include "app/mainwindow.h"

#include <QApplication>
#include <QDirIterator>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void spanishIsCompiledIn();
    void windowSpeaksSpanish();
};

void TestTranslations::spanishIsCompiledIn()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/imr-workbench_es.qm"_s));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), u"es_ES"_s);
    QVERIFY(!translator.translate("imr::FieldSchema", "Date of injury").isEmpty());
    QVERIFY(translator.translate("imr::FieldSchema", "Date of injury") != u"Date of injury"_s);
}

void TestTranslations::windowSpeaksSpanish()
{
    QStandardPaths::setTestModeEnabled(true);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/imr-workbench_es.qm"_s));
    QCoreApplication::installTranslator(&translator);
    imr::gui::MainWindow window;
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), u"&Archivo"_s);
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
