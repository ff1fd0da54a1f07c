// socle-cli migrate OLD.socle -o NEW.socle [--report FILE]
#include <filesystem>
#include <iostream>
#include <memory>

#include "assessment/assessment_io.h"
#include "assessment/migrate.h"
#include "common/atomic_file.h"
#include "common/path_text.h"
#include "frameworks/crosswalk.h"
#include "frameworks/framework_catalog.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli migrate OLD.socle -o NEW.socle [--report FILE]\n"
    "                 [--to FRAMEWORK.xml --crosswalk CROSSWALK.xml]\n\n"
    "Moves an assessment to the newest built-in version of its framework through\n"
    "the crosswalk between the two versions. Kept indicators keep votes, agreed\n"
    "levels, notes and evidence; revised, split and merged ones get the old agreed\n"
    "level (for a merge, the lowest) as a provisional value marked \"carried from\n"
    "1.0.0, re-examine\", with the old notes; new ones start unanswered. Prints the\n"
    "migration report (what happened to each old indicator); --report also writes\n"
    "it to FILE. NEW must be another file than OLD: the old file is never changed.\n"
    "--to and --crosswalk name a framework and a crosswalk file instead of the\n"
    "built-in ones (both together). See docs/assessment-format.md, \"Migration\".\n";

}  // namespace

int run_migrate(const CommandArgs& raw) {
    const auto opened =
        open_command("migrate", raw, {{"-o", true}, {"--report", true}, {"--to", true}, {"--crosswalk", true}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (args->positional().size() != 1) return usage_error("migrate", "name one .socle file to migrate");
    const auto out = args->value("-o");
    if (!out) return usage_error("migrate", "name the migrated file with -o NEW.socle");
    const std::filesystem::path in = file_path(args->positional().front());
    std::error_code same_error;
    if (file_path(*out) == in || std::filesystem::equivalent(in, file_path(*out), same_error))
        return usage_error("migrate", "write the migrated assessment to another file than the original");
    const auto to_file = args->value("--to");
    const auto crosswalk_file = args->value("--crosswalk");
    if (to_file.has_value() != crosswalk_file.has_value())
        return usage_error("migrate", "give --to and --crosswalk together, or neither");

    auto old = load_assessment_or_report(args->positional().front());
    if (!old) return kInvalidInput;
    const auto& from = old->framework();

    std::shared_ptr<const frameworks::Framework> target;
    std::optional<frameworks::Crosswalk> crosswalk;
    if (to_file) {
        auto loaded = frameworks::load_framework_file(file_path(*to_file));
        print_diagnostics(loaded.diagnostics);
        if (!loaded.ok()) return kInvalidInput;
        target = std::make_shared<const frameworks::Framework>(std::move(*loaded.framework));
        auto walk = frameworks::load_crosswalk_file(file_path(*crosswalk_file), &from, target.get());
        print_diagnostics(walk.diagnostics);
        if (!walk.ok()) return kInvalidInput;
        crosswalk = std::move(*walk.crosswalk);
    } else {
        const auto catalog = frameworks::FrameworkCatalog::builtin_only();
        const auto crosswalks = frameworks::builtin_crosswalks();
        const auto upgrade = frameworks::find_upgrade(catalog, crosswalks, from.id, from.version);
        if (!upgrade) {
            std::cerr << args->positional().front() << ": framework '" << from.id << "' " << from.version
                      << " has no newer built-in version with a crosswalk from it; nothing to migrate\n";
            return kInvalidInput;
        }
        target = std::make_shared<const frameworks::Framework>(*upgrade->target);
        crosswalk = *upgrade->crosswalk;
    }
    const auto migration = assessment::migrate_assessment(*old, target, *crosswalk);
    const std::string report = assessment::migration_report_text(migration);
    // The report first: if the save fails, nothing claims it was written.
    if (const auto report_file = args->value("--report"))
        common::write_file_atomically(file_path(*report_file), report, {.keep_backup = false});
    common::write_file_atomically(file_path(*out), assessment::write_assessment(migration.assessment),
                                  {.keep_backup = true});
    std::cout << report << "Migrated " << from.id << " " << from.version << " to " << target->version << ": "
              << *out << "\n";
    return kOk;
}

}  // namespace socle::cli
