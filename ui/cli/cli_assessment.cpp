#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_args.h"

#include <filesystem>
#include <iostream>

#include "assessment/assessment_io.h"
#include "common/path_text.h"
#include "ui/cli/cli_output.h"

namespace socle::cli {

std::optional<assessment::Assessment> load_assessment_or_report(const std::string& file) {
    auto result = assessment::load_assessment_file(file_path(file));
    print_diagnostics(result.diagnostics);
    return std::move(result.assessment);
}

bool output_can_be_created(const std::string& output, bool force) {
    // A folder is not replaced, even with --force: the save would fail with
    // a message about the folder, after "the file already exists".
    if (std::filesystem::is_directory(file_path(output))) {
        std::cerr << output << ":1:1: error: this is a folder; name the file to create inside it, such as "
                  << common::path_to_utf8(file_path(output) / "assessment.socle") << "\n";
        return false;
    }
    if (std::filesystem::exists(file_path(output)) && !force) {
        std::cerr << output << ":1:1: error: the file already exists; choose another name or add --force\n";
        return false;
    }
    return true;
}

}  // namespace socle::cli
