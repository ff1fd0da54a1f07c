#pragma once
// Shared by the system map and roadmap GUI tests: documents (an empty
// Quick Scan, the Lao PDR sample with its system map), a frame to show a
// page in, modal dialogs driven from a timer, real command events, and
// what a tree control shows.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <wx/dialog.h>
#include <wx/frame.h>

#include "tests/gui/gui_support.h"
#include "ui/desktop/document/document.h"

namespace socle::desktop {
class SystemMapView;
}

namespace socle::gui_test {

std::unique_ptr<desktop::Document> empty_quick_scan(ScratchApp& app);
// samples/lao-pdr-2026-baseline.socle; when the sample has no system map
// yet, the one of samples/src/lao-pdr-2026/*.csv is imported (and the
// history then has one edit more).
std::unique_ptr<desktop::Document> lao_sample(ScratchApp& app);


// A real wxEVT_BUTTON from `button` (as a click does), processed by it.
void press(wxWindow* button);
// Presses the dialog's OK button.
void press_ok(wxDialog& dialog);

template <class T>
T* find_child(wxWindow* parent, const wxString& name) {
    auto* window = wxWindow::FindWindowByName(name, parent);
    return dynamic_cast<T*>(window);
}

// The systems page's map view (fails the test when there is none).
desktop::SystemMapView& map_view(wxWindow* page);

// Every label of a tree control, depth first.
std::vector<std::string> tree_labels(wxWindow* tree);
bool has_label_starting(const std::vector<std::string>& labels, const std::string& prefix);

// Pixels of `rect` within `tolerance` (sum of channel differences) of `colour`.
int pixels_like(const wxImage& image, const wxRect& rect, const wxColour& colour, int tolerance = 24);

}  // namespace socle::gui_test
