// The system map page driven as a facilitator would: dialogs filled and
// confirmed with real button events, clicks on the map with real mouse
// input, the findings read back from the tree the room sees.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "assessment/assessment_io.h"
#include "tests/gui/mapview_fixtures.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/systems/system_csv_actions.h"
#include "ui/desktop/systems/system_map_view.h"
#include "ui/desktop/systems/systems_page.h"
#include "ui/desktop/services/ui_text.h"

using namespace socle;
using namespace socle::gui_test;
using frameworks::SystemCategory;

namespace {

int category_index(SystemCategory category) {
    const auto all = frameworks::all_categories();
    return static_cast<int>(std::find(all.begin(), all.end(), category) - all.begin());
}

void add_system(wxWindow* page, const std::string& name, SystemCategory category) {
    const bool opened = with_modal_dialog([&] { press(wxWindow::FindWindowByName("add_system", page)); },
                                        [&](wxDialog& dialog) {
                                            CHECK(dialog.GetName() == "system_dialog");
                                            // SetValue sends wxEVT_TEXT, as typing does: the id follows the name.
                                            find_child<wxTextCtrl>(&dialog, "system_name")->SetValue(desktop::to_wx(name));
                                            find_child<wxChoice>(&dialog, "system_category")->SetSelection(category_index(category));
                                            press_ok(dialog);
                                        });
    REQUIRE(opened);
}

}  // namespace

TEST_CASE("systems page: two systems and a flow change the map and the findings, and undo takes them back") {
    ScratchApp app;
    auto document = empty_quick_scan(app);
    auto* frame = show_test_frame(wxSize(1200, 760));
    auto* page = new desktop::SystemsPage(frame, *document);
    host_page(frame, page);
    auto* findings = wxWindow::FindWindowByName("findings_tree", page);
    CHECK(has_label_starting(tree_labels(findings), "Silos (0)"));

    add_system(page, "Social registry", SystemCategory::SocialRegistry);
    add_system(page, "Payment platform", SystemCategory::PaymentPlatform);
    const auto& map = document->assessment().systems;
    REQUIRE(map.systems.size() == 2);
    CHECK(map.systems[0].id == "social_registry");
    CHECK(map.systems[1].category == SystemCategory::PaymentPlatform);
    CHECK(find_child<wxListCtrl>(page, "systems_list")->GetItemCount() == 2);
    CHECK(has_label_starting(tree_labels(findings), "Silos (2)"));
    CHECK(map_view(page).scene().box("social_registry"));
    CHECK(map_view(page).scene().box("payment_platform"));

    // The flow dialog: from the registry to the payment platform, by a
    // standards-based API, without an agreement.
    const bool opened = with_modal_dialog([&] { press(wxWindow::FindWindowByName("add_flow", page)); },
                                        [&](wxDialog& dialog) {
                                            CHECK(dialog.GetName() == "flow_dialog");
                                            // Listed alphabetically: the payment platform first.
                                            auto* from = find_child<wxChoice>(&dialog, "flow_from");
                                            CHECK(from->GetString(0) == "Payment platform");
                                            from->SetStringSelection("Social registry");
                                            find_child<wxChoice>(&dialog, "flow_to")->SetStringSelection("Payment platform");
                                            find_child<wxTextCtrl>(&dialog, "flow_data")->SetValue("Eligible households");
                                            find_child<wxChoice>(&dialog, "flow_mechanism")->SetSelection(4);
                                            press_ok(dialog);
                                        });
    REQUIRE(opened);
    REQUIRE(map.flows.size() == 1);
    CHECK(map.flows[0].mechanism == assessment::FlowMechanism::StandardApi);
    auto labels = tree_labels(findings);
    CHECK(has_label_starting(labels, "Silos (0)"));
    CHECK(has_label_starting(labels, "Interoperability index: 100 / 100"));
    CHECK(has_label_starting(labels, "Flows without agreement (1)"));
    CHECK(has_label_starting(labels, "Order of modernisation (2 steps)"));
    // The provider comes first, left of the system that uses its data.
    const auto& scene = map_view(page).scene();
    CHECK(scene.box("social_registry")->right() < scene.box("payment_platform")->x);

    // A real click on the registry selects it: the details say what an outage reaches.
    auto* view = wxWindow::FindWindowByName("system_map_view", page);
    click_at(view, map_view(page).client_point_of("social_registry"));
    CHECK(map_view(page).scene().selection() == "social_registry");
    const auto details = desktop::to_utf8(find_child<wxTextCtrl>(page, "system_details")->GetValue());
    CHECK(details.find("An outage would reach 1: Payment platform") != std::string::npos);

    document->undo();
    page->refresh();
    CHECK(map.flows.empty());
    CHECK(has_label_starting(tree_labels(findings), "Silos (2)"));
    document->undo();
    page->refresh();
    CHECK(map.systems.size() == 1);
    CHECK_FALSE(map_view(page).scene().box("payment_platform"));
    frame->Destroy();
    pump();
}

