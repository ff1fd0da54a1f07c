// socle-cli xlsform FRAMEWORK|FILE.socle -o FORM.xlsx [--langs en,fr,...]
#include <iostream>
#include <memory>

#include "common/path_text.h"
#include "common/text.h"
#include "common/user_paths.h"
#include "exports/xlsform.h"
#include "frameworks/framework_catalog.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {
constexpr const char* kHelp =
    "Usage: socle-cli xlsform FRAMEWORK|FILE.socle -o FORM.xlsx [--langs en,fr,ru,lo,tg]\n\n"
    "Writes an XLSForm for scoring before the workshop in KoboToolbox or ODK:\n"
    "the participant's name, institution and role, the profile questions, then a\n"
    "group per domain with one question per indicator (the levels, not applicable,\n"
    "don't know; the guidance as hint; skip logic from the profile). Labels and\n"
    "hints are given in each language of --langs (the framework's languages by\n"
    "default); the first is the form's default language. From a .socle file the\n"
    "profile answers become the defaults.\n\n"
    "Field names are the ids with every character other than a letter, digit or _\n"
    "turned into _ (Q1.1 -> Q1_1; an id starting with a digit gains i_). Export the\n"
    "submissions as CSV with XML values and headers, and take them in with\n"
    "socle-cli import-votes FILE.socle submissions.csv.\n";

bool is_assessment_file(const std::string& name) {
    return name.size() > 6 && common::to_lower_ascii(name.substr(name.size() - 6)) == ".socle";
}
}  // namespace

int run_xlsform(const CommandArgs& raw) {
    const auto opened = open_command("xlsform", raw, {{"-o", true}, {"--output", true}, {"--langs", true}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    const auto output = args->value("-o") ? args->value("-o") : args->value("--output");
    if (args->positional().size() != 1) return usage_error("xlsform", "name one framework or .socle file");
    if (!output) return usage_error("xlsform", "name the form to write with -o FORM.xlsx");
    exports::XlsFormOptions options;
    if (const auto langs = args->value("--langs")) {
        std::string_view rest = *langs;
        for (bool more = true; more;) {
            const auto comma = rest.find(',');
            more = comma != std::string_view::npos;
            const std::string trimmed(common::trim(rest.substr(0, comma)));
            if (more) rest.remove_prefix(comma + 1);
            if (trimmed.empty() || !common::is_valid_id(trimmed))
                return usage_error("xlsform", "--langs takes language codes separated by commas, such as en,lo");
            options.langs.push_back(trimmed);
        }
    }
    const std::string source = args->positional().front();
    if (is_assessment_file(source)) {
        const auto assessment = load_assessment_or_report(source);
        if (!assessment) return kInvalidInput;
        exports::write_xlsform(*assessment, file_path(*output), options);
        std::cout << "wrote the form for " << assessment->framework().indicator_count() << " indicators to " << *output
                  << "\n";
        return kOk;
    }
    const auto catalog = frameworks::FrameworkCatalog::discover(common::user_frameworks_dir());
    auto resolved = frameworks::resolve_framework(catalog, source);
    print_diagnostics(resolved.diagnostics);
    if (!resolved.ok()) return kInvalidInput;
    exports::write_xlsform(*resolved.framework, file_path(*output), options);
    std::cout << "wrote the form for " << resolved.framework->indicator_count() << " indicators to " << *output << "\n";
    return kOk;
}

}  // namespace socle::cli
