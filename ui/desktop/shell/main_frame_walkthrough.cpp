// The walkthrough's layout for the screen it is on: the indicator list and
// the facilitator's notes, shown or folded away, remembered between runs.
#include <algorithm>

#include <wx/display.h>

#include "ui/desktop/services/app_context.h"
#include "ui/desktop/shell/main_frame.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/workshop/walkthrough_page.h"

namespace socle::desktop {

namespace {

// A projector's 1024x768 (or anything as small): the question, the levels
// and the votes need every pixel, so the side parts start folded away until
// the facilitator asks for them.
bool small_screen(const wxWindow* window) {
    const int index = std::max(0, wxDisplay::GetFromWindow(window));
    const wxRect area = wxDisplay(static_cast<unsigned>(index)).GetClientArea();
    return area.GetWidth() < 1200 || area.GetHeight() < 800;
}

}  // namespace

void MainFrame::apply_walkthrough_layout() {
    if (!walkthrough_) return;
    const auto& settings = context_.settings();
    const bool roomy = !small_screen(this);
    walkthrough_->show_navigator(settings.show_indicator_list().value_or(roomy));
    auto* panel = walkthrough_->indicator_panel();
    panel->show_notes(settings.show_facilitator_notes().value_or(roomy));
    panel->set_on_notes_toggled([this](bool shown) {
        context_.settings().set_show_facilitator_notes(shown);
        update_menus();
    });
    update_menus();
}

void MainFrame::show_indicator_list(bool shown) {
    if (!walkthrough_) return;
    walkthrough_->show_navigator(shown);
    context_.settings().set_show_indicator_list(shown);
    update_menus();
}

void MainFrame::show_facilitator_notes(bool shown) {
    if (!walkthrough_) return;
    walkthrough_->indicator_panel()->show_notes(shown);
    context_.settings().set_show_facilitator_notes(shown);
    update_menus();
}

}  // namespace socle::desktop
