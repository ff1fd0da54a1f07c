#include "assessment/edit_history.h"

#include "common/error.h"

namespace socle::assessment {

EditHistory::EditHistory(Assessment initial, std::size_t max_depth)
    : assessment_(std::move(initial)), max_depth_(max_depth) {}

void EditHistory::apply(Edit edit) {
    if (!edit.apply || !edit.revert) throw common::LogicError("an edit needs apply and revert");
    edit.apply(assessment_);
    const std::uint64_t before = state_;
    state_ = next_state_++;
    undo_.push_back({std::move(edit), before, state_});
    redo_.clear();
    if (undo_.size() > max_depth_) undo_.erase(undo_.begin());
}

std::string EditHistory::undo_description() const { return undo_.empty() ? "" : undo_.back().edit.description; }
std::string EditHistory::redo_description() const { return redo_.empty() ? "" : redo_.back().edit.description; }

void EditHistory::undo() {
    if (undo_.empty()) return;
    Entry entry = std::move(undo_.back());
    undo_.pop_back();
    entry.edit.revert(assessment_);
    state_ = entry.state_before;
    redo_.push_back(std::move(entry));
}

void EditHistory::redo() {
    if (redo_.empty()) return;
    Entry entry = std::move(redo_.back());
    redo_.pop_back();
    entry.edit.apply(assessment_);
    state_ = entry.state_after;
    undo_.push_back(std::move(entry));
}

void EditHistory::reset(Assessment assessment) {
    assessment_ = std::move(assessment);
    undo_.clear();
    redo_.clear();
    state_ = next_state_++;
    saved_state_ = state_;
}

}  // namespace socle::assessment
