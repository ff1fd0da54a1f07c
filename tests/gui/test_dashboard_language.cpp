// The dashboard and the presentation page in the interface languages: the
// labels come from po/fr.po and po/ru.po through gettext, and the framework
// text from the session language.
#include <doctest/doctest.h>

#include <wx/listctrl.h>
#include <wx/stattext.h>

#include "assessment/edits.h"
#include "tests/gui/dashboard_fixtures.h"
#include "ui/desktop/dashboard/dashboard_page.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/dashboard/presentation_page.h"
#include "ui/desktop/services/ui_text.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

// Every static text of the page, as one string.
std::string all_labels(wxWindow* window) {
    std::string out;
    for (auto* child : window->GetChildren()) {
        if (auto* text = dynamic_cast<wxStaticText*>(child)) out += folded_label(text) + "\n";
        out += all_labels(child);
    }
    return out;
}

std::string header(wxListCtrl* list, int column) {
    wxListItem item;
    item.SetMask(wxLIST_MASK_TEXT);
    list->GetColumn(column, item);
    return desktop::to_utf8(item.GetText());
}

}  // namespace

TEST_CASE("dashboard in French: headings, columns and figures' wording") {
    desktop::add_catalog_search_paths();
    REQUIRE(desktop::apply_interface_language("fr") == "fr");
    ScratchApp app;
    auto document = quick_scan_document(app, 3);
    vote(*document, "Q1.1", {1, 3, 3});
    wxFrame* frame = show_test_frame(wxSize(1280, 800));
    auto* page = new desktop::DashboardPage(frame, *document);
    frame->GetSizer()->Add(page, 1, wxEXPAND);
    frame->Layout();
    pump(100);
    const std::string labels = all_labels(page);
    CHECK(labels.find("Domaines") != std::string::npos);
    CHECK(labels.find("Plus grands écarts à la cible") != std::string::npos);
    CHECK(labels.find("Désaccords les plus marqués") != std::string::npos);
    CHECK(labels.find("Niveau moyen") != std::string::npos);
    CHECK(labels.find("Profil de niveaux") != std::string::npos);
    auto* domains = dynamic_cast<wxListCtrl*>(wxWindow::FindWindowByName("dashboard.domains", page));
    REQUIRE(domains);
    CHECK(header(domains, 0) == "Domaine");
    CHECK(header(domains, 7) == "Niveau");
    CHECK(cell(domains, 1, 7) == "non évalué");
    CHECK(cell(domains, 0, 10) == "Q1.1 au niveau 3");
    frame->Destroy();
    pump(50);
    desktop::apply_interface_language("en");
}

namespace {

// A Russian session shown with the interface in `interface_language`: the
// slide speaks the session's language whatever the facilitator's screen
// speaks, in the walkthrough's words.
void check_russian_slide(const char* interface_language, const char* image) {
    desktop::add_catalog_search_paths();
    REQUIRE(desktop::apply_interface_language(interface_language) == interface_language);
    ScratchApp app;
    auto document = quick_scan_document(app, 3);
    auto metadata = document->assessment().metadata;
    metadata.language = "ru";
    document->apply(assessment::edits::set_metadata(document->assessment(), metadata));
    vote(*document, "Q1.1", {1, 3, 3});
    wxFrame* frame = show_test_frame(wxSize(1024, 768));
    auto* page = new desktop::PresentationPage(frame, *document);
    frame->GetSizer()->Add(page, 1, wxEXPAND);
    frame->Layout();
    pump(200);
    auto* view = wxWindow::FindWindowByName("presentation.view", page);
    REQUIRE(view);
    const std::string shown = folded_label(view);
    const auto& framework = document->framework();
    CHECK(shown.find(framework.text(framework.find_indicator("Q1.1")->question, "ru")) != std::string::npos);
    // The walkthrough's "Room's level" and disagreement sentence, in Russian.
    CHECK(shown.find("Уровень по мнению группы: 3") != std::string::npos);
    CHECK(shown.find("Мнения группы расходятся: голоса от 1 до 3.") != std::string::npos);
    CHECK(shown.find("индикатор 1 из") != std::string::npos);
    CHECK(shown.find("Room's level") == std::string::npos);
    CHECK(shown.find("Votes") == std::string::npos);
    keep_image(capture(page), image);
    frame->Destroy();
    pump(50);
    desktop::apply_interface_language("en");
}

}  // namespace

TEST_CASE("presentation page in Russian, with the framework's Russian text, at 1024x768") {
    check_russian_slide("ru", "presentation-ru.png");
}

TEST_CASE("presentation page: a Russian session's slide is in Russian when the interface is in English") {
    check_russian_slide("en", "presentation-ru-from-en.png");
}
