#include "ui/desktop/training/training_pack_panel.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/sizer.h>

#include "scoring/training_check.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/training/training_session.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/widgets/wrapped_text.h"

namespace socle::desktop {

namespace {
constexpr int kMargin = 12;
constexpr int kWidth = 380;

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
}  // namespace

TrainingPackPanel::TrainingPackPanel(wxWindow* parent, Document& document, const frameworks::TrainingCase& training_case)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL),
      document_(document), case_(training_case) {
    SetName("training-pack");
    SetBackgroundColour(wxColour(0xF6, 0xF1, 0xE6));  // paper: the case's documents, not the framework's text
    SetScrollRate(0, FromDIP(24));
    SetMinSize(wxSize(FromDIP(kWidth), -1));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* heading = add_text(sizer, wxString::Format(_("Training case: %s"),
                                                     to_wx(case_text(case_.country_name, document_.language()))),
                             1.1, true);
    heading->set_colour(theme::accent());
    pack_sizer_ = new wxBoxSizer(wxVERTICAL);
    sizer->Add(pack_sizer_, 0, wxEXPAND);

    reveal_ = new wxButton(this, wxID_ANY, _("Reveal the expert key"));
    reveal_->SetName("reveal-key");
    reveal_->SetToolTip(_("Shows the key's level, why, and the descriptor sentence that decides it; "
                          "only once the team has recorded its agreed level"));
    sizer->Add(reveal_, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(kMargin));
    key_ = add_text(sizer, wxString(), 1.0, false);
    key_->SetName("training-key");
    SetSizer(sizer);

    reveal_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { reveal(); });
    Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        sync();
        event.Skip();
    });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        if (!layout_pending_) {
            layout_pending_ = true;
            CallAfter([this] {
                layout_pending_ = false;
                rewrap();
            });
        }
        event.Skip();
    });
    show_indicator();
}

WrappedText* TrainingPackPanel::add_text(wxSizer* sizer, const wxString& text, double size, bool bold) {
    auto* label = new WrappedText(this, theme::font(this, size, bold), theme::text());
    label->set_text(text);
    label->set_wrap_width(FromDIP(kWidth - 2 * kMargin));
    sizer->Add(label, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, FromDIP(kMargin));
    all_texts_.push_back(label);
    return label;
}

void TrainingPackPanel::rewrap() {
    const int width = GetClientSize().GetWidth() - 2 * FromDIP(kMargin) - FromDIP(4);
    if (width < 100) return;
    for (auto* label : all_texts_) label->set_wrap_width(width);
    Layout();
    FitInside();
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

void TrainingPackPanel::show_indicator() {
    shown_ = document_.current_indicator();
    state_ = document_.state_id();
    revealed_ = false;
    key_->set_text(wxString());
    for (auto* label : pack_texts_) std::erase(all_texts_, label);
    pack_texts_.clear();
    pack_sizer_->Clear(true);

    const std::string& lang = document_.language();
    const auto* keyed = case_.find_indicator(shown_);
    const auto add_part = [&](const wxString& title, const std::vector<frameworks::TrainingEvidence>& items) {
        if (items.empty()) return;
        auto* heading = add_text(pack_sizer_, title, 1.0, true);
        heading->set_colour(theme::muted_text());
        pack_texts_.push_back(heading);
        for (const auto& item : items) {
            pack_texts_.push_back(add_text(pack_sizer_, to_wx(case_text(item.label, lang)), 1.0, true));
            pack_texts_.push_back(add_text(pack_sizer_, to_wx(case_text(item.text, lang)), 1.0, false));
        }
    };
    if (!keyed) {
        pack_texts_.push_back(add_text(pack_sizer_, _("The case has no evidence for this indicator."), 1.0, false));
    } else {
        add_part(_("Documents"), keyed->documents);
        add_part(_("Interview notes"), keyed->interviews);
    }
    reveal_->Enable(keyed != nullptr);
    rewrap();
    Scroll(0, 0);
}

void TrainingPackPanel::reveal() {
    if (!case_.find_indicator(shown_)) return;
    if (!agreed_on_a_level(document_.assessment(), shown_)) {
        key_->set_colour(theme::warning_text());
        key_->set_text(_("Not yet: record the team's agreed level for this indicator first (a level from 1 to 5). "
                         "The key is shown after the team has agreed, so that it cannot sway the discussion."));
        rewrap();
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
    wxString text = wxString::Format(_("Expert key: level %d (%s)"), keyed->key_level, level_name);
    if (found != check.indicators.end() && found->team_level)
        text << "\n" << wxString::Format(_("Your team: level %d, %s"), *found->team_level, distance_label(found->distance));
    else
        text << "\n" << _("Your team: no agreed level");
    text << "\n\n" << _("Why:") << " " << to_wx(case_text(keyed->rationale, lang));
    text << "\n\n" << _("The sentence that decides it:") << " " << to_wx(case_text(keyed->decisive, lang));
    key_->set_colour(theme::text());
    key_->set_text(text);
    rewrap();
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
