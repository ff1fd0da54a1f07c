#pragma once
// Training mode's column in the walkthrough (docs/training.md, "On the
// desktop"): beside the indicator and its level cards, the case's evidence
// pack for that indicator (document excerpts, interview notes) in the
// session language, and the expert key, revealed only on demand and only
// once the team has recorded an agreed level (before that, the button says
// why not). It follows the walkthrough's indicator and the document's edits
// by itself (when idle), so the walkthrough needs no change for it.
//
// Both texts are read-only multi-line text controls of a fixed share of the
// column: only their contents change. Labels created or resized after the
// first paint (wrapped labels, static texts) were left undrawn or clipped
// here under GTK when the column rebuilt itself (the GUI test counts the
// dark pixels of what is shown).
#include <cstdint>
#include <string>

#include <wx/panel.h>

#include "frameworks/training_case.h"

class wxButton;
class wxTextCtrl;

namespace socle::desktop {

class Document;

class TrainingPackPanel : public wxPanel {
public:
    TrainingPackPanel(wxWindow* parent, Document& document, const frameworks::TrainingCase& training_case);

    // Follows the document's current indicator and state now (idle does it too).
    void sync();
    // The "Reveal the expert key" button's action: the key, or why not yet.
    void reveal();
    bool revealed() const { return revealed_; }

    wxButton* reveal_button() { return reveal_; }
    // The evidence pack of the indicator shown: titles and excerpts.
    wxTextCtrl* pack_text() { return pack_; }
    // What the key area says (nothing, the refusal, or the key and the comparison).
    wxTextCtrl* key_text() { return key_; }

private:
    void show_indicator();
    void show_key();
    void set_key_text(const wxString& text, const wxColour& colour);

    Document& document_;
    const frameworks::TrainingCase& case_;
    std::string shown_;
    std::uint64_t state_ = 0;
    bool revealed_ = false;
    wxTextCtrl* pack_ = nullptr;
    wxButton* reveal_ = nullptr;
    wxTextCtrl* key_ = nullptr;
};

// Adds the column to the walkthrough page (whose sizer is a row: navigator,
// indicator) when the document is a training file; nothing otherwise.
// Returns the column, or nullptr.
TrainingPackPanel* attach_training_pack(wxWindow* walkthrough_page, Document& document);

}  // namespace socle::desktop
