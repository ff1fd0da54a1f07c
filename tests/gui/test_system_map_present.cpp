// The system map in front of a room (issue 13): a selection's upstream and
// downstream systems carry tags besides their colours; the presenting zoom
// (P, Ctrl+=, Ctrl+-, Ctrl+0) makes the names readable at a projector's
// 1024x768 and the map then scrolls; the findings wrap instead of being cut.
// Real clicks and key presses, on the Lao PDR sample.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <set>

#include <wx/dcclient.h>
#include <wx/image.h>
#include <wx/tokenzr.h>
#include <wx/treectrl.h>
#include <wx/uiaction.h>

#include "scoring/system_analysis.h"
#include "tests/gui/mapview_fixtures.h"
#include "ui/desktop/systems/system_findings.h"
#include "ui/desktop/systems/system_map_view.h"
#include "ui/desktop/systems/systems_page.h"
#include "ui/desktop/services/ui_text.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

// A scene box on screen (client coordinates of the view).
wxRect on_screen(const desktop::SystemMapView& view, const desktop::MapBox& box, wxPoint origin) {
    return wxRect(origin.x + static_cast<int>(box.x * view.zoom()), origin.y + static_cast<int>(box.y * view.zoom()),
                  static_cast<int>(box.width * view.zoom()), static_cast<int>(box.height * view.zoom()));
}

// The client position of the scene's origin, from a system's known centre.
wxPoint scene_origin(const desktop::SystemMapView& view, const std::string& id) {
    const auto* box = view.scene().box(id);
    REQUIRE(box);
    const auto centre = view.client_point_of(id);
    return wxPoint(centre.x - static_cast<int>(box->centre_x() * view.zoom()),
                   centre.y - static_cast<int>(box->centre_y() * view.zoom()));
}

std::set<std::string> as_set(const std::vector<std::string>& ids) { return {ids.begin(), ids.end()}; }

}  // namespace

TEST_CASE("system map present: a clicked system's upstream and downstream are tagged, not only coloured") {
    ScratchApp app;
    auto document = lao_sample(app);
    auto* frame = show_test_frame(wxSize(1280, 800));
    auto* page = new desktop::SystemsPage(frame, *document);
    host_page(frame, page);
    auto& view = map_view(page);
    view.fit();
    pump(100);
    const auto& map = document->assessment().systems;

    // A system with both: something it depends on and something its outage reaches.
    std::string chosen;
    for (const auto& system : map.systems)
        if (!scoring::reach_of(map, system.id, scoring::ReachDirection::Upstream).empty() &&
            !scoring::reach_of(map, system.id, scoring::ReachDirection::Downstream).empty()) {
            chosen = system.id;
            break;
        }
    REQUIRE_FALSE(chosen.empty());
    const auto before = capture(&view);

    wxUIActionSimulator sim;
    const auto at = view.ClientToScreen(view.client_point_of(chosen));
    sim.MouseMove(at.x, at.y);
    pump(40);
    sim.MouseClick();
    pump(150);
    const auto& scene = view.scene();
    REQUIRE(scene.selection() == chosen);
    CHECK(scene.upstream() == as_set(scoring::reach_of(map, chosen, scoring::ReachDirection::Upstream)));
    CHECK(scene.downstream() == as_set(scoring::reach_of(map, chosen, scoring::ReachDirection::Downstream)));
    CHECK_FALSE(scene.upstream().empty());
    CHECK_FALSE(scene.downstream().empty());

    // Each of them has a tag under its box, drawn as a filled pill: the
    // place was mostly white before the click and is mostly ink after it.
    const auto after = capture(&view);
    const auto origin = scene_origin(view, chosen);
    int tagged = 0;
    for (const auto& system : map.systems) {
        const auto tag = scene.tag_box(system.id);
        const bool involved = system.id != chosen && (scene.upstream().count(system.id) || scene.downstream().count(system.id));
        CAPTURE(system.id);
        CHECK(tag.has_value() == involved);
        if (!tag) continue;
        // The pill's left part (its text may be a little narrower on screen).
        auto rect = on_screen(view, *tag, origin);
        rect.width = std::max(4, rect.width * 2 / 3);
        rect.Deflate(1);
        const int area = rect.width * rect.height;
        CHECK(pixels_unlike(after, rect, *wxWHITE) > area / 2);
        CHECK(pixels_unlike(before, rect, *wxWHITE) < area * 3 / 10);
        ++tagged;
    }
    CHECK(tagged >= 2);
    CHECK(desktop::to_utf8(desktop::MapScene::upstream_tag()).find("upstream") != std::string::npos);
    CHECK(desktop::to_utf8(desktop::MapScene::downstream_tag()).find("downstream") != std::string::npos);

    // A click on empty map clears the selection, and the tags go.
    const auto empty = view.ClientToScreen(wxPoint(6, view.GetClientSize().y - 6));
    sim.MouseMove(empty.x, empty.y);
    pump(40);
    sim.MouseClick();
    pump(100);
    CHECK(view.scene().selection().empty());
    for (const auto& system : map.systems) CHECK_FALSE(view.scene().tag_box(system.id).has_value());
    frame->Destroy();
    pump();
}