TEST_CASE("systems page: a system dialog refuses an identifier already used") {
    ScratchApp app;
    auto document = empty_quick_scan(app);
    auto* frame = show_test_frame(wxSize(1000, 700));
    auto* page = new desktop::SystemsPage(frame, *document);
    host_page(frame, page);
    add_system(page, "Tax", SystemCategory::Tax);
    wxString problem;
    with_modal_dialog([&] { press(wxWindow::FindWindowByName("add_system", page)); },
                    [&](wxDialog& dialog) {
                        find_child<wxTextCtrl>(&dialog, "system_name")->SetValue("Tax office");
                        find_child<wxTextCtrl>(&dialog, "system_id")->SetValue("tax");
                        press_ok(dialog);
                        CHECK(dialog.IsModal());  // still open: OK was refused
                        problem = find_child<wxStaticText>(&dialog, "dialog_problem")->GetLabel();
                    });
    CHECK(desktop::to_utf8(problem).find("\"tax\"") != std::string::npos);
    CHECK(document->assessment().systems.systems.size() == 1);
    frame->Destroy();
    pump();
}

TEST_CASE("systems page: a CSV import with an error shows its line and changes nothing") {
    ScratchApp app;
    auto document = empty_quick_scan(app);
    auto* frame = show_test_frame(wxSize(1000, 700));
    auto* page = new desktop::SystemsPage(frame, *document);
    host_page(frame, page);
    const auto systems = app.dir() / "systems.csv";
    const auto flows = app.dir() / "flows.csv";
    test::write_text(systems, "id,name,category\n"
                              "sr,Social registry,social_registry\n"
                              "pay,Payments,payment_galaxy\n");
    test::write_text(flows, "from,to,mechanism\nsr,pay,api\n");

    std::vector<std::vector<std::string>> rows;
    bool imported = true;
    const bool opened = with_modal_dialog(
        [&] { imported = desktop::import_system_csv_with_report(page, *document, systems, flows); },
        [&](wxDialog& dialog) {
            CHECK(dialog.GetName() == "import_problems_dialog");
            auto* list = find_child<wxListCtrl>(&dialog, "import_problems");
            REQUIRE(list);
            for (long row = 0; row < list->GetItemCount(); ++row) {
                std::vector<std::string> cells;
                for (int column = 0; column < 4; ++column) cells.push_back(desktop::to_utf8(list->GetItemText(row, column)));
                rows.push_back(cells);
            }
        });
    REQUIRE(opened);
    CHECK_FALSE(imported);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0][0] == "systems.csv");
    CHECK(rows[0][1] == "3");
    CHECK(rows[0][2] == "3");
    CHECK(rows[0][3].find("payment_galaxy") != std::string::npos);
    CHECK(document->assessment().systems.systems.empty());
    CHECK_FALSE(document->can_undo());

    // Corrected, the same files import in one undoable edit.
    test::write_text(systems, "id,name,category\nsr,Social registry,social_registry\npay,Payments,payment_platform\n");
    CHECK(desktop::import_system_csv_with_report(page, *document, systems, flows));
    page->refresh();
    CHECK(document->assessment().systems.flows.size() == 1);
    CHECK(find_child<wxListCtrl>(page, "flows_list")->GetItemCount() == 1);
    document->undo();
    CHECK(document->assessment().systems.systems.empty());

    // Export writes both files back.
    const auto out = app.dir() / "out";
    std::filesystem::create_directories(out);
    test::write_text(systems, "id,name,category\nsr,Social registry,social_registry\npay,Payments,payment_platform\n");
    REQUIRE(desktop::import_system_csv_files(*document, systems, flows).imported);
    const auto [systems_out, flows_out] = desktop::export_system_csv_files(document->assessment(), out);
    CHECK(test::read_text(systems_out).find("pay,Payments,payment_platform") != std::string::npos);
    CHECK(test::lines_of(test::read_text(flows_out)).at(1).rfind("sr,pay,,api", 0) == 0);
    frame->Destroy();
    pump();
}

