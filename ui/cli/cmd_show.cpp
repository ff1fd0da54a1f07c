// socle-cli show FRAMEWORK_ID_OR_FILE [--lang CODE]
#include <iostream>

#include "common/user_paths.h"
#include "frameworks/framework_catalog.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli show FRAMEWORK_ID_OR_FILE [--lang CODE]\n\n"
    "Prints a framework as readable text, for review by a person. Texts missing\n"
    "in the chosen language fall back to the framework's default language and\n"
    "are marked with that language's code, e.g. [en], so a translator sees what\n"
    "is left to do.\n";

// Prints a framework in one language, marking every fallback.
class FrameworkPrinter {
public:
    FrameworkPrinter(const frameworks::Framework& framework, std::string lang)
        : framework_(framework), lang_(std::move(lang)) {}

    void print() const {
        std::cout << text(framework_.title) << "\n"
                  << "id " << framework_.id << ", version " << framework_.version << ", sha256 "
                  << framework_.sha256.substr(0, 12) << "...\n";
        if (const auto* language = framework_.find_language(lang_);
            language && language->status == frameworks::LanguageStatus::Draft)
            std::cout << "Draft translation: " << language->note << "\n";
        std::cout << "\n" << text(framework_.description) << "\n\nScale\n";
        for (const auto& level : framework_.levels)
            std::cout << "  " << level.value << " " << text(level.name) << ": " << text(level.meaning) << "\n";
        if (!framework_.profile.empty()) std::cout << "\nProfile questions\n";
        for (const auto& question : framework_.profile) std::cout << "  [" << question.id << "] " << text(question.text) << "\n";
        for (const auto& domain : framework_.domains) print_domain(domain);
    }

private:
    std::string text(const frameworks::LocalizedText& localized) const {
        if (localized.empty()) return "";
        if (localized.has(lang_)) return *localized.find(lang_);
        return "[" + framework_.default_language + "] " + framework_.text(localized, lang_);
    }

    void print_domain(const frameworks::Domain& domain) const {
        std::cout << "\n" << std::string(72, '=') << "\n"
                  << domain.id << "  " << text(domain.name) << "  (weight " << domain.weight << ")\n"
                  << text(domain.description) << "\n";
        for (const auto& indicator : domain.indicators) print_indicator(indicator);
    }

    void print_indicator(const frameworks::Indicator& indicator) const {
        std::cout << "\n" << indicator.id << "  " << text(indicator.question) << "\n"
                  << "  weight " << indicator.weight << ", default target " << indicator.default_target << "\n";
        if (!indicator.guidance.empty()) std::cout << "  Guidance: " << text(indicator.guidance) << "\n";
        if (!indicator.evidence.empty()) std::cout << "  Evidence: " << text(indicator.evidence) << "\n";
        for (std::size_t level = 0; level < indicator.descriptors.size(); ++level)
            std::cout << "  Level " << level + 1 << ": " << text(indicator.descriptors[level]) << "\n";
        for (const auto& step : indicator.steps)
            std::cout << "  Step " << step.from << "->" << step.from + 1 << " [" << frameworks::effort_key(step.effort)
                      << "]: " << text(step.action) << "\n";
        for (const auto& prerequisite : indicator.prerequisites)
            std::cout << "  Requires " << prerequisite.indicator_id << " at level " << prerequisite.level
                      << " to reach level " << prerequisite.to_level << "\n";
        for (const auto& condition : indicator.relevant_if)
            std::cout << "  Applies when " << condition.question_id << " = " << condition.answer << "\n";
        if (!indicator.systems.empty()) {
            std::cout << "  Systems:";
            for (auto category : indicator.systems) std::cout << " " << frameworks::category_key(category);
            std::cout << "\n";
        }
        if (!indicator.references.empty()) {
            std::cout << "  References:";
            for (const auto& tag : indicator.references) std::cout << " " << tag;
            std::cout << "\n";
        }
    }

    const frameworks::Framework& framework_;
    std::string lang_;
};

}  // namespace

int run_show(const CommandArgs& raw) {
    const auto opened = open_command("show", raw, {{"--lang", true}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (args->positional().size() != 1) return usage_error("show", "name one framework id or file");

    const auto catalog = frameworks::FrameworkCatalog::discover(common::user_frameworks_dir());
    const auto result = frameworks::resolve_framework(catalog, args->positional().front());
    print_diagnostics(result.diagnostics);
    if (!result.ok()) return kInvalidInput;
    FrameworkPrinter(*result.framework, args->value_or("--lang", result.framework->default_language)).print();
    return kOk;
}

}  // namespace socle::cli