TEST_CASE("system map present: at 1024x768 the presenting zoom makes names readable and the map scrolls") {
    ScratchApp app;
    auto document = lao_sample(app);
    auto* frame = show_test_frame(wxSize(1024, 768));
    auto* page = new desktop::SystemsPage(frame, *document);
    host_page(frame, page);
    auto& view = map_view(page);
    view.fit();
    view.SetFocus();
    pump(100);
    const double fitted_zoom = view.zoom();
    const double fitted_label = view.label_pixel_size();
    MESSAGE("fitted: zoom " << fitted_zoom << ", a line of a name " << fitted_label << " px");

    // Ctrl+= and Ctrl+- zoom, Ctrl+0 fits again.
    press_key('=', wxMOD_CONTROL);
    CHECK(view.zoom() > fitted_zoom * 1.2);
    CHECK(view.label_pixel_size() > fitted_label);
    press_key('-', wxMOD_CONTROL);
    press_key('-', wxMOD_CONTROL);
    CHECK(view.zoom() < fitted_zoom);
    press_key('0', wxMOD_CONTROL);
    CHECK(view.zoom() == doctest::Approx(fitted_zoom));

    press_key('P');
    MESSAGE("presenting: zoom " << view.zoom() << ", a line of a name " << view.label_pixel_size() << " px");
    CHECK(view.label_pixel_size() >= desktop::SystemMapView::kPresentLabelPixels);
    CHECK(view.label_pixel_size() >= fitted_label);
    const auto& scene = view.scene();
    const auto& map = document->assessment().systems;
    // Every system stays inside the picture the view scrolls over.
    for (const auto& system : map.systems) {
        const auto* box = scene.box(system.id);
        REQUIRE(box);
        CHECK(box->x >= 0);
        CHECK(box->y >= 0);
        CHECK(box->right() <= scene.width());
        CHECK(box->bottom() <= scene.height());
    }
    // The first column is in view, from the top.
    const auto client = view.GetClientSize();
    const auto first = view.client_point_of(scene.layout().rows.front().front());
    CHECK(wxRect(client).Contains(first));

    // The arrow keys scroll to the last column.
    const auto last_id = scene.layout().rows.back().front();
    int presses = 0;
    while (view.client_point_of(last_id).x > client.x && presses < 80) {
        press_key(WXK_RIGHT);
        ++presses;
    }
    CHECK(view.client_point_of(last_id).x <= client.x);
    CHECK(view.client_point_of(last_id).x >= 0);
    // And never lose the map: however far one scrolls, part of it stays.
    for (int i = 0; i < 40; ++i) press_key(WXK_RIGHT);
    const auto* last = scene.box(last_id);
    CHECK(view.client_point_of(last_id).x + last->width * view.zoom() / 2 > 0);

    // With a system clicked, P centres it, its tags in view.
    press_key('0');
    const auto& hub = scene.hubs().front();
    wxUIActionSimulator sim;
    const auto at = view.ClientToScreen(view.client_point_of(hub));
    sim.MouseMove(at.x, at.y);
    pump(40);
    sim.MouseClick();
    pump(100);
    REQUIRE(view.scene().selection() == hub);
    press_key('P');
    CHECK(view.label_pixel_size() >= desktop::SystemMapView::kPresentLabelPixels);
    CHECK(std::abs(view.client_point_of(hub).x - client.x / 2) <= 2);
    CHECK(std::abs(view.client_point_of(hub).y - client.y / 2) <= 2);
    keep_image(capture(page), "system-map-present.png");
    frame->Destroy();
    pump();
}

