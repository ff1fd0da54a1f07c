// socle-cli show FRAMEWORK_ID_OR_FILE|ASSESSMENT.socle [--lang CODE]
#include <iostream>

#include "common/path_text.h"
#include "common/user_paths.h"
#include "frameworks/framework_catalog.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/cli_output.h"
#include "ui/cli/commands.h"

namespace socle::cli {

namespace {

constexpr const char* kHelp =
    "Usage: socle-cli show FRAMEWORK_ID_OR_FILE|ASSESSMENT.socle [--lang CODE]\n\n"
    "Prints a framework as readable text, for review by a person. Texts missing\n"
    "in the chosen language fall back to the framework's default language and\n"
    "are marked with that language's code, e.g. [en], so a translator sees what\n"
    "is left to do. Format 2 frameworks add the rating rule, each indicator's own\n"
    "rule, the lists it is rated against, where it stands beside the sources and\n"
    "the bibliography. Given an assessment, prints its framework (the snapshot in\n"
    "the file) with the team's core schemes and systems.\n";

// Prints a framework in one language, marking every fallback.
class FrameworkPrinter {
public:
    FrameworkPrinter(const frameworks::Framework& framework, std::string lang,
                     const assessment::CoreNames* core = nullptr)
        : framework_(framework), lang_(std::move(lang)), core_(core) {}

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
        if (!framework_.rating_rule.empty()) std::cout << "\nRating rule: " << text(framework_.rating_rule) << "\n";
        for (const auto& domain : framework_.domains) print_domain(domain);
        if (!framework_.sources.empty()) std::cout << "\n" << std::string(72, '=') << "\nSources\n";
        for (const auto& source : framework_.sources) {
            std::cout << "  [" << source.id << "] " << source.title;
            for (const auto* part : {&source.publisher, &source.year, &source.edition, &source.url})
                if (!part->empty()) std::cout << ". " << *part;
            std::cout << "\n";
        }
    }

private:
    std::string text(const frameworks::LocalizedText& localized) const {
        if (localized.empty()) return "";
        if (localized.has(lang_)) return *localized.find(lang_);
        return "[" + framework_.default_language + "] " + framework_.text(localized, lang_);
    }

    // "schemes (A; B)": the team's names when an assessment gave them.
    std::string core_text(const char* list, const std::vector<std::string>* names) const {
        std::string out = list;
        if (!names) return out;
        out += " (";
        if (names->empty()) out += "none listed";
        for (std::size_t i = 0; i < names->size(); ++i) out += (i ? "; " : "") + (*names)[i];
        return out + ")";
    }

    void print_format2(const frameworks::Indicator& indicator) const {
        if (indicator.always_applicable) std::cout << "  Always applicable: N/A is refused\n";
        if (indicator.core.any()) {
            std::cout << "  Rated against the core ";
            if (indicator.core.schemes) std::cout << core_text("schemes", core_ ? &core_->schemes : nullptr);
            if (indicator.core.schemes && indicator.core.systems) std::cout << " and ";
            if (indicator.core.systems) std::cout << core_text("systems", core_ ? &core_->systems : nullptr);
            std::cout << "\n";
        }
        if (!indicator.rule.empty()) std::cout << "  Rule: " << text(indicator.rule) << "\n";
        for (const auto& mapping : indicator.mappings) {
            const auto* source = framework_.find_source(mapping.source_id);
            std::cout << "  Stands beside " << (source ? source->title : mapping.source_id)
                      << (mapping.ref.empty() ? "" : ", " + mapping.ref) << " ("
                      << frameworks::mapping_relation_key(mapping.relation) << "): " << text(mapping.why) << "\n";
        }
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
        print_format2(indicator);
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
    const assessment::CoreNames* core_;  // the assessment's lists, when one was given
};

void print_core_lists(const assessment::CoreNames& core) {
    const auto list = [](const char* label, const std::vector<std::string>& names) {
        std::cout << label << ":";
        if (names.empty()) std::cout << " none listed";
        for (std::size_t i = 0; i < names.size(); ++i) std::cout << (i ? "; " : " ") << names[i];
        std::cout << "\n";
    };
    list("Core schemes", core.schemes);
    list("Core systems", core.systems);
}

}  // namespace

int run_show(const CommandArgs& raw) {
    const auto opened = open_command("show", raw, {{"--lang", true}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& args = opened.args;
    if (args->positional().size() != 1) return usage_error("show", "name one framework id or file");
    const auto& name = args->positional().front();
    if (common::path_from_utf8(name).extension() == ".socle") {
        const auto assessment = load_assessment_or_report(name);
        if (!assessment) return kInvalidInput;
        const auto& framework = assessment->framework();
        std::cout << "Assessment: " << (assessment->metadata.title.empty() ? name : assessment->metadata.title) << "\n";
        print_core_lists(assessment->core);
        std::cout << "\n";
        std::string lang = args->value_or("--lang", assessment->metadata.language);
        if (lang.empty()) lang = framework.default_language;
        FrameworkPrinter(framework, lang, &assessment->core).print();
        return kOk;
    }

    const auto catalog = frameworks::FrameworkCatalog::discover(common::user_frameworks_dir());
    const auto result = frameworks::resolve_framework(catalog, args->positional().front());
    print_diagnostics(result.diagnostics);
    if (!result.ok()) return kInvalidInput;
    FrameworkPrinter(*result.framework, args->value_or("--lang", result.framework->default_language)).print();
    return kOk;
}

}  // namespace socle::cli
