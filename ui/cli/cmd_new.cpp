// socle-cli new --framework ID_OR_FILE -o FILE.socle [--title ...] ...
// socle-cli new --from BASELINE.socle -o FOLLOW.socle --round NAME [--keep-participants]
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

#include "assessment/assessment_io.h"
#include "assessment/next_round.h"
#include "assessment/participants_csv.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "common/path_text.h"
#include "common/sha256.h"
#include "common/text.h"
#include "common/user_paths.h"
#include "frameworks/framework_catalog.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

// "A; B;;C " -> {"A", "B", "C"}: names trimmed, empty ones dropped, order kept.
std::vector<std::string> core_names(std::string_view list) {
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto end = std::min(list.find(';', start), list.size());
        const auto name = common::fold_whitespace(list.substr(start, end - start));
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        start = end + 1;
    }
    return names;
}

constexpr const char* kHelp =
    "Usage: socle-cli new --framework ID_OR_FILE -o FILE.socle [options]\n"
    "       socle-cli new --from BASELINE.socle -o FOLLOW.socle --round NAME\n"
    "                     [--keep-participants] [--date YYYY-MM-DD] [--same-version]\n\n"
    "Creates an empty assessment of a framework (a built-in id such as sp-dmf or\n"
    "sp-quick-scan, a user framework id, or a framework file).\n\n"
    "With --from, starts the next round from the last one: set-up, institutions,\n"
    "core schemes and systems, the system map and the roadmap decisions carry\n"
    "over (participants with --keep-participants); every indicator starts as\n"
    "\"not re-examined\", showing the last round's result, until the room rates\n"
    "it anew. When a newer built-in version of the framework has a crosswalk\n"
    "from the baseline's, the round starts on it (--same-version stays).\n\n"
    "Options:\n"
    "  --title TEXT         title of the assessment\n"
    "  --country TEXT       country\n"
    "  --institution TEXT   an institution taking part (repeat for several)\n"
    "  --round TEXT         round, e.g. baseline or follow-up\n"
    "  --date YYYY-MM-DD    date of the session\n"
    "  --facilitator TEXT   who runs the session\n"
    "  --lang CODE          language of the session (en, fr, ru, lo, tg)\n"
    "  --participants CSV   participants: id,name[,institution,role,anonymous]\n"
    "  --profile Q=A        a profile answer, e.g. has_contributory=yes (repeatable)\n"
    "  --core-schemes \"A;B\" the team's core schemes, separated by ';' (framework 2:\n"
    "                       indicators marked core are rated against them)\n"
    "  --core-systems \"X;Y\" the team's core systems, separated by ';'\n"
    "  --force              overwrite FILE.socle if it exists (the old one is kept as .bak)\n";

int run_next_round(const Args& args, const std::string& from, const std::string& output) {
    for (const char* alone : {"--framework", "--title", "--country", "--institution", "--facilitator", "--lang",
                              "--participants", "--profile", "--core-schemes", "--core-systems"})
        if (args.has(alone))
            return usage_error("new", std::string(alone) + " cannot be given with --from: the next round takes it "
                                                           "from the last one (edit it afterwards)");
    const auto round = args.value("--round");
    if (!round || round->empty()) return usage_error("new", "name the new round with --round, e.g. --round follow-up");
    const std::filesystem::path baseline_path = file_path(from);
    std::error_code same_error;
    if (file_path(output) == baseline_path || std::filesystem::equivalent(baseline_path, file_path(output), same_error))
        return usage_error("new", "write the next round to another file than the last round's");
    if (!output_can_be_created(output, args.has("--force"))) return kInvalidInput;
    const auto last = load_assessment_or_report(from);
    if (!last) return kInvalidInput;

    assessment::NextRoundOptions options;
    options.round = *round;
    options.keep_participants = args.has("--keep-participants");
    options.start_date = args.value_or("--date", "");
    options.stay_on_version = args.has("--same-version");
    options.baseline_file = common::path_to_utf8(baseline_path.filename());
    common::Diagnostics diagnostics;
    if (const auto bytes = common::read_file_or_diagnose(baseline_path, diagnostics))
        options.baseline_fingerprint = common::sha256_hex(*bytes);
    const auto started = assessment::start_next_round(*last, options);
    assessment::save_assessment_file(started.assessment, file_path(output));
    const auto& framework = started.assessment.framework();
    if (started.migration)
        std::cout << assessment::migration_report_text(*started.migration);
    std::cout << "created " << output << " (round " << *round << " from " << from << ", framework " << framework.id
              << " " << framework.version << "; " << started.assessment.previous.size() << " of "
              << framework.indicator_count() << " indicators rated last round, all to re-examine";
    if (options.keep_participants) std::cout << "; " << started.assessment.participants.size() << " participants kept";
    std::cout << ")\n";
    return kOk;
}

}  // namespace

