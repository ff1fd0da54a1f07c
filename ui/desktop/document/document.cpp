#include "ui/desktop/document/document.h"

#include "assessment/assessment_io.h"
#include "common/path_text.h"

namespace socle::desktop {

Document::Document(assessment::Assessment assessment, std::filesystem::path path, std::string recovery_slot)
    : history_(std::move(assessment)), path_(std::move(path)), recovery_slot_(std::move(recovery_slot)) {
    for (const auto& domain : framework().domains) {
        if (!domain.indicators.empty()) {
            current_indicator_ = domain.indicators.front().id;
            break;
        }
    }
}

const scoring::AssessmentScores& Document::scores() const {
    if (!scores_ || scores_state_ != history_.state_id()) {
        scores_ = scoring::score_assessment(history_.current());
        scores_state_ = history_.state_id();
    }
    return *scores_;
}

const scoring::RoadmapPlan& Document::plan() const {
    if (!plan_ || plan_state_ != history_.state_id()) {
        plan_ = scoring::plan_roadmap(history_.current(), scores());
        plan_state_ = history_.state_id();
    }
    return *plan_;
}

const scoring::SystemMapAnalysis& Document::analysis() const {
    if (!analysis_ || analysis_state_ != history_.state_id()) {
        analysis_ = scoring::analyse_system_map(history_.current().systems);
        analysis_state_ = history_.state_id();
    }
    return *analysis_;
}

scoring::AssessmentFigures Document::figures() const { return {scores(), plan(), analysis()}; }

std::string Document::display_name() const {
    if (!assessment().metadata.title.empty()) return assessment().metadata.title;
    return common::path_to_utf8(path_.stem());
}

void Document::apply(assessment::Edit edit) {
    history_.apply(std::move(edit));
    changed();
}

void Document::undo() {
    if (!history_.can_undo()) return;
    history_.undo();
    changed();
}

void Document::redo() {
    if (!history_.can_redo()) return;
    history_.redo();
    changed();
}

void Document::save_as(const std::filesystem::path& path) {
    assessment::save_assessment_file(assessment(), path);
    path_ = path;
    history_.mark_saved();
    changed();
}

void Document::set_current_indicator(const std::string& indicator_id) {
    if (framework().find_indicator(indicator_id)) current_indicator_ = indicator_id;
}

std::string Document::neighbour_indicator(int direction) const {
    std::vector<const frameworks::Indicator*> order;
    for (const auto& domain : framework().domains)
        for (const auto& indicator : domain.indicators) order.push_back(&indicator);
    std::size_t position = 0;
    while (position < order.size() && order[position]->id != current_indicator_) ++position;
    if (position == order.size()) return current_indicator_;
    for (auto i = static_cast<long>(position) + direction; i >= 0 && i < static_cast<long>(order.size()); i += direction) {
        const auto& candidate = *order[static_cast<std::size_t>(i)];
        if (assessment().is_relevant(candidate)) return candidate.id;
    }
    return current_indicator_;
}

void Document::changed() {
    if (on_change_) on_change_();
}

std::filesystem::path file_name_from(std::string name, std::string_view suffix) {
    for (char& c : name)
        if (std::string_view("<>:\"/\\|?*").find(c) != std::string_view::npos || static_cast<unsigned char>(c) < 32) c = '_';
    while (!name.empty() && (name.back() == ' ' || name.back() == '.')) name.pop_back();
    if (name.empty()) name = "assessment";
    return common::path_from_utf8(name + std::string(suffix));
}

std::filesystem::path suggested_file_name(const Document& document) {
    return file_name_from(document.path().empty() ? document.display_name() : common::path_to_utf8(document.path().stem()),
                          ".socle");
}

}  // namespace socle::desktop
