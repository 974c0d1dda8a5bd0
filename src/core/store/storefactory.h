#pragma once

#include "result.h"
#include "store/reviewstore.h"

#include <QCoreApplication>

#include <memory>

namespace imr {

// Opens the review store a folder is reviewed in: the analyst's SQLite file
// beside the letters, or, given a postgresql:// address, the team's server.
class StoreFactory final
{
    Q_DECLARE_TR_FUNCTIONS(imr::StoreFactory)
public:
    // createIfMissing=false (headless jobs): a folder without a SQLite store
    // gives a null store and no error; a team store must always open.
    static Result<std::unique_ptr<ReviewStore>> open(const QString &folder, const QString &teamStoreUrl,
                                                     bool createIfMissing, const QString &analyst = {});
};

} // namespace imr
