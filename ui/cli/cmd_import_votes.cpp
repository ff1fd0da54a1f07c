// socle-cli import-votes FILE.socle VOTES.csv
#include <iostream>

#include "assessment/assessment_io.h"
#include "assessment/field_submissions_csv.h"
#include "assessment/votes_csv.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "common/path_text.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {
constexpr const char* kHelp =
    "Usage: socle-cli import-votes FILE.socle VOTES.csv\n\n"
    "Adds votes typed in from paper or a survey form. VOTES.csv is UTF-8 with a\n"
    "header row: indicator,participant,vote and optionally target,confidence,\n"
    "evidence,note,agreed,rationale,link. vote may be empty on a row that only\n"
    "records agreed, target or evidence. vote and agreed are a level (1..5), na or unknown;\n"
    "confidence is self_reported, documented or verified. Participants are matched\n"
    "by id or name; new names are added as participants. Two different votes of\n"
    "one participant for one indicator are an error; an identical repeated row, or\n"
    "a vote that replaces one already in the file, is a warning. Every bad row is\n"
    "reported with its line, and the file is changed only when every row is valid\n"
    "(the previous version is kept as FILE.socle.bak).\n\n"
    "A CSV without an indicator column is read as the submissions of the form of\n"
    "socle-cli xlsform, exported by KoboToolbox or ODK Central (XML values and\n"
    "headers; headers plain or group-prefixed, separated by , or ;; metadata\n"
    "columns such as _uuid or SubmissionDate left out). Each submission is one\n"
    "participant, found by name or added; when someone submitted more than once,\n"
    "the latest submission counts and the earlier ones are listed.\n";
}  // namespace

int run_import_votes(const CommandArgs& raw) {
    const auto opened = open_command("import-votes", raw, {}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (args->positional().size() != 2) return usage_error("import-votes", "name the .socle file and the CSV file");
    const std::string socle_file = args->positional()[0];
    const std::string csv_file = args->positional()[1];

    auto assessment = load_assessment_or_report(socle_file);
    if (!assessment) return kInvalidInput;
    common::Diagnostics diagnostics;
    const auto text = common::read_file_or_diagnose(common::path_from_utf8(csv_file), diagnostics);
    if (!text) {
        print_diagnostics(diagnostics);
        return kInvalidInput;
    }
    if (assessment::looks_like_field_submissions(*text)) {
        auto submissions = assessment::import_field_submissions_csv(*assessment, *text, csv_file, diagnostics);
        print_diagnostics(diagnostics);
        if (!submissions) {
            std::cerr << "nothing was imported: correct the lines above and run the import again\n";
            return kInvalidInput;
        }
        submissions->votes.edit.apply(*assessment);
        assessment::save_assessment_file(*assessment, file_path(socle_file));
        std::cout << "imported " << submissions->votes.votes << " votes from " << submissions->votes.rows
                  << " submissions into " << socle_file;
        if (submissions->votes.added_participants)
            std::cout << "; added " << submissions->votes.added_participants << " participants";
        if (submissions->set_aside)
            std::cout << "; set aside " << submissions->set_aside << " earlier submissions of participants who submitted again";
        std::cout << "\n";
        return kOk;
    }
    auto imported = assessment::import_votes_csv(*assessment, *text, csv_file, diagnostics);
    print_diagnostics(diagnostics);
    if (!imported) {
        std::cerr << "nothing was imported: correct the lines above and run the import again\n";
        return kInvalidInput;
    }
    imported->edit.apply(*assessment);
    assessment::save_assessment_file(*assessment, file_path(socle_file));
    std::cout << "imported " << imported->votes << " votes from " << imported->rows << " rows into " << socle_file;
    if (imported->added_participants) std::cout << "; added " << imported->added_participants << " participants";
    std::cout << "\n";
    return kOk;
}

}  // namespace socle::cli
