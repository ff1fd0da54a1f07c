#pragma once
// Helpers for GUI tests: an AppContext over a scratch config and folders
// (tests never touch the user's settings or recovery files), event pumping,
// real keyboard and mouse input, and pixel checks on screenshots.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include <wx/bitmap.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/fileconf.h>
#include <wx/image.h>
#include <wx/window.h>

#include "tests/support/test_support.h"
#include "ui/desktop/services/app_context.h"

namespace socle::gui_test {

// A private config file, recovery folder and user-framework folder.
class ScratchApp {
public:
    ScratchApp();
    ~ScratchApp();
    desktop::AppContext& context() { return *context_; }
    const std::filesystem::path& dir() const { return scratch_.path(); }
    std::filesystem::path recovery_dir() const { return scratch_.path() / "recovery"; }

private:
    test::ScratchDir scratch_;
    std::unique_ptr<wxFileConfig> config_;
    std::unique_ptr<desktop::AppContext> context_;
};

// Runs pending events and idle handlers, and lets paints happen, for about `ms`.
void pump(int ms = 50);

// Sends a real key press to the focused window (wxUIActionSimulator).
void press_key(int keycode, int modifiers = 0);
void type_text(const std::string& text);
// A real left click at the centre of `window`.
void click(wxWindow* window);

// Sends the menu command `id` to the frame, as choosing it in the menu does.
void menu_command(wxWindow* frame, int id);
// A real left click at `client` (in `window`'s client coordinates).
void click_at(wxWindow* window, wxPoint client);
// The page the main frame's page book shows now (REQUIREs the book).
wxWindow* visible_page(wxWindow* frame);
// Adds `page` to a frame made by show_test_frame, lays it out and lets it paint.
void host_page(wxFrame* frame, wxWindow* page);

// A shown, raised top-level frame of that client size with a vertical box
// sizer, for hosting one page or widget (add it to the sizer and Layout()).
wxFrame* show_test_frame(const wxSize& size);

// Runs `trigger` (which opens a modal dialog and blocks until it closes)
// and calls `act` on that dialog once it is shown and laid out; a dialog
// `act` left open is cancelled. Returns whether a modal dialog appeared.
bool with_modal_dialog(const std::function<void()>& trigger, const std::function<void(wxDialog&)>& act);

// A label's text as a person reads it: the line breaks that wrapping put in
// (they depend on the font) folded back into single spaces. Compare text
// shown in wrapped labels through this, never through GetLabel() directly.
std::string folded_label(const wxWindow* window);
std::string folded(const std::string& text);

// Saves a picture for a person to look at: in $SOCLE_SCREENSHOT_DIR, else
// the test's working folder.
void keep_image(const wxImage& image, const std::string& name);

// What `window` shows on screen now (its client area), as an image.
wxImage capture(wxWindow* window);
// How many pixels of `rect` in `image` differ clearly from `background`.
int pixels_unlike(const wxImage& image, const wxRect& rect, const wxColour& background, int tolerance = 40);
// How many pixels of `rect` are dark (text, lines): luminance below `threshold`.
int dark_pixels(const wxImage& image, const wxRect& rect, int threshold = 110);

}  // namespace socle::gui_test
