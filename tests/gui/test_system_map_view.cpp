// The map as drawn: on the Lao PDR sample, the screen shows each system in
// its category colour with a dark label, and arrows in the colours of their
// mechanisms between the columns; zoom and pan respond to real input; the
// PNG, SVG and DOT exports hold the map.
#include <doctest/doctest.h>

#include <cstdlib>
#include <set>

#include <wx/image.h>
#include <wx/listctrl.h>
#include <wx/treectrl.h>
#include <wx/uiaction.h>

#include "tests/gui/mapview_fixtures.h"
#include "ui/desktop/systems/system_findings.h"
#include "ui/desktop/systems/system_map_layout.h"
#include "ui/desktop/systems/system_map_view.h"
#include "ui/desktop/systems/systems_page.h"
#include "ui/desktop/services/ui_text.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

wxRect on_screen(const desktop::SystemMapView& view, const desktop::MapBox& box) {
    const auto zoom = view.zoom();
    const auto centre = view.client_point_of(view.scene().system_at(box.centre_x(), box.centre_y()));
    const int w = static_cast<int>(box.width * zoom), h = static_cast<int>(box.height * zoom);
    return wxRect(centre.x - w / 2, centre.y - h / 2, w, h);
}

void save_for_docs(const wxImage& image, const std::string& name) {
    if (const char* dir = std::getenv("SOCLE_SCREENSHOT_DIR")) image.SaveFile(std::string(dir) + "/" + name, wxBITMAP_TYPE_PNG);
}

}  // namespace

TEST_CASE("system map view: systems in their category colours with labels, arrows by mechanism") {
    ScratchApp app;
    auto document = lao_sample(app);
    auto* frame = show_test_frame(wxSize(1280, 800));
    auto* page = new desktop::SystemsPage(frame, *document);
    host_page(frame, page);
    auto& view = map_view(page);
    view.fit();
    pump(200);
    const auto image = capture(&view);
    const auto& scene = view.scene();
    const auto& map = document->assessment().systems;

    int checked = 0;
    for (const auto& system : map.systems) {
        const auto* box = scene.box(system.id);
        REQUIRE(box);
        const auto rect = on_screen(view, *box);
        CAPTURE(system.id);
        // The pale fill and the band of the category are both there, and the label is dark text.
        CHECK(pixels_like(image, rect, desktop::map_category_fill(system.category), 12) > rect.width * rect.height / 4);
        CHECK(pixels_like(image, rect, desktop::map_category_colour(system.category), 30) > rect.height * 2);
        CHECK(dark_pixels(image, rect, 90) > 30);
        ++checked;
    }
    CHECK(checked == static_cast<int>(map.systems.size()));

    // Arrows: between the columns, each mechanism used shows its colour.
    std::set<assessment::FlowMechanism> used;
    for (const auto& flow : map.flows) used.insert(flow.mechanism);
    REQUIRE(used.count(assessment::FlowMechanism::Manual));
    const auto& columns = scene.layout().columns;
    REQUIRE(columns.size() >= 3);
    for (auto mechanism : used) {
        int pixels = 0;
        for (std::size_t c = 0; c + 1 < columns.size(); ++c) {
            const auto left = view.client_point_of(scene.layout().rows[c].front());
            const auto right = view.client_point_of(scene.layout().rows[c + 1].front());
            const int gap_left = left.x + static_cast<int>(columns[c].width * view.zoom() / 2) + 2;
            const int gap_right = right.x - static_cast<int>(columns[c + 1].width * view.zoom() / 2) - 2;
            pixels += pixels_like(image, wxRect(gap_left, 0, gap_right - gap_left, image.GetHeight()),
                                  desktop::mechanism_colour(mechanism), 40);
        }
        CAPTURE(static_cast<int>(mechanism));
        CHECK(pixels > 20);
    }

    // For the user guide: the hub selected by a real click, its reach shown.
    const auto& hub = scene.hubs().front();
    wxUIActionSimulator sim;
    const auto at = view.ClientToScreen(view.client_point_of(hub));
    sim.MouseMove(at.x, at.y);
    pump(40);
    sim.MouseClick();
    pump(150);
    CHECK(view.scene().selection() == hub);
    save_for_docs(capture(page), "system-map.png");
    frame->Destroy();
    pump();
}

