#include "tests/gui/shell_fixtures.h"

#include <cstdlib>
#include <filesystem>

#include <wx/button.h>
#include <wx/timer.h>
#include <wx/toplevel.h>

namespace socle::gui_test {

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

void menu_command(wxWindow* frame, int id) {
    wxCommandEvent event(wxEVT_MENU, id);
    event.SetEventObject(frame);
    frame->GetEventHandler()->ProcessEvent(event);
    pump(80);
}

bool with_modal_dialog(const std::function<void()>& trigger, const std::function<void(wxDialog&)>& act) {
    bool seen = false;
    wxTimer timer;
    int ticks = 0;
    timer.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
        ++ticks;
        for (auto* window : wxTopLevelWindows) {
            auto* dialog = dynamic_cast<wxDialog*>(window);
            if (!dialog || !dialog->IsModal()) continue;
            timer.Stop();
            seen = true;
            pump(100);
            act(*dialog);
            if (dialog->IsModal()) dialog->EndModal(wxID_CANCEL);
            return;
        }
        if (ticks > 60) timer.Stop();
    });
    timer.Start(50);
    trigger();
    const auto until = wxGetLocalTimeMillis() + 3500;
    while (!seen && timer.IsRunning() && wxGetLocalTimeMillis() < until) pump(20);
    timer.Stop();
    pump(80);
    return seen;
}

void press_button(wxDialog& dialog, int id) {
    auto* button = dynamic_cast<wxButton*>(dialog.FindWindow(id));
    if (!button) return;
    wxCommandEvent event(wxEVT_BUTTON, id);
    event.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(event);
    pump(50);
}

wxRect rect_in(wxWindow* window, wxWindow* ancestor) {
    const wxPoint origin = ancestor->ScreenToClient(window->GetScreenPosition());
    return wxRect(origin, window->GetSize());
}

void keep_image(const wxImage& image, const std::string& name) {
    std::filesystem::path folder = std::filesystem::current_path();
    if (const char* wanted = std::getenv("SOCLE_SCREENSHOT_DIR")) folder = wanted;
    std::filesystem::create_directories(folder);
    image.SaveFile(wxString((folder / name).wstring()), wxBITMAP_TYPE_PNG);
}

}  // namespace socle::gui_test
