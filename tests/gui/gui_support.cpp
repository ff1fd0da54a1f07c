#include "tests/gui/gui_support.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include <wx/app.h>
#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/evtloop.h>
#include <wx/scrolwin.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/timer.h>
#include <wx/toplevel.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include "ui/desktop/services/ui_text.h"

namespace socle::gui_test {

ScratchApp::ScratchApp() {
    // The error log (error_report.h) and anything else under the user's data folder.
    setenv("XDG_DATA_HOME", (scratch_.path() / "data").c_str(), 1);
    const auto config_path = scratch_.path() / "socle.ini";
    config_ = std::make_unique<wxFileConfig>(wxString(), wxString(), desktop::path_to_wx(config_path), wxString(),
                                             wxCONFIG_USE_LOCAL_FILE);
    std::filesystem::create_directories(scratch_.path() / "frameworks");
    context_ = std::make_unique<desktop::AppContext>(*config_, scratch_.path() / "recovery",
                                                     scratch_.path() / "frameworks");
}

ScratchApp::~ScratchApp() = default;

void pump(int ms) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    do {
        wxTheApp->ProcessPendingEvents();
        wxYield();
        wxMilliSleep(5);
    } while (std::chrono::steady_clock::now() < until);
    wxTheApp->ProcessPendingEvents();
    wxYield();
}

void press_key(int keycode, int modifiers) {
    wxUIActionSimulator sim;
    sim.KeyDown(keycode, modifiers);
    sim.KeyUp(keycode, modifiers);
    pump(30);
}

void type_text(const std::string& text) {
    wxUIActionSimulator sim;
    sim.Text(text.c_str());
    pump(30);
}

void click(wxWindow* window) {
    // A person scrolls to what they click: a scrolled page (the set-up page
    // in a large or wide font) may hide the window below its fold.
    for (wxWindow* parent = window->GetParent(); parent && !parent->IsTopLevel(); parent = parent->GetParent()) {
        auto* scrolled = dynamic_cast<wxScrolledWindow*>(parent);
        if (!scrolled) continue;
        const wxRect shown(scrolled->GetScreenPosition(), scrolled->GetClientSize());
        const wxRect target = window->GetScreenRect();
        int unit_x = 0, unit_y = 0, view_x = 0, view_y = 0;
        scrolled->GetScrollPixelsPerUnit(&unit_x, &unit_y);
        scrolled->GetViewStart(&view_x, &view_y);
        if (unit_y > 0 && target.GetBottom() > shown.GetBottom()) {
            scrolled->Scroll(-1, view_y + (target.GetBottom() - shown.GetBottom() + unit_y - 1) / unit_y);
            pump(30);
        } else if (unit_y > 0 && target.GetTop() < shown.GetTop()) {
            scrolled->Scroll(-1, std::max(0, view_y - (shown.GetTop() - target.GetTop() + unit_y - 1) / unit_y));
            pump(30);
        }
        break;
    }
    wxUIActionSimulator sim;
    const wxRect rect = window->GetScreenRect();
    sim.MouseMove(rect.GetX() + rect.GetWidth() / 2, rect.GetY() + rect.GetHeight() / 2);
    pump(30);
    sim.MouseClick();
    pump(50);
}

void menu_command(wxWindow* frame, int id) {
    wxCommandEvent event(wxEVT_MENU, id);
    event.SetEventObject(frame);
    frame->GetEventHandler()->ProcessEvent(event);
    pump(80);
}

void click_at(wxWindow* window, wxPoint client) {
    wxUIActionSimulator sim;
    const auto screen = window->ClientToScreen(client);
    sim.MouseMove(screen.x, screen.y);
    pump(40);
    sim.MouseClick();
    pump(120);
}

wxWindow* visible_page(wxWindow* frame) {
    auto* book = dynamic_cast<wxSimplebook*>(wxWindow::FindWindowByName("pages", frame));
    REQUIRE(book);
    return book->GetCurrentPage();
}

void host_page(wxFrame* frame, wxWindow* page) {
    frame->GetSizer()->Add(page, 1, wxEXPAND);
    frame->Layout();
    pump(200);
}

wxFrame* show_test_frame(const wxSize& size) {
    auto* frame = new wxFrame(nullptr, wxID_ANY, "Socle test");
    frame->SetSizer(new wxBoxSizer(wxVERTICAL));
    frame->SetClientSize(size);
    frame->Show();
    frame->Raise();
    pump(100);
    return frame;
}

bool with_modal_dialog(const std::function<void()>& trigger, const std::function<void(wxDialog&)>& act) {
    bool seen = false;
    wxTimer timer;
    int ticks = 0;
    // The timer fires inside the dialog's own modal loop.
    timer.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
        ++ticks;
        for (auto* window : wxTopLevelWindows) {
            auto* dialog = dynamic_cast<wxDialog*>(window);
            if (!dialog || !dialog->IsModal()) continue;
            timer.Stop();
            seen = true;
            pump(100);  // let it lay out and paint
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

std::string folded(const std::string& text) {
    std::string out;
    for (char c : text) {
        const char shown = (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
        if (shown == ' ' && (out.empty() || out.back() == ' ')) continue;
        out.push_back(shown);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string folded_label(const wxWindow* window) { return folded(desktop::to_utf8(window->GetLabel())); }

void keep_image(const wxImage& image, const std::string& name) {
    std::filesystem::path folder = std::filesystem::current_path();
    if (const char* wanted = std::getenv("SOCLE_SCREENSHOT_DIR")) folder = common::path_from_utf8(wanted);
    std::filesystem::create_directories(folder);
    image.SaveFile(desktop::path_to_wx(folder / name), wxBITMAP_TYPE_PNG);
}

wxImage capture(wxWindow* window) {
    window->Update();
    pump(30);
    const wxSize size = window->GetClientSize();
    wxBitmap bitmap(size);
    wxMemoryDC memory(bitmap);
    wxClientDC client(window);
    memory.Blit(0, 0, size.GetWidth(), size.GetHeight(), &client, 0, 0);
    memory.SelectObject(wxNullBitmap);
    return bitmap.ConvertToImage();
}

int pixels_unlike(const wxImage& image, const wxRect& rect, const wxColour& background, int tolerance) {
    int count = 0;
    const wxRect area = rect.Intersect(wxRect(image.GetSize()));
    for (int y = area.GetTop(); y <= area.GetBottom(); ++y)
        for (int x = area.GetLeft(); x <= area.GetRight(); ++x) {
            const int d = std::abs(image.GetRed(x, y) - background.Red()) +
                          std::abs(image.GetGreen(x, y) - background.Green()) +
                          std::abs(image.GetBlue(x, y) - background.Blue());
            if (d > tolerance) ++count;
        }
    return count;
}

int dark_pixels(const wxImage& image, const wxRect& rect, int threshold) {
    int count = 0;
    const wxRect area = rect.Intersect(wxRect(image.GetSize()));
    for (int y = area.GetTop(); y <= area.GetBottom(); ++y)
        for (int x = area.GetLeft(); x <= area.GetRight(); ++x) {
            const int luminance = (image.GetRed(x, y) * 3 + image.GetGreen(x, y) * 6 + image.GetBlue(x, y)) / 10;
            if (luminance < threshold) ++count;
        }
    return count;
}

}  // namespace socle::gui_test
