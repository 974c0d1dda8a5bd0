// makeletterpdf LETTER.txt OUT.pdf: lays a text letter out as a PDF, for the
// scripted tests that need a PDF letter outside the test executables.
#include "pdffixtures.h"

#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: makeletterpdf LETTER.txt OUT.pdf\n";
        return 2;
    }
    const QString text = pdffixtures::readText(args.at(1));
    return !text.isEmpty() && pdffixtures::writeLetterPdf(text, args.at(2)) ? 0 : 1;
}