TEST_CASE("system map present: at 1024x768 a long finding wraps and is shown whole") {
    ScratchApp app;
    auto document = lao_sample(app);
    auto* frame = show_test_frame(wxSize(1024, 768));
    auto* page = new desktop::SystemsPage(frame, *document);
    host_page(frame, page);
    pump(200);
    auto* tree = find_child<wxTreeCtrl>(page, "findings_tree");
    REQUIRE(tree);
    const int client = tree->GetClientSize().x;
    REQUIRE(client > 100);

    wxClientDC dc(tree);
    int wrapped_items = 0;
    std::function<void(wxTreeItemId)> visit = [&](wxTreeItemId parent) {
        wxTreeItemIdValue cookie;
        for (auto item = tree->GetFirstChild(parent, cookie); item.IsOk(); item = tree->GetNextChild(parent, cookie)) {
            const auto whole = desktop::finding_label(tree, item);
            const auto shown = tree->GetItemText(item);
            CAPTURE(desktop::to_utf8(whole));
            // Nothing is left out: the lines shown, joined, are the finding.
            CHECK(folded(desktop::to_utf8(shown)) == folded(desktop::to_utf8(whole)));
            wxRect rect;
            REQUIRE(tree->GetBoundingRect(item, rect, true));
            dc.SetFont(tree->IsBold(item) ? tree->GetFont().Bold() : tree->GetFont());
            const auto lines = wxStringTokenize(shown, "\n");
            for (const auto& line : lines) {
                CAPTURE(desktop::to_utf8(line));
                CHECK(rect.x + dc.GetTextExtent(line).GetWidth() <= client);
            }
            // The row is as tall as its lines: none is clipped.
            CHECK(rect.height >= static_cast<int>(lines.size()) * dc.GetCharHeight());
            if (lines.size() > 1) ++wrapped_items;
            visit(item);
        }
    };
    visit(tree->GetRootItem());
    // The Lao PDR sample has findings longer than the panel is wide.
    CHECK(wrapped_items >= 1);
    keep_image(capture(tree), "system-map-findings-1024.png");
    frame->Destroy();
    pump();
}

TEST_CASE("system map present: a finding of thousands of names is shown by its first words") {
    ScratchApp app;
    auto* frame = show_test_frame(wxSize(1024, 768));
    auto* tree = new wxTreeCtrl(frame, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxTR_HIDE_ROOT | wxTR_HAS_BUTTONS | wxTR_HAS_VARIABLE_ROW_HEIGHT);
    frame->GetSizer()->Add(tree, 1, wxEXPAND);
    frame->Layout();
    pump(50);
    const auto root = tree->AddRoot("findings");
    auto add = [&](const wxString& label) {
        auto* data = new desktop::FindingItem({}, {});
        data->label = label;
        return tree->AppendItem(root, label, -1, -1, data);
    };
    wxString short_list = "Step 1:", long_list = "Step 1:";
    for (int i = 0; i < 40; ++i) short_list += wxString::Format(" system%d,", i);
    for (int i = 0; i < 2000; ++i) long_list += wxString::Format(" system%d,", i);
    const auto short_item = add(short_list);
    const auto long_item = add(long_list);
    desktop::wrap_findings(tree);
    CHECK(folded(desktop::to_utf8(tree->GetItemText(short_item))) == folded(desktop::to_utf8(short_list)));
    const auto shown = folded(desktop::to_utf8(tree->GetItemText(long_item)));
    CHECK(shown.size() < 700);
    CHECK(shown.rfind("Step 1: system0, system1,", 0) == 0);
    CHECK(shown.substr(shown.size() - 3) == "…");
    CHECK(desktop::finding_label(tree, long_item) == long_list);  // the whole text is kept
    frame->Destroy();
    pump();
}
