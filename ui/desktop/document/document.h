#pragma once
// An open assessment as the app holds it: the edit history (every change
// goes through it, so undo, redo and "modified" are always right), the file
// it belongs to, its recovery slot, the scores, roadmap plan and map analysis of
// the current state (cached by state id) and the indicator the walkthrough is on. Views read it and
// dispatch edits to it; the scoring is the core's.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "assessment/edit_history.h"
#include "scoring/assessment_figures.h"
#include "scoring/assessment_scores.h"

namespace socle::desktop {

class Document {
public:
    Document(assessment::Assessment assessment, std::filesystem::path path, std::string recovery_slot);

    const assessment::Assessment& assessment() const { return history_.current(); }
    const frameworks::Framework& framework() const { return assessment().framework(); }
    const scoring::AssessmentScores& scores() const;
    // The roadmap plan and the system-map analysis of the current state,
    // each computed on first use and kept until the next change (the
    // roadmap and map pages, and the exports, share them).
    const scoring::RoadmapPlan& plan() const;
    const scoring::SystemMapAnalysis& analysis() const;
    // A copy of all three, for a worker thread (the user may go on editing).
    scoring::AssessmentFigures figures() const;
    // The session language framework content is shown in.
    const std::string& language() const { return assessment().metadata.language; }

    const std::filesystem::path& path() const { return path_; }
    const std::string& recovery_slot() const { return recovery_slot_; }
    void set_recovery_slot(std::string slot) { recovery_slot_ = std::move(slot); }
    // The title, else the file name, else empty (the caller says "Untitled").
    std::string display_name() const;

    bool modified() const { return history_.is_modified(); }
    // Counts the document as modified until saved (it is in no file yet).
    void mark_unsaved() { history_.mark_unsaved(); }
    std::uint64_t state_id() const { return history_.state_id(); }
    bool can_undo() const { return history_.can_undo(); }
    bool can_redo() const { return history_.can_redo(); }
    std::string undo_description() const { return history_.undo_description(); }
    std::string redo_description() const { return history_.redo_description(); }

    void apply(assessment::Edit edit);
    void undo();
    void redo();

    // Saves atomically (keeping NAME.socle.bak) and remembers the path.
    // Throws common::IoError; nothing changes then.
    void save_as(const std::filesystem::path& path);

    // The indicator the walkthrough shows; the first one by default.
    const std::string& current_indicator() const { return current_indicator_; }
    void set_current_indicator(const std::string& indicator_id);
    // The next (or previous) relevant indicator in framework order; the
    // current one when there is none further.
    std::string neighbour_indicator(int direction) const;

    // Called after every change of the assessment (edit, undo, redo).
    void set_on_change(std::function<void()> on_change) { on_change_ = std::move(on_change); }

private:
    void changed();

    assessment::EditHistory history_;
    std::filesystem::path path_;
    std::string recovery_slot_;
    std::string current_indicator_;
    std::function<void()> on_change_;
    mutable std::optional<scoring::AssessmentScores> scores_;
    mutable std::uint64_t scores_state_ = 0;
    mutable std::optional<scoring::RoadmapPlan> plan_;
    mutable std::uint64_t plan_state_ = 0;
    mutable std::optional<scoring::SystemMapAnalysis> analysis_;
    mutable std::uint64_t analysis_state_ = 0;
};

// A file name made of `name` (a title in any script) and `suffix`: the
// characters no file system allows (<>:"/\|?* and controls) become '_',
// trailing dots and spaces go (Windows drops them), and an empty name
// becomes "assessment".
std::filesystem::path file_name_from(std::string name, std::string_view suffix);

// The name Save As offers: the file's own name, else the title.
std::filesystem::path suggested_file_name(const Document& document);

}  // namespace socle::desktop