int run_new(const CommandArgs& raw) {
    const auto opened = open_command("new", raw, {{"--framework", true}, {"-o", true}, {"--output", true}, {"--title", true}, {"--country", true}, {"--institution", true}, {"--round", true}, {"--date", true}, {"--facilitator", true}, {"--lang", true}, {"--force", false}, {"--participants", true}, {"--profile", true}, {"--core-schemes", true}, {"--core-systems", true}, {"--from", true}, {"--keep-participants", false}, {"--same-version", false}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    const auto framework_name = args->value("--framework");
    const auto output = args->value("-o") ? args->value("-o") : args->value("--output");
    if (!output) return usage_error("new", "name the file to create with -o FILE.socle");
    if (!args->positional().empty()) return usage_error("new", "unexpected argument '" + args->positional().front() + "'");
    if (const auto from = args->value("--from")) return run_next_round(*args, *from, *output);
    for (const char* only : {"--keep-participants", "--same-version"})
        if (args->has(only)) return usage_error("new", std::string(only) + " goes with --from BASELINE.socle");
    if (!framework_name) return usage_error("new", "name the framework with --framework (or start the next round with --from)");
    if (!output_can_be_created(*output, args->has("--force"))) return kInvalidInput;

    const auto catalog = frameworks::FrameworkCatalog::discover(common::user_frameworks_dir());
    auto resolved = frameworks::resolve_framework(catalog, *framework_name);
    print_diagnostics(resolved.diagnostics);
    if (!resolved.ok()) return kInvalidInput;

    auto framework = std::make_shared<const frameworks::Framework>(std::move(*resolved.framework));
    assessment::Assessment assessment(framework);
    auto& metadata = assessment.metadata;
    metadata.title = args->value_or("--title", "");
    metadata.country = args->value_or("--country", "");
    metadata.institutions = args->values("--institution");
    metadata.round = args->value_or("--round", "");
    metadata.start_date = args->value_or("--date", "");
    metadata.facilitator = args->value_or("--facilitator", "");
    metadata.language = args->value_or("--lang", framework->default_language);
    assessment.core.schemes = core_names(args->value_or("--core-schemes", ""));
    assessment.core.systems = core_names(args->value_or("--core-systems", ""));
    for (const auto& answer : args->values("--profile")) {
        const auto eq = answer.find('=');
        const auto* question = eq == std::string::npos ? nullptr : framework->find_question(answer.substr(0, eq));
        if (!question) return usage_error("new", "--profile '" + answer + "' names no profile question of " + framework->id);
        const std::string value = answer.substr(eq + 1);
        const bool known = std::any_of(question->options.begin(), question->options.end(),
                                       [&](const frameworks::ProfileOption& option) { return option.id == value; });
        if (!known) return usage_error("new", "--profile '" + answer + "': '" + value + "' is not an answer of " + question->id);
        assessment.profile[question->id] = value;
    }
    if (const auto file = args->value("--participants")) {
        common::Diagnostics diagnostics;
        const auto text = common::read_file_or_diagnose(common::path_from_utf8(*file), diagnostics);
        auto participants = text ? assessment::read_participants_csv(*text, *file, diagnostics) : std::nullopt;
        print_diagnostics(diagnostics);
        if (!participants) return kInvalidInput;
        assessment.participants = std::move(*participants);
    }
    assessment::save_assessment_file(assessment, file_path(*output));
    std::cout << "created " << *output << " (framework " << framework->id << " " << framework->version << ", "
              << framework->indicator_count() << " indicators)\n";
    return kOk;
}

}  // namespace socle::cli
