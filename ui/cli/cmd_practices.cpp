// socle-cli practices [--indicator ID [--above LEVEL]] [--country C] [--lang L] [--format table|json]
// socle-cli practices validate FILE...
// socle-cli practices export CASE -o FILE [--anonymise]
// socle-cli practices import FILE
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/path_text.h"
#include "frameworks/practice_sharing.h"
#include "common/json_writer.h"
#include "common/text.h"
#include "common/user_paths.h"
#include "frameworks/framework_catalog.h"
#include "frameworks/practice_catalog.h"
#include "frameworks/practice_library_loader.h"
#include "frameworks/practice_queries.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli practices [--indicator ID [--above LEVEL]] [--country C]\n"
    "                           [--lang CODE] [--format table|json]\n"
    "       socle-cli practices validate FILE...\n"
    "       socle-cli practices export CASE -o FILE [--anonymise]\n"
    "       socle-cli practices import FILE\n\n"
    "Lists the good-practice cases: the built-in library and every *.xml in the\n"
    "user practice folder ($SOCLE_PRACTICES_DIR, or the platform's user data\n"
    "folder). --indicator keeps the cases that illustrate an indicator (highest\n"
    "level first); with --above, only those above the room's level (nearest\n"
    "first). --country takes a code (KH) or a name (Cambodia, Cambodge).\n"
    "Text is in --lang (default en), English where a case lacks it; a case's\n"
    "short summary in --lang (the Lao and Tajik drafts) is shown as well.\n\n"
    "validate checks library files and their links to the framework they name;\n"
    "problems go to stderr as FILE:LINE:COLUMN: error: MESSAGE (exit 1).\n"
    "export writes one case (and the sources it cites) as a library file to\n"
    "share; --anonymise removes the country and its names from the texts\n"
    "(check the source titles yourself). import validates a shared file and\n"
    "keeps it in the user practice folder.\n\n"
    "JSON: an array of {id, library, country, country_name, region, from, to,\n"
    "title, schemes, what, took, learnt, summary (null when none in --lang),\n"
    "summary_draft, level (with --indicator), illustrates:\n"
    "[{indicator, level}], sources: [{id, title, publisher, year, url}]}.\n";

struct Listed {
    const frameworks::PracticeLibrary* library = nullptr;
    const frameworks::PracticeCase* item = nullptr;
    int level = 0;  // at the indicator asked about; 0 without --indicator
};

std::string text_in(const frameworks::LocalizedText& text, const std::string& lang,
                    const frameworks::PracticeLibrary& library) {
    return text.get(lang, library.default_language);
}

void write_json(const std::vector<Listed>& listed, const std::string& lang) {
    common::JsonWriter json;
    json.begin_array();
    for (const auto& entry : listed) {
        const auto& item = *entry.item;
        const auto& library = *entry.library;
        json.begin_object();
        json.key("id").value(item.id);
        json.key("library").value(library.id);
        json.key("country").value(item.country);
        json.key("country_name").value(text_in(item.country_name, lang, library));
        json.key("region").value(item.region);
        json.key("from").value(item.year_from);
        if (item.year_to != 0)
            json.key("to").value(item.year_to);
        else
            json.key("to").null();
        json.key("title").value(text_in(item.title, lang, library));
        json.key("schemes").value(text_in(item.schemes, lang, library));
        json.key("what").value(text_in(item.what, lang, library));
        json.key("took").value(text_in(item.took, lang, library));
        json.key("learnt").value(text_in(item.learnt, lang, library));
        // The short summary in --lang (Lao, Tajik), when the case has one.
        if (const auto summary = frameworks::practice_summary(item, lang)) {
            json.key("summary").value(summary->text);
            json.key("summary_draft").value(summary->draft);
        } else {
            json.key("summary").null();
        }
        if (entry.level != 0) json.key("level").value(entry.level);
        json.key("illustrates").begin_array();
        for (const auto& link : item.links) {
            json.begin_object();
            json.key("indicator").value(link.indicator);
            json.key("level").value(link.level);
            json.end_object();
        }
        json.end_array();
        json.key("sources").begin_array();
        for (const auto& id : item.sources) {
            const auto* source = library.find_source(id);
            json.begin_object();
            json.key("id").value(id);
            json.key("title").value(source->title);
            json.key("publisher").value(source->publisher);
            json.key("year").value(source->year);
            json.key("url").value(source->url);
            json.end_object();
        }
        json.end_array();
        json.end_object();
    }
    json.end_array();
    std::cout << json.str() << "\n";
}

void write_table(const std::vector<Listed>& listed, const std::string& lang) {
    for (const auto& entry : listed) {
        const auto& item = *entry.item;
        const auto& library = *entry.library;
        std::cout << item.id;
        if (entry.level != 0) std::cout << "  [level " << entry.level << "]";
        std::cout << "\n  " << (item.anonymised ? std::string("(anonymised)") : text_in(item.country_name, lang, library))
                  << ", " << item.year_from << "-" << (item.year_to != 0 ? std::to_string(item.year_to) : "") << "\n  "
                  << text_in(item.title, lang, library) << "\n";
        // Where the full texts are not in --lang (Lao, Tajik), the case's
        // summary in it comes first, said to be a draft when it is one.
        if (const auto summary = frameworks::practice_summary(item, lang))
            std::cout << "  summary" << (summary->draft ? " (draft)" : "") << ": " << summary->text << "\n";
        std::cout << "  illustrates:";
        for (const auto& link : item.links) std::cout << " " << link.indicator << "@" << link.level;
        std::cout << "\n";
        for (const auto& id : item.sources) {
            const auto* source = library.find_source(id);
            std::cout << "  source: " << source->title << ", " << source->publisher << ", " << source->year;
            if (!source->url.empty()) std::cout << ", " << source->url;
            std::cout << "\n";
        }
    }
}

