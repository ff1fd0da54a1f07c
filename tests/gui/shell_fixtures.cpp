#include "tests/gui/shell_fixtures.h"

#include "assessment/edits.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/localization.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include <wx/button.h>
#include <wx/toplevel.h>

namespace socle::gui_test {

InterfaceLanguage::InterfaceLanguage(const char* code) {
    desktop::add_catalog_search_paths();
    REQUIRE(desktop::apply_interface_language(code) == code);
}

InterfaceLanguage::~InterfaceLanguage() { desktop::apply_interface_language("en"); }

void add_people(desktop::MainFrame* frame, int count) {
    for (int i = 0; i < count; ++i) {
        assessment::Participant person;
        person.id = assessment::edits::next_participant_id(frame->document()->assessment());
        person.name = "Person " + std::to_string(i + 1);
        frame->document()->apply(assessment::edits::add_participant(frame->document()->assessment(), person));
    }
}

ShownFrame::ShownFrame(ScratchApp& app, wxSize size) {
    frame = new desktop::MainFrame(app.context());
    frame->SetPosition(wxPoint(0, 0));
    frame->SetSize(size);
    frame->Show();
    frame->Raise();
    pump(200);
}

ShownFrame::~ShownFrame() { crash(); }

void ShownFrame::crash() {
    if (!frame) return;
    frame->Destroy();
    frame = nullptr;
    pump(50);
}

void press_button(wxDialog& dialog, int id) {
    auto* button = dynamic_cast<wxButton*>(dialog.FindWindow(id));
    // A missing button is a failure of the test, not a silent no-op.
    REQUIRE_MESSAGE(button != nullptr, "the dialog has no button with id " << id);
    wxCommandEvent event(wxEVT_BUTTON, id);
    event.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(event);
    pump(50);
}

wxRect rect_in(wxWindow* window, wxWindow* ancestor) {
    const wxPoint origin = ancestor->ScreenToClient(window->GetScreenPosition());
    return wxRect(origin, window->GetSize());
}

}  // namespace socle::gui_test
