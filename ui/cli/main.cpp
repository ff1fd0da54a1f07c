// socle-cli: the command-line front-end. Thin by design: parse the
// arguments, make one core call, print the result. Exit codes: 0 success,
// 1 invalid input (one "FILE:LINE:COLUMN: error: MESSAGE" line per problem on
// stderr), 2 usage error, 3 unexpected failure (I/O, internal error).
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/version.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/commands.h"
#include "ui/cli/console.h"

namespace {

struct Command {
    std::string_view name;
    std::string_view summary;
    int (*run)(const socle::cli::CommandArgs&);
};

constexpr Command kCommands[] = {
    {"frameworks", "list the frameworks Socle can see (built-in and user folder)", socle::cli::run_frameworks},
    {"validate", "check a framework file and report every problem with its line", socle::cli::run_validate},
    {"show", "print a framework as readable text for review", socle::cli::run_show},
    {"new", "create an assessment of a framework", socle::cli::run_new},
    {"xlsform", "write a survey form (XLSForm) for scoring beforehand in KoboToolbox or ODK", socle::cli::run_xlsform},
    {"sheets", "write printable vote sheets (docx) and the CSV template to type them in", socle::cli::run_sheets},
    {"import-votes", "add votes typed in from paper, or a KoboToolbox or ODK export (CSV)", socle::cli::run_import_votes},
    {"evidence", "record the documents the team has seen and the indicators they support", socle::cli::run_evidence},
    {"score", "score an assessment (table, json or csv)", socle::cli::run_score},
    {"roadmap", "plan the steps from current levels to targets, in phases", socle::cli::run_roadmap},
    {"export", "write the workbook (xlsx) or the CSV tables of an assessment", socle::cli::run_export},
    {"report", "write the editable Word report (docx, or pdf through LibreOffice)", socle::cli::run_report},
    {"compare", "compare assessments side by side (peers) or over time (rounds)", socle::cli::run_compare},
    {"anonymise", "write a copy without names, notes or evidence texts, to share", socle::cli::run_anonymise},
    {"migrate", "move an assessment to a newer framework version through its crosswalk", socle::cli::run_migrate},
    {"merge", "merge two offline copies of an assessment (three-way, conflicts listed)", socle::cli::run_merge},
    {"systems", "import, export or analyse the system map (order, hubs, impact; DOT)", socle::cli::run_systems},
    {"room", "let the room vote from their phones on the local network (room serve)", socle::cli::run_room},
    {"practices", "good-practice cases per indicator and country (and validate a library)",
     socle::cli::run_practices},
    {"training", "training cases: a team's file of a fictional country, checked against the key",
     socle::cli::run_training},
    {"translate", "export a framework's texts for translators (PO) and merge them back", socle::cli::run_translate},
};

void print_help() {
    std::cout << "Usage: socle-cli COMMAND [OPTIONS]\n\n"
                 "Socle diagnoses the digital maturity of social protection systems.\n\nCommands:\n";
    for (const auto& command : kCommands) {
        std::cout << "  " << command.name << std::string(14 - command.name.size(), ' ') << command.summary << "\n";
    }
    std::cout << "\nRun 'socle-cli COMMAND --help' for a command's options.\n"
                 "Exit codes: 0 success, 1 invalid input, 2 usage error, 3 unexpected failure.\n";
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    socle::cli::set_up_console();
    const std::vector<std::string> arguments = socle::cli::utf8_arguments(argc, argv);
    if (arguments.empty()) {
        print_help();
        return socle::cli::kUsage;
    }
    const std::string_view name = arguments.front();
    if (name == "--help" || name == "-h" || name == "help") {
        print_help();
        return socle::cli::kOk;
    }
    if (name == "--version") {
        std::cout << "socle-cli " << socle::common::kVersion << "\n";
        return socle::cli::kOk;
    }
    const socle::cli::CommandArgs args(arguments.begin() + 1, arguments.end());
    for (const auto& command : kCommands) {
        if (command.name != name) continue;
        try {
            return command.run(args);
        } catch (const socle::common::UnwritablePathError& error) {
            // A folder given for a file, a read-only file: input to correct.
            std::cerr << "socle-cli " << name << ": error: " << error.what() << "\n";
            return socle::cli::kInvalidInput;
        } catch (const socle::common::Error& error) {
            std::cerr << "socle-cli " << name << ": error: " << error.what() << "\n";
            return socle::cli::kFailure;
        } catch (const std::exception& error) {
            std::cerr << "socle-cli " << name << ": internal error: " << error.what()
                      << "\nPlease report this with the command you ran.\n";
            return socle::cli::kFailure;
        }
    }
    std::cerr << "socle-cli: unknown command '" << name << "'. Run 'socle-cli --help' for the list.\n";
    return socle::cli::kUsage;
}