int run_validate_libraries(const std::vector<std::string>& files) {
    if (files.empty()) return usage_error("practices", "name the library file to check");
    const auto catalog = frameworks::FrameworkCatalog::builtin_only();
    int exit_code = kOk;
    for (const auto& file : files) {
        const auto loaded = frameworks::load_practice_library_file(file_path(file));
        print_diagnostics(loaded.diagnostics);
        if (!loaded.ok()) {
            exit_code = kInvalidInput;
            continue;
        }
        const auto& library = *loaded.library;
        // Links are checked when Socle has the framework version they use;
        // otherwise that is said, and the file is still valid as a library.
        if (const auto* framework = catalog.find(library.framework, library.framework_version)) {
            const auto links = frameworks::check_practice_links(library, *framework);
            print_diagnostics(links);
            if (links.has_errors()) {
                exit_code = kInvalidInput;
                continue;
            }
            std::cout << file << ": valid practice library '" << library.id << "' " << library.version << ", "
                      << library.cases.size() << " cases, links checked against " << library.framework << " "
                      << library.framework_version << "\n";
        } else {
            std::cout << file << ": valid practice library '" << library.id << "' " << library.version << ", "
                      << library.cases.size() << " cases; links not checked (" << library.framework << " "
                      << library.framework_version << " is not available)\n";
        }
    }
    return exit_code;
}

int run_export_case(const std::vector<std::string>& positional, const Args& args) {
    if (positional.size() != 2) return usage_error("practices", "export takes one case id");
    const auto output = args.value("-o");
    if (!output) return usage_error("practices", "export needs -o FILE");
    const auto catalog = frameworks::PracticeCatalog::discover(common::user_practices_dir());
    print_diagnostics(catalog.problems);
    for (const auto& library : catalog.libraries) {
        const auto shared = frameworks::extract_case(library, positional[1], args.has("--anonymise"));
        if (!shared) continue;
        common::write_file_atomically(file_path(*output), frameworks::write_practice_library(*shared));
        std::cout << "wrote case '" << positional[1] << "'" << (args.has("--anonymise") ? " (anonymised)" : "")
                  << " to " << *output << "\n";
        return kOk;
    }
    std::cerr << "socle-cli practices: no case '" << positional[1] << "' in the libraries Socle can see\n";
    return kInvalidInput;
}

int run_import_case(const std::vector<std::string>& positional) {
    if (positional.size() != 2) return usage_error("practices", "import takes one file");
    const auto imported = frameworks::import_practice_file(file_path(positional[1]), common::user_practices_dir());
    print_diagnostics(imported.problems);
    if (imported.name_taken) {
        std::cerr << "socle-cli practices: " << common::path_to_utf8(imported.written)
                  << " already exists in the user practice folder; rename the file to import it beside it\n";
    }
    if (!imported.ok) return kInvalidInput;
    std::cout << "imported " << imported.cases << " case(s) into " << common::path_to_utf8(imported.written) << "\n";
    return kOk;
}

}  // namespace

int run_practices(const CommandArgs& raw) {
    const auto opened = open_command("practices", raw,
                                     {{"--indicator", true},
                                      {"--above", true},
                                      {"--country", true},
                                      {"--lang", true},
                                      {"--format", true},
                                      {"-o", true},
                                      {"--anonymise", false}},
                                     kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    const auto& positional = args->positional();
    if (!positional.empty() && positional.front() == "validate")
        return run_validate_libraries({positional.begin() + 1, positional.end()});
    if (!positional.empty() && positional.front() == "export") return run_export_case(positional, *args);
    if (!positional.empty() && positional.front() == "import") return run_import_case(positional);
    if (!positional.empty()) return usage_error("practices", "unknown sub-command '" + positional.front() + "'");
    const std::string format = args->value_or("--format", "table");
    if (!check_format("practices", format, {"table", "json"})) return kUsage;
    const std::string lang = args->value_or("--lang", "en");
    const auto indicator = args->value("--indicator");
    int above = -1;
    if (const auto value = args->value("--above")) {
        const auto parsed = common::parse_int(*value);
        if (!indicator) return usage_error("practices", "--above needs --indicator");
        if (!parsed || *parsed < 0) return usage_error("practices", "--above takes a level such as 2 (0: not rated)");
        above = *parsed;
    }

    const auto catalog = frameworks::PracticeCatalog::discover(common::user_practices_dir());
    print_diagnostics(catalog.problems);
    std::vector<Listed> listed;
    for (const auto& library : catalog.libraries) {
        std::vector<Listed> found;
        if (indicator) {
            const auto matches = above >= 0 ? frameworks::cases_above_level(library, *indicator, above)
                                            : frameworks::cases_for_indicator(library, *indicator);
            for (const auto& match : matches) found.push_back({&library, match.item, match.level});
        } else {
            for (const auto& item : library.cases) found.push_back({&library, &item, 0});
        }
        if (const auto country = args->value("--country")) {
            const auto from_country = frameworks::cases_for_country(library, *country);
            std::erase_if(found, [&](const Listed& entry) {
                return std::find(from_country.begin(), from_country.end(), entry.item) == from_country.end();
            });
        }
        listed.insert(listed.end(), found.begin(), found.end());
    }
    if (format == "json")
        write_json(listed, lang);
    else
        write_table(listed, lang);
    return kOk;
}

}  // namespace socle::cli
