// socle-cli report FILE.socle -o OUT.docx|OUT.pdf [--lang CODE] [--anonymise] [--final] [--no-cases]
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <random>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/path_text.h"
#include "common/user_paths.h"
#include "exports/report.h"
#include "frameworks/practice_catalog.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp =
    "Usage: socle-cli report FILE.socle -o OUT.docx [--lang CODE] [--anonymise] [--final]\n"
    "                                              [--no-cases]\n"
    "       socle-cli report FILE.socle -o OUT.pdf  [...]\n\n"
    "Writes the report a ministry reads, edits and signs: an editable Word\n"
    "document (Office Open XML) with a cover, contents, executive summary,\n"
    "native charts, one chapter per domain, the system map's findings, the\n"
    "roadmap by phase, participants, a method annex and a sign-off table\n"
    "(see docs/report.md).\n"
    "--lang sets the language (en, fr, ru, lo, tg); the session's by default.\n"
    "Report words without a translation stay English; framework texts come out\n"
    "in the language whenever the framework has them.\n"
    "--anonymise leaves every person's name out (as socle-cli anonymise does).\n"
    "--final marks the report final instead of draft.\n"
    "Each roadmap step names the good-practice cases that show its indicator a\n"
    "level or so higher elsewhere (socle-cli practices: the built-in library and\n"
    "the user practice folder), and an annex cites each case with its sources;\n"
    "--no-cases leaves both out.\n"
    "-o OUT.pdf converts the same document with LibreOffice (soffice, found on\n"
    "PATH) when it is installed; without it, write the .docx and save it as PDF\n"
    "from Word or LibreOffice.\n\n"
    "Exit codes: 0 written, 1 invalid assessment or no LibreOffice for a PDF,\n"
    "2 usage error, 3 cannot write or convert.\n";

bool valid_lang(const std::string& lang) {
    if (lang.size() < 2 || lang.size() > 12) return false;
    for (char c : lang)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-')) return false;
    return true;
}

std::string lower_extension(const fs::path& path) {
    std::string ext = common::path_to_utf8(path.extension());
    for (auto& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ext;
}

// LibreOffice's program on PATH, or nothing.
std::optional<fs::path> find_soffice() {
    const char* path = std::getenv("PATH");
    if (!path) return std::nullopt;
#ifdef _WIN32
    const char separator = ';';
    const char* names[] = {"soffice.com", "soffice.exe"};
#else
    const char separator = ':';
    const char* names[] = {"soffice", "libreoffice"};
#endif
    std::string list = path;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto end = std::min(list.find(separator, start), list.size());
        const std::string folder = list.substr(start, end - start);
        start = end + 1;
        if (folder.empty()) continue;
        for (const char* name : names) {
            std::error_code error;
            const fs::path candidate = common::path_from_utf8(folder) / name;
            if (fs::is_regular_file(candidate, error)) return candidate;
        }
    }
    return std::nullopt;
}

std::string quoted(const fs::path& path) { return "\"" + common::path_to_utf8(path) + "\""; }

// Converts in a private folder with its own LibreOffice profile, so a
// LibreOffice the user has open does not take the job (or block it).
int convert_to_pdf(const assessment::Assessment& assessment, const fs::path& out, const exports::ReportOptions& options,
                   const fs::path& soffice) {
    std::random_device random;
    const fs::path work = fs::temp_directory_path() / ("socle-report-" + std::to_string(random()));
    fs::create_directories(work);
    struct Cleanup {
        fs::path folder;
        ~Cleanup() {
            std::error_code ignored;
            fs::remove_all(folder, ignored);
        }
    } cleanup{work};
    const fs::path docx = work / "report.docx";
    exports::write_report(assessment, docx, options);
    std::string profile = common::path_to_utf8(work / "profile");
    for (auto& c : profile)
        if (c == '\\') c = '/';
    const std::string command = quoted(soffice) + " -env:UserInstallation=file://" + (profile.front() == '/' ? "" : "/") +
                                profile + " --headless --convert-to pdf --outdir " + quoted(work) + " " + quoted(docx) +
#ifdef _WIN32
                                " > NUL 2>&1";
#else
                                " > /dev/null 2>&1";
#endif
    const int status = std::system(command.c_str());
    const fs::path pdf = work / "report.pdf";
    std::error_code error;
    if (status != 0 || !fs::is_regular_file(pdf, error)) {
        std::cerr << "socle-cli report: LibreOffice (" << common::path_to_utf8(soffice)
                  << ") could not convert the report to PDF. Write OUT.docx instead and save it as PDF from Word "
                     "or LibreOffice.\n";
        return kFailure;
    }
    common::AtomicWriteOptions write;
    write.require_utf8 = false;
    common::write_file_atomically(out, common::read_file(pdf), write);
    return kOk;
}

}  // namespace

int run_report(const CommandArgs& raw) {
    const auto opened = open_command("report", raw,
                                     {{"-o", true}, {"--output", true}, {"--lang", true}, {"--anonymise", false},
                                      {"--anonymize", false}, {"--final", false}, {"--no-cases", false}},
                                     kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (args->positional().size() != 1) return usage_error("report", "name one .socle file");
    const auto output = args->value("-o") ? args->value("-o") : args->value("--output");
    if (!output || output->empty()) return usage_error("report", "name the report with -o OUT.docx (or OUT.pdf)");
    const auto lang = args->value("--lang");
    if (lang && !valid_lang(*lang)) return usage_error("report", "'" + *lang + "' is not a language code (en, fr, ru, lo, tg)");
    const fs::path out = file_path(*output);
    const auto extension = lower_extension(out);
    if (extension != ".docx" && extension != ".pdf")
        return usage_error("report", "the report is a .docx (or .pdf) file: name it OUT.docx");

    exports::ReportOptions options;
    options.lang = lang.value_or("");
    options.anonymise = args->has("--anonymise") || args->has("--anonymize");
    options.final = args->has("--final");
    if (!args->has("--no-cases")) {
        auto practices = frameworks::PracticeCatalog::discover(common::user_practices_dir());
        print_diagnostics(practices.problems);  // a broken user file is said and left out
        options.practices = std::move(practices.libraries);
    }

    std::optional<fs::path> soffice;
    if (extension == ".pdf") {
        soffice = find_soffice();
        if (!soffice) {
            std::cerr << "socle-cli report: LibreOffice (soffice) is not installed or not on PATH, so no PDF can be "
                         "made here. Write the report with -o OUT.docx, open it in Word (File > Save As > PDF) or "
                         "LibreOffice (File > Export as PDF).\n";
            return kInvalidInput;
        }
    }
    const auto assessment = load_assessment_or_report(args->positional().front());
    if (!assessment) return kInvalidInput;
    if (soffice) {
        const int status = convert_to_pdf(*assessment, out, options, *soffice);
        if (status == kOk) std::cout << "Wrote " << *output << "\n";
        return status;
    }
    exports::write_report(*assessment, out, options);
    std::cout << "Wrote " << *output << "\n";
    return kOk;
}

}  // namespace socle::cli