TEST_CASE("systems page: in French, the findings, buttons and summary are translated") {
    desktop::add_catalog_search_paths();
    REQUIRE(desktop::apply_interface_language("fr") == "fr");
    ScratchApp app;
    auto document = lao_sample(app);
    auto* frame = show_test_frame(wxSize(1200, 760));
    auto* page = new desktop::SystemsPage(frame, *document);
    host_page(frame, page);
    const auto labels = tree_labels(wxWindow::FindWindowByName("findings_tree", page));
    CHECK(has_label_starting(labels, "Ordre de modernisation ("));
    CHECK(has_label_starting(labels, "Flux sans accord ("));
    CHECK(folded_label(wxWindow::FindWindowByName("add_system", page)) == "Ajouter...");
    CHECK(folded_label(find_child<wxStaticText>(page, "systems_summary")).rfind("Systèmes : ", 0) == 0);
    desktop::apply_interface_language("en");
    frame->Destroy();
    pump();
}

TEST_CASE("systems page: every bundled sample's map lays out without overlaps and renders") {
    ScratchApp app;
    for (const auto* name : {"lao-pdr-2026-baseline.socle", "tajikistan-2026-baseline.socle", "tajikistan-2028-follow-up.socle"}) {
        CAPTURE(name);
        auto loaded = app.context().load(test::source_path(std::string("samples/") + name));
        REQUIRE(loaded.ok());
        const auto& map = loaded.assessment->systems;
        if (map.systems.empty()) continue;
        const desktop::MapScene scene(map, scoring::analyse_system_map(map));
        std::vector<desktop::MapBox> boxes;
        for (const auto& system : map.systems) {
            REQUIRE(scene.box(system.id));
            boxes.push_back(*scene.box(system.id));
        }
        for (std::size_t i = 0; i < boxes.size(); ++i)
            for (std::size_t j = i + 1; j < boxes.size(); ++j)
                CHECK((boxes[i].right() <= boxes[j].x || boxes[j].right() <= boxes[i].x ||
                       boxes[i].bottom() <= boxes[j].y || boxes[j].bottom() <= boxes[i].y));
        for (const auto& box : boxes) {
            CHECK(box.right() <= scene.width());
            CHECK(box.bottom() <= scene.height());
        }
        const auto png = app.dir() / (std::string(name) + ".png");
        scene.save_png(png, 1.0);
        wxImage image;
        REQUIRE(image.LoadFile(png.string(), wxBITMAP_TYPE_PNG));
        if (const char* dir = std::getenv("SOCLE_SCREENSHOT_DIR")) image.SaveFile(std::string(dir) + "/" + name + ".png", wxBITMAP_TYPE_PNG);
        const auto& first = *scene.box(map.systems.front().id);
        CHECK(dark_pixels(image, wxRect(first.x, first.y, first.width, first.height), 90) > 30);
    }
}

TEST_CASE("systems page: a name pasted with a control character is kept without it, and the file reopens") {
    // The .socle writer cannot keep a form feed; before, the model kept it, so
    // what was on screen differed from what the file said after reopening.
    ScratchApp app;
    auto document = empty_quick_scan(app);
    auto* frame = show_test_frame(wxSize(1200, 760));
    auto* page = new desktop::SystemsPage(frame, *document);
    host_page(frame, page);
    add_system(page, "Social\x0c registry\x01", SystemCategory::SocialRegistry);
    const auto& map = document->assessment().systems;
    REQUIRE(map.systems.size() == 1);
    CHECK(map.systems[0].name == "Social registry");
    const auto reopened = assessment::read_assessment(assessment::write_assessment(document->assessment()), "t.socle");
    REQUIRE(reopened.ok());
    CHECK(reopened.assessment->systems.systems[0].name == "Social registry");
}
