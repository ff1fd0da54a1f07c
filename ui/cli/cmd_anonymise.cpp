// socle-cli anonymise IN.socle -o OUT.socle
#include <filesystem>
#include <iostream>

#include "assessment/anonymise.h"
#include "assessment/assessment_io.h"
#include "common/atomic_file.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli anonymise IN.socle -o OUT.socle\n\n"
    "Writes a copy that peers can exchange: participants' names, roles and\n"
    "institutions, participant ids (renumbered p1..pN), the facilitator, notes,\n"
    "evidence texts, links, rationales and other free texts are removed; levels,\n"
    "votes (so vote counts and spread), targets and the system map stay, and the\n"
    "file records that it was anonymised. See docs/assessment-format.md.\n"
    "OUT must be another file than IN; no backup of OUT is kept.\n";

}  // namespace

int run_anonymise(const CommandArgs& raw) {
    const auto opened = open_command("anonymise", raw, {{"-o", true}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (args->positional().size() != 1) return usage_error("anonymise", "name one .socle file");
    const auto out = args->value("-o");
    if (!out) return usage_error("anonymise", "name the anonymised copy with -o OUT.socle");
    const std::filesystem::path in = args->positional().front();
    std::error_code same_error;
    if (std::filesystem::path(*out) == in || std::filesystem::equivalent(in, *out, same_error))
        return usage_error("anonymise", "write the anonymised copy to another file than the original");

    auto assessment = load_assessment_or_report(in);
    if (!assessment) return kInvalidInput;
    const auto summary = assessment::anonymise(*assessment);
    // No backup: a backup of OUT could hold the personal data of an earlier copy.
    common::write_file_atomically(*out, assessment::write_assessment(*assessment), {.keep_backup = false});
    std::cout << "Anonymised " << summary.participants << " participants, removed " << summary.texts_removed
              << " texts: " << *out << "\n";
    return kOk;
}

}  // namespace socle::cli
