#pragma once
// Checks that need the whole framework read first: prerequisites and
// relevance conditions that name unknown ids, and cycles among prerequisites.
#include <string>

#include "common/diagnostics.h"
#include "common/line_index.h"
#include "frameworks/framework.h"

namespace socle::frameworks::detail {

void check_cross_references(const Framework& framework, const std::string& file, const common::LineIndex& lines,
                            common::Diagnostics& diagnostics);

}  // namespace socle::frameworks::detail
