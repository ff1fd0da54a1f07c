// socle-cli translate export|import: the translators' round trip of a
// framework's texts (docs/translating.md).
#include <filesystem>
#include <iostream>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/path_text.h"
#include "common/text.h"
#include "common/user_paths.h"
#include "common/utf8.h"
#include "exports/translation_workbook.h"
#include "frameworks/framework_catalog.h"
#include "frameworks/framework_loader.h"
#include "frameworks/glossary.h"
#include "frameworks/po_file.h"
#include "frameworks/translation_import.h"
#include "frameworks/translation_units.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {
constexpr const char* kHelp =
    "Usage: socle-cli translate export FRAMEWORK --lang CODE [--format po|xlsx] [-o FILE]\n"
    "       socle-cli translate import FRAMEWORK.xml TRANSLATED.po|TRANSLATED.xlsx [--lang CODE] -o NEW.xml\n\n"
    "export writes a gettext PO file of every text of FRAMEWORK (a built-in id such as\n"
    "sp-dmf, or a framework file): the element's path as msgctxt, the English as msgid,\n"
    "the current translation as msgstr and its review status as '# status:' and\n"
    "'# reviewer:' comments (drafts are also marked fuzzy). Without -o it goes to stdout;\n"
    "with -o the glossary of the field's terms is written next to it (FILE.glossary.csv).\n"
    "--format xlsx writes a workbook instead (-o required) for translators who work in a\n"
    "spreadsheet: one sheet for the framework's own texts and one per domain (Key, ID,\n"
    "English, Current text, Status, Reviewer, Reviewer comment), and a Glossary sheet.\n\n"
    "import checks the translated file, a PO file or such a workbook (unknown or changed\n"
    "texts, wrong script for the language, lost numbers or placeholders, review status and\n"
    "reviewer) and, when it has no error, writes FRAMEWORK.xml with the translations merged\n"
    "into NEW.xml, keeping the layout. --lang may be left out when the PO header or the\n"
    "workbook's first sheet names the language. Problems are printed as\n"
    "FILE:LINE:COLUMN: error: MESSAGE (FILE, sheet NAME, cell D12: error: MESSAGE for a\n"
    "workbook); the coverage goes to stdout.\n"
    "Exit 0 when merged, 1 when the input has errors, 2 on a usage error.\n";

// The framework XML named by a path or, failing that, a built-in or user id.
std::optional<std::pair<std::string, std::string>> framework_source(const std::string& name,
                                                                    common::Diagnostics& diagnostics) {
    const auto path = file_path(name);
    std::error_code error;
    if (std::filesystem::is_regular_file(path, error)) {
        const auto bytes = common::read_file_or_diagnose(path, diagnostics);
        if (!bytes) return std::nullopt;
        const auto text = common::decode_text_input(*bytes, name, common::TextFileKind::Xml, diagnostics);
        if (!text) return std::nullopt;
        return std::pair{*text, path.filename().generic_string()};
    }
    for (const auto& source : frameworks::builtin_framework_sources())
        if (source.name == name + ".xml") return std::pair{std::string(source.bytes), std::string(source.name)};
    diagnostics.error(name, 0, 0, "no framework file here and no built-in framework with this id; run 'socle-cli "
                                  "frameworks' for the ids");
    return std::nullopt;
}

int run_export(const Args& args) {
    if (args.positional().size() != 2) return usage_error("translate", "name one framework to export");
    const auto lang = args.value("--lang");
    if (!lang || lang->empty()) return usage_error("translate", "say which language with --lang (such as --lang lo)");
    common::Diagnostics diagnostics;
    const auto source = framework_source(args.positional()[1], diagnostics);
    std::optional<frameworks::TranslationUnits> units;
    if (source) units = frameworks::collect_translation_units(source->first, source->second, diagnostics);
    print_diagnostics(diagnostics);
    if (!units) return kInvalidInput;
    if (args.value_or("--format", "po") == "xlsx") {
        const auto out = args.value("-o");
        if (!out) return usage_error("translate", "say where to write the workbook with -o FILE.xlsx");
        exports::write_translation_workbook(*units, *lang, frameworks::builtin_glossary(), file_path(*out));
        std::size_t translated = 0;
        for (const auto& unit : units->units) translated += unit.find(*lang) ? 1 : 0;
        std::cout << *out << ": " << units->units.size() << " texts, " << translated << " already in '" << *lang
                  << "', with the glossary\n";
        return kOk;
    }
    const auto po = frameworks::write_translation_po(*units, *lang, source->second);
    if (const auto out = args.value("-o")) {
        common::write_file_atomically(file_path(*out), po);
        std::size_t translated = 0;
        for (const auto& unit : units->units) translated += unit.find(*lang) ? 1 : 0;
        std::cout << *out << ": " << units->units.size() << " texts, " << translated << " already in '" << *lang
                  << "'\n";
        // The glossary goes with the texts, so that translators use the field's terms.
        auto glossary_path = file_path(*out);
        glossary_path.replace_extension(".glossary.csv");
        common::write_file_atomically(glossary_path, frameworks::glossary_csv(frameworks::builtin_glossary(), *lang));
        std::cout << common::path_to_utf8(glossary_path) << ": " << frameworks::builtin_glossary().terms.size()
                  << " glossary terms\n";
    } else {
        std::cout << po;
    }
    return kOk;
}

