#include "ui/desktop/workshop/walkthrough_page.h"

#include <optional>

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/textentry.h>

#include "ui/desktop/document/document.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/workshop/level_card.h"
#include "ui/desktop/workshop/navigator.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/widgets/focus_frame.h"
#include "ui/desktop/workshop/votes_grid.h"

namespace socle::desktop {

namespace {

// Fields where keys are typed, not commands.
bool takes_text(wxWindow* focus) {
    return dynamic_cast<wxTextEntry*>(focus) != nullptr || dynamic_cast<wxChoice*>(focus) != nullptr;
}

int digit_of(int key) {
    if (key >= '0' && key <= '9') return key - '0';
    if (key >= WXK_NUMPAD0 && key <= WXK_NUMPAD9) return key - WXK_NUMPAD0;
    return -1;
}

}  // namespace

WalkthroughPage::WalkthroughPage(wxWindow* parent, Document& document)
    : wxPanel(parent, wxID_ANY), document_(document) {
    SetName("walkthrough-page");
    SetBackgroundColour(theme::page_background());
    SetFont(theme::font(parent, 1.1));
    navigator_ = new Navigator(this, document_);
    indicator_ = new IndicatorPanel(this, document_);
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    navigator_->SetMinSize(wxSize(FromDIP(330), -1));
    sizer->Add(navigator_, 0, wxEXPAND);
    sizer->Add(indicator_, 1, wxEXPAND);
    SetSizer(sizer);

    navigator_->set_on_select([this](const std::string& id) { go_to(id); });
    Bind(wxEVT_CHAR_HOOK, &WalkthroughPage::on_char_hook, this);
}

void WalkthroughPage::refresh() {
    navigator_->refresh();
    indicator_->refresh();
}

void WalkthroughPage::show_current_indicator() {
    navigator_->select_current();
    indicator_->show_current();
}

void WalkthroughPage::commit_pending() { indicator_->commit_pending(); }

void WalkthroughPage::go_to(const std::string& indicator_id) {
    if (indicator_id == document_.current_indicator()) return;
    commit_pending();
    document_.set_current_indicator(indicator_id);
    show_current_indicator();
}

void WalkthroughPage::move(int direction) { go_to(document_.neighbour_indicator(direction)); }

void WalkthroughPage::step(int direction) {
    move(direction);
    // The next keys are votes on the new indicator: the focus goes where
    // they act, and the frame shows it (not when presentation mode hides this page).
    if (IsShownOnScreen()) focus_votes();
}

void WalkthroughPage::focus_votes() { indicator_->votes()->focus_list(); }

void WalkthroughPage::show_navigator(bool shown) {
    if (navigator_->IsShown() == shown) return;
    navigator_->Show(shown);
    Layout();
}

bool WalkthroughPage::navigator_shown() const { return navigator_->IsShown(); }

void WalkthroughPage::on_char_hook(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    wxWindow* focus = wxWindow::FindFocus();
    const bool modifiers = event.HasAnyModifiers();
    // View > Next / Previous indicator, here too: the navigator (a GTK tree
    // view) would take Ctrl+Page keys for itself before the menu sees them.
    if (event.GetModifiers() == wxMOD_CONTROL && (key == WXK_PAGEDOWN || key == WXK_NUMPAD_PAGEDOWN)) return step(+1);
    if (event.GetModifiers() == wxMOD_CONTROL && (key == WXK_PAGEUP || key == WXK_NUMPAD_PAGEUP)) return step(-1);
    if (modifiers || takes_text(focus)) {
        event.Skip();
        return;
    }
    if (key == WXK_PAGEDOWN || key == WXK_NUMPAD_PAGEDOWN) return step(+1);
    if (key == WXK_PAGEUP || key == WXK_NUMPAD_PAGEUP) return step(-1);

    const bool in_votes = is_within(focus, indicator_->votes()->list());
    const bool on_card = dynamic_cast<LevelCard*>(focus) != nullptr;
    if ((in_votes || on_card) && (key == WXK_RIGHT || key == WXK_NUMPAD_RIGHT)) return step(+1);
    if ((in_votes || on_card) && (key == WXK_LEFT || key == WXK_NUMPAD_LEFT)) return step(-1);
    if (in_votes && (key == WXK_RETURN || key == WXK_NUMPAD_ENTER)) {
        indicator_->votes()->select_next();
        return;
    }
    if (key == 'A') {
        // "Voting for: the agreed level": the next vote key records it.
        focus_votes();
        indicator_->votes()->select_none();
        return;
    }

    // A vote key always acts on the votes list of the shown indicator, from
    // wherever the focus is (the navigator too): the focus goes there first,
    // so the room sees whose vote changed.
    const int digit = digit_of(key);
    const bool clears = key == WXK_DELETE || key == WXK_NUMPAD_DELETE || key == WXK_BACK;
    if (digit < 1 && key != 'N' && key != 'U' && !clears) {
        event.Skip();
        return;
    }
    std::optional<assessment::Vote> vote;
    if (digit >= 1) vote = assessment::Vote::at(digit);
    else if (key == 'N') vote = assessment::Vote::not_applicable();
    else if (key == 'U') vote = assessment::Vote::unknown();
    // The level cards keep the focus: clicking one and typing is one gesture.
    if (!in_votes && !on_card) focus_votes();
    indicator_->record(vote);
}

}  // namespace socle::desktop
