// socle-cli export FILE.socle -o OUT.xlsx [--lang CODE]
// socle-cli export FILE.socle --csv DIR
#include <iostream>

#include "exports/csv_export.h"
#include "exports/workbook.h"
#include "frameworks/practice_catalog.h"
#include "common/user_paths.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli export FILE.socle -o OUT.xlsx [--lang CODE]\n"
    "       socle-cli export FILE.socle --csv DIR [--raw-csv]\n\n"
    "-o writes the workbook a ministry works from: Summary (key figures, charts,\n"
    "largest gaps, disagreements, dependency findings), Domains, Indicators, Gaps,\n"
    "Roadmap (with a 36-month timeline and, after it, the good-practice cases\n"
    "each step cites: socle-cli practices), Systems, Flows, Dependencies,\n"
    "Participants, Evidence, Method, Sources (framework 2: the bibliography and\n"
    "where each indicator stands beside it) and Glossary. Domain and overall\n"
    "figures are live formulas over the Indicators sheet (see docs/workbook.md).\n"
    "--lang sets the workbook's language (en, fr, ru, lo, tg; the Lao and Tajik\n"
    "labels are drafts); the session's language by default.\n\n"
    "--csv writes indicators.csv, domains.csv, roadmap.csv, systems.csv and\n"
    "flows.csv into DIR (created if missing).\n"
    "--raw-csv writes every CSV field exactly as recorded. By default a text\n"
    "field starting with = + - @, a tab or a carriage return gets a leading '\n"
    "so that a spreadsheet never runs it as a formula (numbers are left alone).\n"    "\n"
    "Files are written through a temporary file and renamed only when complete.\n"
    "Exit codes: 0 written, 1 invalid assessment, 2 usage error, 3 cannot write.\n";

bool valid_lang(const std::string& lang) {
    if (lang.size() < 2 || lang.size() > 12) return false;
    for (char c : lang)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-')) return false;
    return true;
}

}  // namespace

int run_export(const CommandArgs& raw) {
    const auto opened = open_command("export", raw, {{"-o", true}, {"--output", true}, {"--csv", true}, {"--lang", true}, {"--raw-csv", false}},
                                     kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (args->positional().size() != 1) return usage_error("export", "name one .socle file");
    const auto output = args->value("-o") ? args->value("-o") : args->value("--output");
    const auto csv_dir = args->value("--csv");
    if (!output && !csv_dir) return usage_error("export", "name the workbook with -o OUT.xlsx or a folder with --csv DIR");
    if (output && csv_dir) return usage_error("export", "choose either -o OUT.xlsx or --csv DIR, not both");
    if (output && output->empty()) return usage_error("export", "-o needs a file name");
    if (csv_dir && csv_dir->empty()) return usage_error("export", "--csv needs a folder");
    const auto lang = args->value("--lang");
    if (lang && csv_dir) return usage_error("export", "--lang applies to the workbook (-o) only");
    if (args->has("--raw-csv") && !csv_dir) return usage_error("export", "--raw-csv applies to --csv only");
    if (lang && !valid_lang(*lang)) return usage_error("export", "'" + *lang + "' is not a language code (en, fr, ru, ...)");

    const auto assessment = load_assessment_or_report(args->positional().front());
    if (!assessment) return kInvalidInput;
    if (csv_dir) {
        exports::write_csv_tables(*assessment, file_path(*csv_dir),
                                  args->has("--raw-csv") ? common::CsvCells::Raw : common::CsvCells::SafeForSpreadsheets);
        std::cout << "Wrote indicators.csv, domains.csv, roadmap.csv, systems.csv and flows.csv in " << *csv_dir << "\n";
    } else {
        exports::WorkbookOptions options;
        options.lang = lang.value_or("");
        // The Roadmap sheet's "Cases elsewhere" column, as in the report.
        auto practices = frameworks::PracticeCatalog::discover(common::user_practices_dir());
        print_diagnostics(practices.problems);
        options.practices = std::move(practices.libraries);
        exports::write_workbook(*assessment, file_path(*output), options);
        std::cout << "Wrote " << *output << "\n";
    }
    return kOk;
}

}  // namespace socle::cli
