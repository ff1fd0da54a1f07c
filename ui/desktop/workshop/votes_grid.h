#pragma once
// The participants and their votes on the current indicator, built for fast
// entry with the keyboard: select a participant (arrows), press a digit for
// a level, n for not applicable, u for unknown, Delete to clear; the
// selection then moves to the next participant. The keys themselves are
// read by the walkthrough page (so they work from the level cards too).
// A line over the list names whose vote the keys set, and a thick frame
// shows when the list has the focus.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "assessment/assessment.h"

class wxListCtrl;

namespace socle::desktop {

class Document;
class FocusFrame;
class WrappedText;

class VotesGrid : public wxPanel {
public:
    VotesGrid(wxWindow* parent, Document& document);

    // Re-reads participants and the current indicator's votes.
    void refresh();
    // The selected participant's id (empty when there are none).
    std::string selected_participant() const;
    void select_participant(std::size_t row);
    // No participant: the vote keys record the agreed level.
    void select_none();
    // Selects the next participant; false when the last one is selected.
    bool select_next();
    void focus_list();
    // A vote that replaced (or cleared) another one on the shown indicator:
    // its row says "4  Integrated  (was 2)" in the accent colour until the
    // room moves to another indicator, so an overwrite is never silent.
    void mark_replaced(const std::string& participant, const std::optional<assessment::Vote>& before);
    wxString vote_text(const std::optional<assessment::Vote>& vote) const;
    wxListCtrl* list() { return list_; }
    // The "Voting for: NAME" line over the list, and the frame that marks the list's focus.
    WrappedText* voting_for() { return voting_for_; }
    FocusFrame* focus_frame() { return frame_; }

private:
    void update_voting_for();

    Document& document_;
    wxListCtrl* list_ = nullptr;
    FocusFrame* frame_ = nullptr;
    WrappedText* voting_for_ = nullptr;
    WrappedText* hint_ = nullptr;
    std::vector<std::string> participant_ids_;
    // The replaced votes' old values on replaced_indicator_, by participant.
    std::string replaced_indicator_;
    std::map<std::string, wxString> replaced_;
};

// How a participant is named in lists: their name, else "Anonymous (p3)".
wxString participant_label(const assessment::Participant& participant);

}  // namespace socle::desktop
