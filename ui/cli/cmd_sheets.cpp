// socle-cli sheets FILE.socle -o SHEETS.docx [--lang CODE] [--template VOTES.csv]
#include <iostream>

#include "common/atomic_file.h"
#include "common/path_text.h"
#include "exports/vote_sheets.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {
constexpr const char* kHelp =
    "Usage: socle-cli sheets FILE.socle -o SHEETS.docx [--lang CODE] [--template VOTES.csv]\n\n"
    "Writes printable vote sheets for a room without laptops (Word): the\n"
    "participant's name, institution and role, then per indicator that applies\n"
    "the question, the levels with tick boxes, not applicable, don't know and a\n"
    "line for notes, in the session's language (or --lang). Also writes the CSV\n"
    "template to type the ticks into (indicator,participant,vote,note), next to\n"
    "SHEETS.docx with the extension .csv unless --template names it; take it in\n"
    "with socle-cli import-votes FILE.socle VOTES.csv.\n";
}  // namespace

int run_sheets(const CommandArgs& raw) {
    const auto opened = open_command("sheets", raw, {{"-o", true}, {"--output", true}, {"--lang", true}, {"--template", true}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    const auto output = args->value("-o") ? args->value("-o") : args->value("--output");
    if (args->positional().size() != 1) return usage_error("sheets", "name one .socle file");
    if (!output) return usage_error("sheets", "name the document to write with -o SHEETS.docx");
    const auto assessment = load_assessment_or_report(args->positional().front());
    if (!assessment) return kInvalidInput;
    exports::VoteSheetOptions options;
    options.lang = args->value_or("--lang", "");
    const auto sheets = file_path(*output);
    auto template_path = sheets;
    template_path.replace_extension(".csv");
    if (const auto named = args->value("--template")) template_path = file_path(*named);
    exports::write_vote_sheets(*assessment, sheets, options);
    common::write_file_atomically(template_path, exports::vote_sheet_template_csv(*assessment));
    std::cout << "wrote the vote sheets to " << *output << " and the template to "
              << common::path_to_utf8(template_path) << "\n";
    return kOk;
}

}  // namespace socle::cli
