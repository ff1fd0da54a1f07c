// socle-cli anonymise IN.socle -o OUT.socle
#include <filesystem>
#include <iostream>

#include "assessment/anonymise.h"
#include "assessment/assessment_io.h"
#include "common/atomic_file.h"
#include "common/text.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli anonymise IN.socle -o OUT.socle [--k K]\n\n"
    "Writes a copy that peers can exchange: participants' names and roles,\n"
    "participant ids (shuffled, then renumbered p1..pN), the facilitator, notes,\n"
    "evidence texts, links, rationales and other free texts are removed; levels,\n"
    "votes (so vote counts and spread), targets and the system map stay, and the\n"
    "file records that it was anonymised. A participant's institution is kept\n"
    "only when at least K participants (3 by default) hold it; rarer ones become\n"
    "\"Other institutions\". See docs/assessment-format.md.\n"
    "OUT must be another file than IN; no backup of OUT is kept.\n";

}  // namespace

int run_anonymise(const CommandArgs& raw) {
    const auto opened = open_command("anonymise", raw, {{"-o", true}, {"--k", true}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (args->positional().size() != 1) return usage_error("anonymise", "name one .socle file");
    const auto out = args->value("-o");
    if (!out) return usage_error("anonymise", "name the anonymised copy with -o OUT.socle");
    const std::filesystem::path in = file_path(args->positional().front());
    std::error_code same_error;
    if (file_path(*out) == in || std::filesystem::equivalent(in, file_path(*out), same_error))
        return usage_error("anonymise", "write the anonymised copy to another file than the original");

    assessment::AnonymiseOptions options;
    if (const auto k = args->value("--k")) {
        const auto value = common::parse_int(*k);
        if (!value || *value < 1) return usage_error("anonymise", "--k needs a whole number of participants, 1 or more");
        options.k = *value;
    }

    auto assessment = load_assessment_or_report(args->positional().front());
    if (!assessment) return kInvalidInput;
    const auto summary = assessment::anonymise(*assessment, options);
    // No backup: a backup of OUT could hold the personal data of an earlier copy.
    common::write_file_atomically(file_path(*out), assessment::write_assessment(*assessment), {.keep_backup = false});
    std::cout << "Anonymised " << summary.participants << " participants, removed " << summary.texts_removed
              << " texts, generalised " << summary.institutions_generalised
              << " institutions held by fewer than " << options.k << " participants: " << *out << "\n";
    return kOk;
}

}  // namespace socle::cli