TEST_CASE("system map view: keys zoom, a drag pans, 0 fits again") {
    ScratchApp app;
    auto document = lao_sample(app);
    auto* frame = show_test_frame(wxSize(1200, 760));
    auto* page = new desktop::SystemsPage(frame, *document);
    host_page(frame, page);
    auto& view = map_view(page);
    view.fit();
    const double fitted = view.zoom();
    view.SetFocus();
    pump(50);
    press_key('=');
    CHECK(view.zoom() > fitted * 1.2);
    press_key('-');
    press_key('-');
    CHECK(view.zoom() < fitted);

    const auto id = document->assessment().systems.systems.front().id;
    const auto before = view.client_point_of(id);
    wxUIActionSimulator sim;
    const auto start = view.ClientToScreen(wxPoint(8, view.GetClientSize().y - 8));  // an empty corner
    sim.MouseMove(start.x, start.y);
    pump(30);
    sim.MouseDown();
    pump(30);
    for (int step = 1; step <= 5; ++step) {
        sim.MouseMove(start.x + step * 20, start.y - step * 10);
        pump(20);
    }
    sim.MouseUp();
    pump(60);
    const auto after = view.client_point_of(id);
    CHECK(after.x - before.x == 100);
    CHECK(after.y - before.y == -50);
    CHECK(view.scene().selection().empty());  // a drag selects nothing

    press_key('0');
    CHECK(view.zoom() == doctest::Approx(fitted));

    // Ctrl+wheel zooms about the pointer: the point under it stays put.
    const auto target = view.client_point_of(id);
    wxMouseEvent wheel(wxEVT_MOUSEWHEEL);
    wheel.SetEventObject(&view);
    wheel.SetPosition(target);
    wheel.SetControlDown(true);
    wheel.m_wheelRotation = 120;
    wheel.m_wheelDelta = 120;
    wheel.m_wheelAxis = wxMOUSE_WHEEL_VERTICAL;
    view.ProcessWindowEvent(wheel);
    CHECK(view.zoom() == doctest::Approx(fitted * 1.15));
    CHECK(std::abs(view.client_point_of(id).x - target.x) <= 1);
    CHECK(std::abs(view.client_point_of(id).y - target.y) <= 1);
    frame->Destroy();
    pump();
}

TEST_CASE("system map view: PNG, SVG and DOT exports of the map") {
    ScratchApp app;
    auto document = lao_sample(app);
    auto* frame = show_test_frame(wxSize(1200, 760));
    auto* page = new desktop::SystemsPage(frame, *document);
    host_page(frame, page);
    const auto& scene = map_view(page).scene();

    const auto png = app.dir() / "map.png";
    page->save_map(png, "png");
    wxImage image;
    REQUIRE(image.LoadFile(png.string(), wxBITMAP_TYPE_PNG));
    CHECK(image.GetWidth() == static_cast<int>(std::lround(scene.width() * 1.5)));
    const auto& first = document->assessment().systems.systems.front();
    const auto* box = scene.box(first.id);
    const wxRect node(static_cast<int>(box->x * 1.5), static_cast<int>(box->y * 1.5), static_cast<int>(box->width * 1.5),
                      static_cast<int>(box->height * 1.5));
    CHECK(pixels_like(image, node, desktop::map_category_fill(first.category), 12) > node.width * node.height / 4);
    CHECK(dark_pixels(image, node, 90) > 40);

    const auto svg_path = app.dir() / "map.svg";
    page->save_map(svg_path, "svg");
    const auto svg = test::read_text(svg_path);
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(svg.find(first.name.substr(0, 10)) != std::string::npos);
    // The manual flows' colour, dashed: the mechanisms survive in the SVG.
    std::string lower = svg;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(lower.find(desktop::to_utf8(desktop::mechanism_colour(assessment::FlowMechanism::Manual)
                                          .GetAsString(wxC2S_HTML_SYNTAX)
                                          .Lower())) != std::string::npos);
    CHECK(lower.find("dasharray") != std::string::npos);
    if (const char* dir = std::getenv("SOCLE_SCREENSHOT_DIR")) std::filesystem::copy_file(svg_path, std::filesystem::path(dir) / "system-map.svg", std::filesystem::copy_options::overwrite_existing);

    const auto dot_path = app.dir() / "map.dot";
    page->save_map(dot_path, "dot");
    const auto dot = test::read_text(dot_path);
    CHECK(dot.find("digraph") != std::string::npos);
    for (const auto& flow : document->assessment().systems.flows)
        CHECK(dot.find(flow.from) != std::string::npos);
    frame->Destroy();
    pump();
}

