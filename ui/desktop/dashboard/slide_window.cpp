#include "ui/desktop/dashboard/slide_window.h"

#include <algorithm>

#include <wx/display.h>
#include <wx/sizer.h>

#include "ui/desktop/dashboard/presentation_page.h"
#include "ui/desktop/widgets/theme.h"

namespace socle::desktop {

SlideWindow::SlideWindow(wxWindow* owner, Document& document, unsigned display, std::function<void()> on_closed,
                         std::function<void(wxKeyEvent&)> on_key)
    : wxFrame(owner, wxID_ANY, _("Presentation"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE | wxFRAME_NO_TASKBAR) {
    SetName("slide_window");
    SetBackgroundColour(theme::page_background());
    page_ = new PresentationPage(this, document);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(page_, 1, wxEXPAND);
    SetSizer(sizer);
    // Placed on the projector before going full screen there.
    const wxRect area = wxDisplay(display).GetGeometry();
    SetSize(area);
    Bind(wxEVT_CLOSE_WINDOW, [this, on_closed = std::move(on_closed)](wxCloseEvent&) {
        if (on_closed) on_closed();  // the owner destroys this window
        else Destroy();
    });
    Bind(wxEVT_CHAR_HOOK, [on_key = std::move(on_key)](wxKeyEvent& event) {
        if (on_key) on_key(event);
        else event.Skip();
    });
    Show();
    ShowFullScreen(true, wxFULLSCREEN_ALL);
}

std::optional<unsigned> other_display(const wxWindow* window) {
    const unsigned count = wxDisplay::GetCount();
    if (count < 2) return std::nullopt;
    const int own = std::max(0, wxDisplay::GetFromWindow(window));
    for (unsigned i = 0; i < count; ++i)
        if (static_cast<int>(i) != own) return i;
    return std::nullopt;
}

}  // namespace socle::desktop
