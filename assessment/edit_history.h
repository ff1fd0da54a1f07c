#pragma once
// Every change to an assessment goes through here, so it can be undone and
// redone, and so "modified since the last save" is always right: each state
// has an id that is never reused, and the save point remembers the id of the
// state that was saved. Save -> Undo -> Edit gives a new id, so the file
// shows as modified even though the undo stack has the same depth.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "assessment/assessment.h"

namespace socle::assessment {

// A reversible change. apply and revert must be exact inverses.
struct Edit {
    std::string description;  // for "Undo <description>" in menus
    std::function<void(Assessment&)> apply;
    std::function<void(Assessment&)> revert;
};

class EditHistory {
public:
    explicit EditHistory(Assessment initial, std::size_t max_depth = 1000);

    const Assessment& current() const { return assessment_; }

    void apply(Edit edit);
    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    std::string undo_description() const;
    std::string redo_description() const;
    void undo();
    void redo();

    bool is_modified() const { return state_ != saved_state_; }
    void mark_saved() { saved_state_ = state_; }
    // Forgets the save point: the current state counts as modified until
    // the next save (a document no file holds yet, such as a migration's
    // result, must not close without the question).
    void mark_unsaved() { saved_state_ = next_state_++; }
    std::uint64_t state_id() const { return state_; }

    // Replaces the whole assessment (e.g. after loading); forgets history.
    void reset(Assessment assessment);

private:
    struct Entry {
        Edit edit;
        std::uint64_t state_before;
        std::uint64_t state_after;
    };
    Assessment assessment_;
    std::vector<Entry> undo_;
    std::vector<Entry> redo_;
    std::size_t max_depth_;
    std::uint64_t state_ = 0;
    std::uint64_t saved_state_ = 0;
    std::uint64_t next_state_ = 1;
};

}  // namespace socle::assessment