// The translations of a PO file or a translators' workbook, in the language
// --lang gives or the file names.
struct Translated {
    std::vector<frameworks::IncomingTranslation> entries;
    std::string lang;
    bool workbook = false;
};

// Workbook diagnostics name their sheet and cell; the others are FILE:LINE:COLUMN.
void print(const common::Diagnostics& diagnostics, bool workbook) {
    if (!workbook) return print_diagnostics(diagnostics);
    for (const auto& item : diagnostics.items()) std::cerr << exports::format_workbook_diagnostic(item) << "\n";
}

bool is_workbook(const std::string& name, const std::string& bytes) {
    const auto extension = common::to_lower_ascii(file_path(name).extension().generic_string());
    return extension == ".xlsx" || bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

std::optional<Translated> read_translated(const std::string& name, const std::optional<std::string>& bytes,
                                          const std::optional<std::string>& wanted_lang,
                                          common::Diagnostics& diagnostics) {
    if (!bytes) return std::nullopt;
    Translated out;
    std::string file_lang;  // as the file names it
    if (is_workbook(name, *bytes)) {
        out.workbook = true;
        auto workbook = exports::read_translation_workbook(*bytes, name, diagnostics);
        if (!workbook) return std::nullopt;
        out.entries = std::move(workbook->entries);
        file_lang = workbook->language;
    } else {
        const auto text = common::decode_text_input(*bytes, name, common::TextFileKind::Csv, diagnostics);
        if (!text) return std::nullopt;
        const auto po = frameworks::read_po(*text, name, diagnostics);
        out.entries = frameworks::incoming_from_po(po, name);
        file_lang = po.language;
    }
    // PO editors write a locale (lo_LA, tg-TJ); frameworks use the language code.
    const std::string code = file_lang.substr(0, file_lang.find_first_of("_-@."));
    out.lang = wanted_lang.value_or(code);
    if (!out.lang.empty() && !code.empty() && code != out.lang)
        diagnostics.error(name, out.workbook ? 0 : 1, out.workbook ? 0 : 1,
                          "this file is in '" + file_lang + "', not '" + out.lang + "'");
    return out;
}

int run_import(const Args& args) {
    if (args.positional().size() != 3) return usage_error("translate", "name the framework file and the translated file");
    const auto out = args.value("-o");
    if (!out) return usage_error("translate", "say where to write the merged framework with -o NEW.xml");
    const auto& translated_name = args.positional()[2];
    common::Diagnostics diagnostics;
    const auto source = framework_source(args.positional()[1], diagnostics);
    std::optional<frameworks::TranslationUnits> units;
    if (source) units = frameworks::collect_translation_units(source->first, source->second, diagnostics);
    const auto bytes = common::read_file_or_diagnose(file_path(translated_name), diagnostics);
    const auto incoming = read_translated(translated_name, bytes, args.value("--lang"), diagnostics);
    if (!units || !incoming) {
        print(diagnostics, bytes && is_workbook(translated_name, *bytes));
        return kInvalidInput;
    }
    const auto& lang = incoming->lang;
    if (lang.empty()) {
        print(diagnostics, incoming->workbook);
        return usage_error("translate", incoming->workbook ? "the workbook's first sheet names no language (cell "
                                                             "B5): say which with --lang"
                                                           : "the PO header names no Language: say which with --lang");
    }
    auto merged = frameworks::merge_translations(source->first, *units, lang, incoming->entries, diagnostics);
    // The merged file must load as a framework: a check on the merge itself.
    if (!diagnostics.has_errors()) {
        const auto check = frameworks::load_framework(merged.xml, *out);
        if (!check.ok()) diagnostics.append(check.diagnostics);
    }
    diagnostics.sort_by_position();
    print(diagnostics, incoming->workbook);
    std::cout << lang << ": " << merged.translated << "/" << merged.total << " texts translated ("
              << common::format_number(merged.total ? 100.0 * static_cast<double>(merged.translated) /
                                                          static_cast<double>(merged.total)
                                                    : 0.0,
                                       1)
              << "%): " << merged.draft << " draft, " << merged.reviewed << " reviewed, " << merged.approved
              << " approved; " << merged.changed << " changed, " << merged.missing.size() << " missing\n";
    // The first few missing keys say where the gap is; the PO file lists them all (empty msgstr).
    constexpr std::size_t kMissingShown = 10;
    for (std::size_t i = 0; i < merged.missing.size() && i < kMissingShown; ++i)
        std::cout << "  missing: " << merged.missing[i] << "\n";
    if (merged.missing.size() > kMissingShown)
        std::cout << "  ... and " << merged.missing.size() - kMissingShown << " more missing\n";
    if (diagnostics.has_errors()) {
        std::cerr << "socle-cli translate: " << diagnostics.error_count() << " errors; nothing written\n";
        return kInvalidInput;
    }
    common::write_file_atomically(file_path(*out), merged.xml);
    return kOk;
}

}  // namespace

int run_translate(const CommandArgs& raw) {
    const auto opened = open_command("translate", raw, {{"--lang", true}, {"-o", true}, {"--format", true}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = *opened.args;
    if (args.positional().empty()) return usage_error("translate", "say export or import");
    const auto format = args.value_or("--format", "po");
    if (!check_format("translate", format, {"po", "xlsx"})) return kUsage;
    if (args.positional().front() == "export") return run_export(args);
    if (args.positional().front() == "import") return run_import(args);
    return usage_error("translate", "the first word must be export or import");
}

}  // namespace socle::cli
