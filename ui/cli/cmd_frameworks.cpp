// socle-cli frameworks [--format table|json]
#include <iomanip>
#include <iostream>

#include "common/json_writer.h"
#include "common/text.h"
#include "common/user_paths.h"
#include "frameworks/framework_catalog.h"
#include "frameworks/translation_coverage.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli frameworks [--format table|json]\n\n"
    "Lists the frameworks Socle can see: the built-in ones and every *.xml in\n"
    "the user framework folder ($SOCLE_FRAMEWORKS_DIR, or the platform's user\n"
    "data folder). Files there with problems are reported on stderr and left out.\n\n"
    "JSON: an array of {id, version, title, builtin, source, domains, indicators,\n"
    "levels, languages: {code: share translated 0..1}, language_status}.\n";

void write_json(const frameworks::FrameworkCatalog& catalog) {
    common::JsonWriter json;
    json.begin_array();
    for (const auto& entry : catalog.entries()) {
        const auto& framework = entry.framework;
        const auto coverage = frameworks::translation_coverage(framework);
        json.begin_object();
        json.key("id").value(framework.id);
        json.key("version").value(framework.version);
        json.key("title").value(framework.text(framework.title, framework.default_language));
        json.key("builtin").value(entry.builtin);
        json.key("source").value(framework.source_name);
        json.key("sha256").value(framework.sha256);
        json.key("default_language").value(framework.default_language);
        json.key("domains").value(framework.domains.size());
        json.key("indicators").value(framework.indicator_count());
        json.key("levels").value(framework.level_count());
        json.key("languages").begin_object();
        for (const auto& language : coverage) json.key(language.code).value(language.share(), 4);
        json.end_object();
        json.key("language_review").begin_object();
        for (const auto& language : coverage) {
            json.key(language.code).begin_object();
            json.key("translated").value(language.translated);
            json.key("reviewed").value(language.reviewed);
            json.key("approved").value(language.approved);
            json.end_object();
        }
        json.end_object();
        json.key("language_status").begin_object();
        for (const auto& language : coverage)
            json.key(language.code).value(frameworks::language_status_key(language.status));
        json.end_object();
        json.end_object();
    }
    json.end_array();
    std::cout << json.str() << "\n";
}

void write_table(const frameworks::FrameworkCatalog& catalog) {
    for (const auto& entry : catalog.entries()) {
        const auto& framework = entry.framework;
        std::cout << framework.id << " " << framework.version << (entry.builtin ? "  (built-in)" : "") << "\n"
                  << "  " << framework.text(framework.title, framework.default_language) << "\n"
                  << "  " << framework.domains.size() << " domains, " << framework.indicator_count()
                  << " indicators, " << framework.level_count() << " levels\n  languages:";
        for (const auto& language : frameworks::translation_coverage(framework)) {
            std::cout << " " << language.code << " " << common::format_number(language.share() * 100.0, 0) << "%";
            if (language.status == frameworks::LanguageStatus::Draft) std::cout << " (draft)";
            if (language.reviewed + language.approved > 0)
                std::cout << " [" << language.reviewed << " reviewed, " << language.approved << " approved]";
        }
        std::cout << "\n";
        if (!entry.builtin) std::cout << "  file: " << framework.source_name << "\n";
    }
}

}  // namespace

int run_frameworks(const CommandArgs& raw) {
    const auto opened = open_command("frameworks", raw, {{"--format", true}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (!args->positional().empty()) return usage_error("frameworks", "takes no file arguments");
    const std::string format = args->value_or("--format", "table");
    if (!check_format("frameworks", format, {"table", "json"})) return kUsage;

    const auto catalog = frameworks::FrameworkCatalog::discover(common::user_frameworks_dir());
    print_diagnostics(catalog.problems());
    if (format == "json")
        write_json(catalog);
    else
        write_table(catalog);
    return kOk;
}

}  // namespace socle::cli
