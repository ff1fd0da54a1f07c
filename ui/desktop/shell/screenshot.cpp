#include "ui/desktop/shell/screenshot.h"

#include <wx/app.h>
#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/window.h>

#include "common/error.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

wxImage grab_window(wxWindow* window) {
    window->Update();
    wxTheApp->Yield(true);
    // The screen, not the window's own DC: a window DC leaves out the menu
    // bar and the native parts some controls draw outside wx.
    const wxRect rect = window->GetScreenRect();
    wxBitmap bitmap(rect.GetSize(), 24);
    {
        wxMemoryDC memory(bitmap);
        wxScreenDC screen;
        memory.Blit(0, 0, rect.GetWidth(), rect.GetHeight(), &screen, rect.GetX(), rect.GetY());
    }
    return bitmap.ConvertToImage();
}

void save_screenshot(wxWindow* window, const std::filesystem::path& png) {
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
    const wxImage image = grab_window(window);
    if (!image.IsOk() || !image.SaveFile(path_to_wx(png), wxBITMAP_TYPE_PNG))
        throw common::IoError(to_utf8(path_to_wx(png)), "could not save the screenshot");
}

}  // namespace socle::desktop
