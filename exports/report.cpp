// The report's entry point and its shared context (see report.h and
// detail/report_context.h). Sections are written in report_*.cpp.
#include "exports/report.h"

#include "assessment/anonymise.h"
#include "common/atomic_file.h"
#include "common/i18n.h"
#include "common/text.h"
#include "common/translations.h"
#include "exports/detail/docx_package.h"
#include "exports/detail/report_context.h"

namespace socle::exports {

using detail::ReportContext;

std::string report_language_tag(const std::string& lang) {
    if (lang.find('-') != std::string::npos || lang.find('_') != std::string::npos) {
        std::string tag = lang;
        for (auto& c : tag)
            if (c == '_') c = '-';
        return tag;
    }
    static const std::pair<const char*, const char*> kRegions[] = {
        {"en", "en-GB"}, {"fr", "fr-FR"}, {"ru", "ru-RU"}, {"lo", "lo-LA"}, {"tg", "tg-TJ"}};
    for (const auto& [code, tag] : kRegions)
        if (lang == code) return tag;
    return lang.empty() ? "en-GB" : lang;
}

namespace detail {

ReportContext::ReportContext(const assessment::Assessment& a, const scoring::AssessmentFigures& f,
                             std::string language)
    : assessment(a),
      framework(a.framework()),
      figures(f),
      scores(f.scores),
      profile(scoring::level_profile(f.scores, a)),
      lang(std::move(language)),
      doc(report_language_tag(lang)) {}

std::string ReportContext::tr(std::string_view english) const { return std::string(common::translate(english, lang)); }

std::string ReportContext::fill(std::string_view english,
                                std::initializer_list<std::pair<std::string_view, std::string>> values) const {
    std::string text = tr(english);
    for (const auto& [name, value] : values) {
        const std::string key = "{" + std::string(name) + "}";
        // Values are inserted after the search position, so a value holding
        // "{...}" is never taken for a placeholder.
        for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size())) {
            text.replace(at, key.size(), value);
        }
    }
    return text;
}

const std::string& ReportContext::text(const frameworks::LocalizedText& localized) const {
    return framework.text(localized, lang);
}

std::string ReportContext::domain_name(std::string_view domain_id) const {
    const auto* domain = framework.find_domain(domain_id);
    return domain ? text(domain->name) : std::string(domain_id);
}

std::string ReportContext::indicator_question(std::string_view indicator_id) const {
    const auto* indicator = framework.find_indicator(indicator_id);
    return indicator ? text(indicator->question) : std::string();
}

std::string ReportContext::level_name(int level) const {
    if (level < 1 || level > framework.level_count()) return std::to_string(level);
    return std::to_string(level) + " - " + text(framework.levels[static_cast<std::size_t>(level - 1)].name);
}

std::string ReportContext::participant_label(std::size_t index) const {
    const auto& participant = assessment.participants.at(index);
    if (participant.anonymous || assessment.anonymised || participant.name.empty())
        return tr(N_("Participant")) + " " + std::to_string(index + 1);
    return participant.name;
}

std::string ReportContext::system_name(std::string_view system_id) const {
    const auto* system = assessment.systems.find(system_id);
    return system && !system->name.empty() ? system->name : std::string(system_id);
}

std::string ReportContext::number(double value, int decimals) const {
    // Rounded as the screen and the workbook round (scoring/figure_text.h).
    std::string text = common::format_rounded(value, decimals);
    // French and Russian write a decimal comma.
    if (lang.rfind("fr", 0) == 0 || lang.rfind("ru", 0) == 0 || lang.rfind("tg", 0) == 0)
        for (auto& c : text)
            if (c == '.') c = ',';
    return text;
}

std::string ReportContext::number(const std::optional<double>& value, int decimals) const {
    return value ? number(*value, decimals) : "-";
}

std::string ReportContext::percent(const std::optional<double>& share) const {
    return share ? number(*share * 100, 0) + " %" : "-";
}

std::string ReportContext::step_action(std::string_view indicator_id, int from) const {
    const auto* indicator = framework.find_indicator(indicator_id);
    if (!indicator || from < 1 || from > static_cast<int>(indicator->steps.size())) return {};
    return text(indicator->steps[static_cast<std::size_t>(from - 1)].action);
}

namespace {

void write_document(const assessment::Assessment& assessment, const scoring::AssessmentFigures& figures,
                    const std::filesystem::path& out, const ReportOptions& options) {
    const std::string lang = options.lang.empty() ? assessment.metadata.language : options.lang;
    ReportContext ctx(assessment, figures, lang.empty() ? "en" : lang);
    ctx.cases = scoring::roadmap_cases(figures.plan, options.practices, ctx.framework);
    write_cover(ctx, options.final);
    write_executive_summary(ctx);
    write_charts(ctx);
    write_domain_chapters(ctx);
    write_system_map(ctx);
    write_roadmap(ctx);
    write_participants(ctx);
    write_evidence_annex(ctx);
    write_method_annex(ctx);
    write_sources_annex(ctx);
    write_practices_annex(ctx);
    write_sign_off(ctx);

    const auto& meta = assessment.metadata;
    DocxProperties properties;
    properties.title = meta.title.empty() ? ctx.tr(N_("Digital maturity assessment report")) : meta.title;
    properties.subject = ctx.text(ctx.framework.title);
    properties.creator = assessment.anonymised ? std::string("Socle") : meta.facilitator;
    properties.keywords = meta.country + "; " + meta.round + "; " + ctx.framework.id + " " + ctx.framework.version;
    properties.description = ctx.tr(N_("Digital maturity assessment of the social protection system"));
    properties.status = ctx.tr(options.final ? N_("Final") : N_("Draft"));
    properties.page_label = ctx.tr(N_("Page"));
    common::AtomicWriteOptions write;
    write.require_utf8 = false;  // a zip archive
    common::write_file_atomically(out, detail::docx_package(ctx.doc, properties), write);
}

}  // namespace
}  // namespace detail

void write_report(const assessment::Assessment& assessment, const std::filesystem::path& out,
                  const ReportOptions& options) {
    write_report(assessment, scoring::compute_figures(assessment), out, options);
}

void write_report(const assessment::Assessment& assessment, const scoring::AssessmentFigures& figures,
                  const std::filesystem::path& out, const ReportOptions& options) {
    if (!options.anonymise) {
        detail::write_document(assessment, figures, out, options);
        return;
    }
    auto copy = assessment;
    assessment::AnonymiseOptions anonymise_options;
    anonymise_options.seed = 0;  // the same file gives the same report
    assessment::anonymise(copy, anonymise_options);
    detail::write_document(copy, scoring::compute_figures(copy), out, options);
}

}  // namespace socle::exports
