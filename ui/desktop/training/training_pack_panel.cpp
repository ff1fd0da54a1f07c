#include "ui/desktop/training/training_pack_panel.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "scoring/training_check.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/training/training_session.h"
#include "ui/desktop/widgets/theme.h"

namespace socle::desktop {

namespace {
constexpr int kMargin = 10;
constexpr int kWidth = 380;

const wxColour kPaper(0xF6, 0xF1, 0xE6);  // the case's documents, not the framework's text

wxString distance_label(scoring::KeyDistance distance) {
    switch (distance) {
        case scoring::KeyDistance::Exact: return _("exact");
        case scoring::KeyDistance::OneOff: return _("one level off");
        case scoring::KeyDistance::Further: return _("further off");
        case scoring::KeyDistance::NotRated: break;
    }
    return _("not rated");
}

bool agreed_on_a_level(const assessment::Assessment& assessment, const std::string& indicator_id) {
    const auto& agreed = assessment.response(indicator_id).agreed;
    return agreed && agreed->kind == assessment::VoteKind::Level;
}

wxTextCtrl* reading_text(wxWindow* parent, const char* name) {
    auto* text = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_WORDWRAP | wxBORDER_NONE,
                                wxDefaultValidator, name);
    text->SetBackgroundColour(kPaper);
    text->SetFont(theme::font(parent, 1.0));
    return text;
}

// Appends `text` in the control's font, bold or not, in `colour`.
void append(wxTextCtrl* control, const wxString& text, bool bold, const wxColour& colour) {
    wxFont font = control->GetFont();
    if (bold) font.MakeBold();
    control->SetDefaultStyle(wxTextAttr(colour, kPaper, font));
    control->AppendText(text);
}
}  // namespace

TrainingPackPanel::TrainingPackPanel(wxWindow* parent, Document& document, const frameworks::TrainingCase& training_case)
    : wxPanel(parent, wxID_ANY), document_(document), case_(training_case) {
    SetName("training-pack");
    SetBackgroundColour(kPaper);
    SetMinSize(wxSize(FromDIP(kWidth), -1));
    const int margin = FromDIP(kMargin);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* heading = new wxStaticText(this, wxID_ANY, wxString());
    heading->SetLabelText(wxString::Format(_("Training case: %s"),
                                           to_wx(case_text(case_.country_name, document_.language()))));
    heading->SetFont(theme::font(this, 1.1, true));
    heading->SetForegroundColour(theme::accent());
    heading->Wrap(FromDIP(kWidth - 3 * kMargin));
    sizer->Add(heading, 0, wxEXPAND | wxALL, margin);
    pack_ = reading_text(this, "training-pack-text");
    sizer->Add(pack_, 3, wxEXPAND | wxLEFT | wxRIGHT, margin);
    reveal_ = new wxButton(this, wxID_ANY, _("Reveal the expert key"));
    reveal_->SetToolTip(_("Shows the key's level, why, and the descriptor sentence that decides it; "
                          "only once the team has recorded its agreed level"));
    sizer->Add(reveal_, 0, wxALL, margin);
    key_ = reading_text(this, "training-key-text");
    sizer->Add(key_, 2, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, margin);
    SetSizer(sizer);

    reveal_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { reveal(); });
    Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        sync();
        event.Skip();
    });
    show_indicator();
}

void TrainingPackPanel::sync() {
    if (document_.current_indicator() != shown_) {
        show_indicator();
        return;
    }
    if (document_.state_id() != state_) {
        state_ = document_.state_id();
        if (revealed_) show_key();
    }
}

void TrainingPackPanel::set_key_text(const wxString& text, const wxColour& colour) {
    key_->Clear();
    if (!text.empty()) append(key_, text, false, colour);
    key_->ShowPosition(0);
}

void TrainingPackPanel::show_indicator() {
    shown_ = document_.current_indicator();
    state_ = document_.state_id();
    revealed_ = false;
    set_key_text(wxString(), theme::text());

    pack_->Clear();
    const std::string& lang = document_.language();
    const auto* keyed = case_.find_indicator(shown_);
    const auto add_part = [&](const wxString& title, const std::vector<frameworks::TrainingEvidence>& items) {
        if (items.empty()) return;
        append(pack_, title + "\n", true, theme::muted_text());
        for (const auto& item : items) {
            append(pack_, to_wx(case_text(item.label, lang)) + "\n", true, theme::text());
            append(pack_, to_wx(case_text(item.text, lang)) + "\n\n", false, theme::text());
        }
    };
    if (!keyed) {
        append(pack_, _("The case has no evidence for this indicator."), false, theme::text());
    } else {
        add_part(_("Documents"), keyed->documents);
        add_part(_("Interview notes"), keyed->interviews);
    }
    pack_->ShowPosition(0);
    reveal_->Enable(keyed != nullptr);
}

void TrainingPackPanel::reveal() {
    if (!case_.find_indicator(shown_)) return;
    if (!agreed_on_a_level(document_.assessment(), shown_)) {
        set_key_text(_("Not yet: record the team's agreed level for this indicator first (a level from 1 to 5). "
                       "The key is shown after the team has agreed, so that it cannot sway the discussion."),
                     theme::warning_text());
        return;
    }
    revealed_ = true;
    show_key();
}

void TrainingPackPanel::show_key() {
    const auto* keyed = case_.find_indicator(shown_);
    if (!keyed) return;
    const auto check = scoring::check_against_key(document_.assessment(), case_);
    const auto found = std::find_if(check.indicators.begin(), check.indicators.end(),
                                    [this](const scoring::KeyCheck& item) { return item.indicator_id == shown_; });
    const std::string& lang = document_.language();
    const auto& framework = document_.framework();
    const auto level_index = static_cast<std::size_t>(keyed->key_level - 1);
    const wxString level_name = level_index < framework.levels.size()
                                    ? to_wx(framework.text(framework.levels[level_index].name, lang))
                                    : wxString();
    key_->Clear();
    append(key_, wxString::Format(_("Expert key: level %d (%s)"), keyed->key_level, level_name) + "\n", true,
           theme::accent());
    const wxString team = found != check.indicators.end() && found->team_level
                              ? wxString::Format(_("Your team: level %d, %s"), *found->team_level,
                                                 distance_label(found->distance))
                              : _("Your team: no agreed level");
    append(key_, team + "\n\n", true, theme::text());
    append(key_, _("Why:") + " ", true, theme::text());
    append(key_, to_wx(case_text(keyed->rationale, lang)) + "\n\n", false, theme::text());
    append(key_, _("The sentence that decides it:") + " ", true, theme::text());
    append(key_, to_wx(case_text(keyed->decisive, lang)), false, theme::text());
    key_->ShowPosition(0);
}

TrainingPackPanel* attach_training_pack(wxWindow* walkthrough_page, Document& document) {
    const auto* training_case = training_case_of(document.assessment());
    if (!training_case || !walkthrough_page->GetSizer()) return nullptr;
    auto* panel = new TrainingPackPanel(walkthrough_page, document, *training_case);
    walkthrough_page->GetSizer()->Add(panel, 0, wxEXPAND);
    walkthrough_page->Layout();
    return panel;
}

}  // namespace socle::desktop