TEST_CASE("system map layout: the barycentre ordering leaves no more crossings than the map order") {
    ScratchApp app;
    auto document = lao_sample(app);
    const auto& map = document->assessment().systems;
    const auto analysis = scoring::analyse_system_map(map);
    const auto layout = desktop::layout_system_map(map, analysis);
    // The same columns in the analysis' own order, for comparison.
    desktop::MapLayoutOptions keep;
    keep.reduce_crossings = false;
    const auto unordered = desktop::layout_system_map(map, analysis, keep);
    MESSAGE("crossings: " << unordered.crossings << " in the analysis order, " << layout.crossings
                          << " after the barycentre sweeps");
    CHECK(layout.crossings <= unordered.crossings);
    // A flow that skips a column runs through a slot in it, between the systems there.
    std::size_t long_flows = 0;
    for (const auto& [pair, route] : layout.routes) {
        ++long_flows;
        const auto* from = layout.find(pair.first);
        const auto* to = layout.find(pair.second);
        REQUIRE(from);
        REQUIRE(to);
        double previous_x = from->centre_x();
        for (const auto& [x, y] : route) {
            CHECK(x > previous_x);
            CHECK(x < to->centre_x());
            for (const auto& [id, box] : layout.nodes) CHECK_FALSE(box.contains(x, y));
            previous_x = x;
        }
    }
    CHECK(long_flows > 0);
    // Every flow between connected systems goes rightwards or stays in one column (a cycle).
    for (const auto& flow : map.flows) {
        const auto* from = layout.find(flow.from);
        const auto* to = layout.find(flow.to);
        REQUIRE(from);
        REQUIRE(to);
        CHECK(from->x <= to->x);
    }
    // No two boxes overlap.
    std::vector<desktop::MapBox> boxes;
    for (const auto& [id, box] : layout.nodes) boxes.push_back(box);
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            const bool apart = boxes[i].right() <= boxes[j].x || boxes[j].right() <= boxes[i].x ||
                               boxes[i].bottom() <= boxes[j].y || boxes[j].bottom() <= boxes[i].y;
            CHECK(apart);
        }
}

TEST_CASE("system map view: a finding selected in the tree shows what it talks about on the map") {
    ScratchApp app;
    auto document = lao_sample(app);
    auto* frame = show_test_frame(wxSize(1200, 760));
    auto* page = new desktop::SystemsPage(frame, *document);
    host_page(frame, page);
    auto* tree = find_child<wxTreeCtrl>(page, "findings_tree");
    REQUIRE(tree);
    const auto analysis = scoring::analyse_system_map(document->assessment().systems);
    auto find_item = [&](const std::string& prefix) {
        std::function<wxTreeItemId(wxTreeItemId)> visit = [&](wxTreeItemId item) -> wxTreeItemId {
            wxTreeItemIdValue cookie;
            for (auto child = tree->GetFirstChild(item, cookie); child.IsOk(); child = tree->GetNextChild(item, cookie)) {
                if (desktop::to_utf8(desktop::finding_label(tree, child)).rfind(prefix, 0) == 0) return child;
                if (auto found = visit(child); found.IsOk()) return found;
            }
            return {};
        };
        auto item = visit(tree->GetRootItem());
        REQUIRE(item.IsOk());
        return item;
    };
    // The generic tree control sends the selection events for SelectItem, as a click does.
    tree->SelectItem(find_item("Flows without agreement"));
    pump(50);
    const auto& highlight = map_view(page).scene().highlight();
    CHECK(highlight.flows == std::set<std::size_t>(analysis.flows_without_agreement.begin(), analysis.flows_without_agreement.end()));
    CHECK(map_view(page).scene().selection().empty());

    REQUIRE_FALSE(analysis.articulation_points.empty());
    const auto& point = analysis.articulation_points.front();
    const auto* system = document->assessment().systems.find(point);
    tree->SelectItem(find_item("System: " + system->name));
    pump(50);
    CHECK(map_view(page).scene().selection() == point);
    auto* list = find_child<wxListCtrl>(page, "systems_list");
    const long row = list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    REQUIRE(row >= 0);
    CHECK(document->assessment().systems.systems[static_cast<std::size_t>(row)].id == point);
    frame->Destroy();
    pump();
}
