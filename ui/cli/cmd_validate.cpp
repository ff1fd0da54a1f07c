// socle-cli validate FILE
#include <filesystem>
#include <iostream>

#include "common/text.h"
#include "frameworks/framework_loader.h"
#include "frameworks/translation_coverage.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {
constexpr const char* kHelp =
    "Usage: socle-cli validate FILE...\n\n"
    "Checks framework files (.xml) and assessments (.socle). Every problem is printed on stderr as\n"
    "FILE:LINE:COLUMN: error: MESSAGE. Exit 0 when every file is valid (warnings\n"
    "allowed), 1 when any has an error, 2 on a usage error. A summary of each\n"
    "valid file (counts and translation coverage) goes to stdout.\n";
}  // namespace

int run_validate(const CommandArgs& raw) {
    const auto opened = open_command("validate", raw, {{"--quiet", false}, {"-q", false}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (args->positional().empty()) return usage_error("validate", "name the file to check");
    const bool quiet = args->has("--quiet") || args->has("-q");

    int exit_code = kOk;
    for (const auto& file : args->positional()) {
        if (file_path(file).extension() == ".socle") {
            const auto loaded = load_assessment_or_report(file);
            if (!loaded) exit_code = kInvalidInput;
            else if (!quiet)
                std::cout << file << ": valid assessment of '" << loaded->framework().id << "' "
                          << loaded->framework().version << ", " << loaded->participants.size() << " participants, "
                          << loaded->responses.size() << " indicators with answers\n";
            continue;
        }
        const auto result = frameworks::load_framework_file(file_path(file));
        print_diagnostics(result.diagnostics);
        if (!result.ok()) {
            exit_code = kInvalidInput;
            continue;
        }
        if (quiet) continue;
        const auto& framework = *result.framework;
        std::cout << file << ": valid framework '" << framework.id << "' " << framework.version << ", "
                  << framework.domains.size() << " domains, " << framework.indicator_count() << " indicators\n";
        for (const auto& language : frameworks::translation_coverage(framework)) {
            std::cout << "  " << language.code << ": " << language.translated << "/" << language.total
                      << " texts translated (" << common::format_number(language.share() * 100.0, 1) << "%)"
                      << (language.status == frameworks::LanguageStatus::Draft ? ", draft" : "") << "\n";
        }
    }
    return exit_code;
}

}  // namespace socle::cli
