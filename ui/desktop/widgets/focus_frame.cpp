#include "ui/desktop/widgets/focus_frame.h"

#include <wx/sizer.h>

#include "ui/desktop/widgets/theme.h"

namespace socle::desktop {

bool is_within(const wxWindow* window, const wxWindow* ancestor) {
    for (; window; window = window->GetParent())
        if (window == ancestor) return true;
    return false;
}

FocusFrame::FocusFrame(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    // Own colours only: the framed list keeps its own background.
    SetOwnBackgroundColour(parent->GetBackgroundColour());
    // Focus changes inside a generic list control reach no handler of ours
    // reliably (the list's inner window takes the focus): the frame looks
    // on idle, which costs one comparison.
    Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        update_mark();
        event.Skip();
    });
}

void FocusFrame::set_content(wxWindow* content) {
    content_ = content;
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(content, 1, wxEXPAND | wxALL, FromDIP(border_width_dip()));
    SetSizer(sizer);
    update_mark();
}

void FocusFrame::update_mark() {
    const bool focused = content_ && is_within(wxWindow::FindFocus(), content_);
    if (focused == marked_) return;
    marked_ = focused;
    SetOwnBackgroundColour(focused ? theme::accent() : GetParent()->GetBackgroundColour());
    Refresh();
}

}  // namespace socle::desktop
