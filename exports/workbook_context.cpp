// What the workbook's sheet writers share: the assessment's figures, computed
// once, and lookups of names and texts in the workbook's language.
#include "exports/detail/workbook_context.h"

#include <algorithm>

#include "common/i18n.h"
#include "exports/detail/indicator_text.h"
#include "frameworks/framework_words.h"

namespace socle::exports::detail {

WorkbookContext::WorkbookContext(const assessment::Assessment& a, const scoring::AssessmentFigures& figures,
                                 std::string language)
    : XlsxBook(std::move(language)),
      assessment(a),
      framework(a.framework()),
      scores(figures.scores),
      plan(figures.plan),
      analysis(figures.analysis) {
    names = {tr(N_("Summary")),      tr(N_("Domains")), tr(N_("Indicators")),   tr(N_("Gaps")),
             tr(N_("Roadmap")),      tr(N_("Systems")), tr(N_("Flows")),        tr(N_("Dependencies")),
             tr(N_("Participants")), tr(N_("Evidence")), tr(N_("Method")), tr(N_("Sources")), tr(N_("Glossary"))};
    for (const auto& system : a.systems.systems) systems_by_id.emplace(system.id, &system);
}

const assessment::InformationSystem* WorkbookContext::find_system(std::string_view system_id) const {
    const auto it = systems_by_id.find(system_id);
    return it == systems_by_id.end() ? nullptr : it->second;
}

const std::string& WorkbookContext::text(const frameworks::LocalizedText& localized) const {
    return framework.text(localized, lang);
}

std::string WorkbookContext::participant_label(std::size_t index) const {
    const auto& participant = assessment.participants.at(index);
    if (participant.anonymous || assessment.anonymised || participant.name.empty()) {
        if (!participant.anonymous && !assessment.anonymised && !participant.id.empty()) return participant.id;
        return tr(N_("Participant")) + " " + std::to_string(index + 1);
    }
    return participant.name;
}

std::string WorkbookContext::domain_name(std::string_view domain_id) const {
    const auto* domain = framework.find_domain(domain_id);
    return domain ? text(domain->name) : std::string(domain_id);
}

std::string WorkbookContext::indicator_question(std::string_view indicator_id) const {
    const auto* indicator = framework.find_indicator(indicator_id);
    return indicator ? text(indicator->question) : std::string();
}

std::string WorkbookContext::rating_rule(const frameworks::Indicator& indicator) const {
    return text(frameworks::rating_rule_for(framework, indicator));
}

std::string WorkbookContext::core_lists_text(const frameworks::Indicator& indicator) const {
    return detail::core_lists_text(indicator, assessment.core, lang, "\n");
}

std::string WorkbookContext::system_label(std::string_view system_id) const {
    const auto* system = find_system(system_id);
    if (!system || system->name.empty() || system->name == system_id) return std::string(system_id);
    return system->name + " (" + std::string(system_id) + ")";
}

std::string WorkbookContext::indicator_column(int col) const {
    const int last = std::max(1, indicator_rows());
    return sheet_prefix(names.indicators) + cell_ref(1, col, true) + ":" + cell_ref(last, col, true);
}

std::string WorkbookContext::domain_column(int col) const {
    const int last = std::max(1, domain_rows());
    return sheet_prefix(names.domains) + cell_ref(1, col, true) + ":" + cell_ref(last, col, true);
}

void table_header(WorkbookContext& ctx, lxw_worksheet* ws, int row, std::initializer_list<std::string> labels,
                  int first_col) {
    int col = first_col;
    for (const auto& label : labels) put_text(ws, row, col++, label, ctx.formats.header);
}

void table_header(WorkbookContext& ctx, RowFitter& fit, lxw_worksheet* ws, int row,
                  std::initializer_list<std::string> labels, int first_col) {
    int col = first_col;
    for (const auto& label : labels) fit.text(ws, row, col++, label, ctx.formats.header);
}

}  // namespace socle::exports::detail
