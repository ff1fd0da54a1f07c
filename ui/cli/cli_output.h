#pragma once
// Output helpers shared by the commands.
#include <iostream>

#include "common/diagnostics.h"

namespace socle::cli {

// One "FILE:LINE:COLUMN: severity: MESSAGE" line per problem, on stderr.
inline void print_diagnostics(const common::Diagnostics& diagnostics) {
    for (const auto& item : diagnostics.items()) std::cerr << common::format_diagnostic(item) << "\n";
}

}  // namespace socle::cli
