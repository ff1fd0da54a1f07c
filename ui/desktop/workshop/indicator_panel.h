#pragma once
// One indicator as the room discusses it: the question, how to rate it and
// the team's core lists it is rated against (format 2), guidance for the
// facilitator, the evidence to look for and the sources it stands beside, the levels as cards, the votes,
// the room's level and spread (with a warning when the room disagrees), and
// what the facilitator records (ResponseFields) and the documents of the
// evidence register that support it (EvidencePanel). Under the level cards,
// the cases from other countries at the levels above the room's
// (PracticePanel).
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <wx/scrolwin.h>

#include "assessment/assessment.h"

class wxButton;
class wxStaticText;

namespace socle::desktop {

class Document;
class EvidencePanel;
class LevelCard;
class PracticePanel;
class VotesGrid;
class ResponseFields;
class WrappedText;

class IndicatorPanel : public wxScrolledWindow {
public:
    IndicatorPanel(wxWindow* parent, Document& document);

    // Shows the document's current indicator from the top.
    void show_current();
    // Re-reads the values (after an edit) without moving.
    void refresh();
    void commit_pending();

    // Records a vote for the selected participant (or, with nobody in the
    // room list, the agreed level); nullopt clears it. Then selects the
    // next participant.
    void record(std::optional<assessment::Vote> vote);
    // Records the room's agreed level on the shown indicator, whichever row
    // of the votes list is selected (presentation mode's `a`, then a level).
    void record_agreed(std::optional<assessment::Vote> agreed);
    // Records the rationale of the shown indicator's agreed level
    // (presentation mode's `r`).
    void record_rationale(const std::string& rationale);
    const std::string& shown() const { return shown_; }

    VotesGrid* votes() { return votes_; }
    ResponseFields* response() { return response_; }
    EvidencePanel* evidence_register() { return register_; }
    PracticePanel* practices() { return practices_; }
    WrappedText* question() { return question_; }
    // Format 2: the rating rule, the core lists line and the typed mappings
    // (hidden when the framework gives none).
    WrappedText* rule() { return rule_; }
    WrappedText* core_lists() { return core_; }
    WrappedText* stands_beside() { return beside_; }
    wxStaticText* derived_level() { return derived_; }
    wxWindow* warning() { return warning_; }
    const std::vector<LevelCard*>& cards() const { return cards_; }

    // The facilitator's notes (guidance, evidence to look for, the sources
    // it stands beside) fold into one line, so that on a 1024x768 projector
    // the levels and votes come straight after the question.
    void show_notes(bool shown);
    bool notes_shown() const { return notes_shown_; }
    wxButton* notes_toggle() { return notes_toggle_; }
    // Called when the facilitator folds or unfolds them with the button.
    void set_on_notes_toggled(std::function<void(bool)> callback) { on_notes_toggled_ = std::move(callback); }

private:
    // A level the framework has, and no N/A where it is refused (with a message).
    bool may_record(const std::optional<assessment::Vote>& vote);
    void build_cards();
    void refresh_result();
    void rewrap();
    void show_rating_guide(const frameworks::Indicator& indicator);
    void scroll_into_view(wxWindow* window);
    // column: 0 the full width, 1 the right-hand column, 2 inside the guidance box.
    WrappedText* wrapped(wxWindow* parent, double size, bool bold, int column);

    Document& document_;
    std::string shown_;
    WrappedText* place_ = nullptr;
    WrappedText* question_ = nullptr;
    WrappedText* rule_ = nullptr;
    WrappedText* core_ = nullptr;
    WrappedText* guidance_ = nullptr;
    wxWindow* beside_title_ = nullptr;
    wxWindow* guide_box_ = nullptr;
    wxButton* notes_toggle_ = nullptr;
    bool notes_shown_ = true;
    wxWindow* last_focus_ = nullptr;  // compared on idle, never dereferenced
    std::function<void(bool)> on_notes_toggled_;
    WrappedText* beside_ = nullptr;
    WrappedText* evidence_ = nullptr;
    wxWindow* cards_panel_ = nullptr;
    std::vector<LevelCard*> cards_;
    wxStaticText* derived_ = nullptr;
    WrappedText* source_ = nullptr;
    WrappedText* spread_ = nullptr;
    wxWindow* warning_ = nullptr;
    WrappedText* warning_text_ = nullptr;
    VotesGrid* votes_ = nullptr;
    ResponseFields* response_ = nullptr;
    EvidencePanel* register_ = nullptr;
    PracticePanel* practices_ = nullptr;
    // Labels that wrap with the width, with their unwrapped text.
    struct Wrapped {
        WrappedText* label;
        int column;
    };
    std::vector<Wrapped> wrapped_;
    int wrapped_width_ = 0;
    bool layout_pending_ = false;
};

}  // namespace socle::desktop
