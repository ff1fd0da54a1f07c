#pragma once
// Pictures of the real app for the user guide (scripts/screenshots.sh):
// the whole frame, menu bar included, as the screen shows it.
#include <filesystem>

class wxWindow;
class wxImage;

namespace socle::desktop {

// What the top-level window shows now, menu bar and all.
wxImage grab_window(wxWindow* window);
// Saves grab_window() as PNG. Throws common::IoError when it cannot.
void save_screenshot(wxWindow* window, const std::filesystem::path& png);

}  // namespace socle::desktop
