#include "tests/gui/mapview_fixtures.h"

#include "ui/desktop/systems/system_map_view.h"

#include <doctest/doctest.h>

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/treectrl.h>

#include "ui/desktop/systems/system_csv_actions.h"
#include "ui/desktop/systems/system_findings.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::gui_test {

std::unique_ptr<desktop::Document> empty_quick_scan(ScratchApp& app) {
    auto framework = app.context().framework("sp-quick-scan");
    REQUIRE(framework);
    return std::make_unique<desktop::Document>(assessment::Assessment(framework), std::filesystem::path(), "");
}

std::unique_ptr<desktop::Document> lao_sample(ScratchApp& app) {
    const auto path = test::source_path("samples/lao-pdr-2026-baseline.socle");
    auto loaded = app.context().load(path);
    REQUIRE(loaded.ok());
    auto document = std::make_unique<desktop::Document>(std::move(*loaded.assessment), path, "");
    if (document->assessment().systems.systems.empty()) {
        const auto outcome = desktop::import_system_csv_files(*document, test::source_path("samples/src/lao-pdr-2026/systems.csv"),
                                                              test::source_path("samples/src/lao-pdr-2026/flows.csv"));
        REQUIRE(outcome.imported);
    }
    REQUIRE(document->assessment().systems.systems.size() > 10);
    return document;
}

void press(wxWindow* button) {
    REQUIRE(button);
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->ProcessWindowEvent(event);
    pump(50);
}

desktop::SystemMapView& map_view(wxWindow* page) {
    auto* view = find_child<desktop::SystemMapView>(page, "system_map_view");
    REQUIRE(view);
    return *view;
}

void press_ok(wxDialog& dialog) { press(dialog.FindWindow(wxID_OK)); }

std::vector<std::string> tree_labels(wxWindow* window) {
    auto* tree = dynamic_cast<wxTreeCtrl*>(window);
    REQUIRE(tree);
    std::vector<std::string> labels;
    std::function<void(wxTreeItemId)> visit = [&](wxTreeItemId item) {
        wxTreeItemIdValue cookie;
        for (auto child = tree->GetFirstChild(item, cookie); child.IsOk(); child = tree->GetNextChild(item, cookie)) {
            // A finding's whole text (the tree shows it wrapped to its width).
            labels.push_back(desktop::to_utf8(desktop::finding_label(tree, child)));
            visit(child);
        }
    };
    visit(tree->GetRootItem());
    return labels;
}

bool has_label_starting(const std::vector<std::string>& labels, const std::string& prefix) {
    for (const auto& label : labels)
        if (label.rfind(prefix, 0) == 0) return true;
    return false;
}

int pixels_like(const wxImage& image, const wxRect& rect, const wxColour& colour, int tolerance) {
    int count = 0;
    const wxRect area = rect.Intersect(wxRect(image.GetSize()));
    for (int y = area.GetTop(); y <= area.GetBottom(); ++y)
        for (int x = area.GetLeft(); x <= area.GetRight(); ++x) {
            const int d = std::abs(image.GetRed(x, y) - colour.Red()) + std::abs(image.GetGreen(x, y) - colour.Green()) +
                          std::abs(image.GetBlue(x, y) - colour.Blue());
            if (d <= tolerance) ++count;
        }
    return count;
}

}  // namespace socle::gui_test
