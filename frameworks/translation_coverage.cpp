#include "frameworks/translation_coverage.h"

#include <algorithm>
#include <functional>

namespace socle::frameworks {

namespace {

void for_each_text(const Framework& framework, const std::function<void(const LocalizedText&)>& visit) {
    visit(framework.title);
    visit(framework.description);
    visit(framework.rating_rule);  // format 2: a translator must not miss the rules
    for (const auto& level : framework.levels) {
        visit(level.name);
        visit(level.meaning);
    }
    for (const auto& question : framework.profile) {
        visit(question.text);
        if (question.type == QuestionType::Choice)
            for (const auto& option : question.options) visit(option.label);
    }
    for (const auto& domain : framework.domains) {
        visit(domain.name);
        visit(domain.description);
        for (const auto& indicator : domain.indicators) {
            visit(indicator.question);
            visit(indicator.guidance);
            visit(indicator.evidence);
            for (const auto& descriptor : indicator.descriptors) visit(descriptor);
            for (const auto& step : indicator.steps) visit(step.action);
            visit(indicator.rule);
            for (const auto& mapping : indicator.mappings) visit(mapping.why);
        }
    }
}

}  // namespace

std::vector<LanguageCoverage> translation_coverage(const Framework& framework) {
    std::vector<LanguageCoverage> coverage;
    auto entry = [&](const std::string& code) -> LanguageCoverage& {
        for (auto& item : coverage)
            if (item.code == code) return item;
        LanguageCoverage item;
        item.code = code;
        if (const auto* info = framework.find_language(code)) item.status = info->status;
        coverage.push_back(item);
        return coverage.back();
    };
    entry(framework.default_language);
    for (const auto& language : framework.languages) entry(language.code);
    const std::size_t declared = coverage.size();

    std::size_t total = 0;
    for_each_text(framework, [&](const LocalizedText& text) {
        if (!text.has(framework.default_language)) return;
        ++total;
        for (const auto& [code, value] : text.all()) {
            auto& language = entry(code);
            ++language.translated;
            const auto status = text.status(code);
            language.reviewed += status == ReviewStatus::Reviewed ? 1 : 0;
            language.approved += status == ReviewStatus::Approved ? 1 : 0;
        }
    });
    for (auto& item : coverage) item.total = total;
    std::sort(coverage.begin() + static_cast<std::ptrdiff_t>(declared), coverage.end(),
              [](const LanguageCoverage& a, const LanguageCoverage& b) { return a.code < b.code; });
    return coverage;
}

}  // namespace socle::frameworks
