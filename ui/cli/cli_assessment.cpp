#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_args.h"

#include "assessment/assessment_io.h"
#include "ui/cli/cli_output.h"

namespace socle::cli {

std::optional<assessment::Assessment> load_assessment_or_report(const std::string& file) {
    auto result = assessment::load_assessment_file(file_path(file));
    print_diagnostics(result.diagnostics);
    return std::move(result.assessment);
}

}  // namespace socle::cli
