#pragma once
// Training mode's column in the walkthrough (docs/training.md, "On the
// desktop"): beside the indicator and its level cards, the case's evidence
// pack for that indicator (document excerpts, interview notes) in the
// session language, and the expert key, revealed only on demand and only
// once the team has recorded an agreed level (before that, the button says
// why not). It follows the walkthrough's indicator and the document's edits
// by itself (when idle), so the walkthrough needs no change for it.
#include <cstdint>
#include <string>
#include <vector>

#include <wx/scrolwin.h>

#include "frameworks/training_case.h"

class wxButton;
class wxSizer;
class wxStaticText;

namespace socle::desktop {

class Document;
class WrappedText;

class TrainingPackPanel : public wxScrolledWindow {
public:
    TrainingPackPanel(wxWindow* parent, Document& document, const frameworks::TrainingCase& training_case);

    // Follows the document's current indicator and state now (idle does it too).
    void sync();
    // The "Reveal the expert key" button's action: the key, or why not yet.
    void reveal();
    bool revealed() const { return revealed_; }

    wxButton* reveal_button() { return reveal_; }
    // What the key area says (the refusal, or the key and the comparison).
    WrappedText* key_text() { return key_; }
    // The pack's texts, in order (titles and excerpts).
    const std::vector<WrappedText*>& pack_texts() const { return pack_texts_; }

private:
    void show_indicator();
    void show_key();
    WrappedText* add_text(wxSizer* sizer, const wxString& text, double size, bool bold);
    void rewrap();

    Document& document_;
    const frameworks::TrainingCase& case_;
    std::string shown_;
    std::uint64_t state_ = 0;
    bool revealed_ = false;
    wxSizer* pack_sizer_ = nullptr;
    std::vector<WrappedText*> pack_texts_;
    std::vector<WrappedText*> all_texts_;
    wxButton* reveal_ = nullptr;
    WrappedText* key_ = nullptr;
    bool layout_pending_ = false;
};

// Adds the column to the walkthrough page (whose sizer is a row: navigator,
// indicator) when the document is a training file; nothing otherwise.
// Returns the column, or nullptr.
TrainingPackPanel* attach_training_pack(wxWindow* walkthrough_page, Document& document);

}  // namespace socle::desktop
