#include "syntaxrepository.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace imr::gui {

KSyntaxHighlighting::Repository &SyntaxRepository::instance()
{
    static KSyntaxHighlighting::Repository *repository = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        // Definitions are looked up in <path>/syntax: here :/imr/syntax.
        r->addCustomSearchPath(u":/imr"_s);
        return r;
    }();
    return *repository;
}

KSyntaxHighlighting::Definition SyntaxRepository::letterDefinition()
{
    return instance().definitionForName(u"IMR Letter"_s);
}

KSyntaxHighlighting::Theme SyntaxRepository::themeFor(const QPalette &palette)
{
    return instance().themeForPalette(palette);
}

} // namespace imr::gui
