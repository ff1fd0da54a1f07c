// The evidence register in the walkthrough: a document added through the
// dialog (typed, with a file's SHA-256), linked to a second indicator,
// refused while its date is wrong, undone, and saved: the file holds it.
#include <doctest/doctest.h>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/choicdlg.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "assessment/assessment_io.h"
#include "assessment/edits.h"
#include "common/sha256.h"
#include "tests/gui/shell_fixtures.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/workshop/evidence_dialog.h"
#include "ui/desktop/workshop/evidence_panel.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/workshop/walkthrough_page.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

void set_field(wxDialog& dialog, const wxString& name, const std::string& value) {
    auto* field = find_child<wxTextCtrl>(&dialog, name);
    REQUIRE_MESSAGE(field, name.ToStdString());
    field->SetValue(desktop::to_wx(value));
}

// A real button event (the panel may sit below the visible part of the
// scrolled page, where a mouse click would land elsewhere).
void press(wxButton* button) {
    REQUIRE(button->IsEnabled());
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(event);
}

// Selects a row of the list as a click does (the panel enables its buttons).
void select_row(wxListBox* list, int row) {
    list->SetSelection(row);
    wxCommandEvent selected(wxEVT_LISTBOX, list->GetId());
    selected.SetEventObject(list);
    selected.SetInt(row);
    list->GetEventHandler()->ProcessEvent(selected);
}

void choose(wxDialog& dialog, const wxString& name, int index) {
    auto* choice = find_child<wxChoice>(&dialog, name);
    REQUIRE(choice);
    choice->SetSelection(index);
}

}  // namespace

TEST_CASE("evidence register: a document added in the walkthrough is linked, undone, redone and saved") {
    ScratchApp app;
    const auto file = app.dir() / "workshop.socle";
    const auto scan = app.dir() / "décret.pdf";
    test::write_text(scan, "%PDF-1.4 the decree as scanned\n");
    const std::string digest = common::sha256_hex(test::read_text(scan));

    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    frame->show_page(desktop::Page::Walkthrough);
    pump(100);
    auto* document = frame->document();
    const std::string first = document->current_indicator();
    auto* panel = frame->walkthrough_page()->indicator_panel()->evidence_register();
    REQUIRE(panel);
    CHECK(panel->list()->GetCount() == 0);
    CHECK_FALSE(panel->link_button()->IsEnabled());  // nothing in the register to link

    // Add: a wrong date first (OK refused, the reason shown), then right.
    bool refused = false;
    const bool opened = with_modal_dialog([&] { press(panel->add_button()); }, [&](wxDialog& dialog) {
        set_field(dialog, "Title", "Décret 224/PM sur l'assistance sociale");
        set_field(dialog, "Issuer", "Prime Minister's Office");
        set_field(dialog, "Date", "17/05/2024");
        set_field(dialog, "Seen by", "Ms Phonesavanh");
        set_field(dialog, "Kept at", "Team drive/decrees");
        choose(dialog, "Type", 0);             // law or regulation
        choose(dialog, "Confidentiality", 0);  // public
        auto* evidence = dynamic_cast<desktop::EvidenceDialog*>(&dialog);
        REQUIRE(evidence);
        REQUIRE(evidence->hash_file(desktop::path_to_wx(scan)));
        press_button(dialog, wxID_OK);
        pump(50);
        refused = dialog.IsModal();
        CHECK(desktop::to_utf8(evidence->problem_label()->GetLabel()).find("date '17/05/2024'") != std::string::npos);
        set_field(dialog, "Date", "2024-05-17");
        press_button(dialog, wxID_OK);
    });
    REQUIRE(opened);
    CHECK(refused);
    pump(50);
    const auto& a = document->assessment();
    REQUIRE(a.evidence.size() == 1);
    const auto& added = a.evidence[0];
    CHECK(added.id == "doc1");
    CHECK(added.title == "Décret 224/PM sur l'assistance sociale");
    CHECK(added.type == assessment::DocumentType::Law);
    CHECK(added.confidentiality == assessment::Confidentiality::Public);
    CHECK(added.date == "2024-05-17");
    CHECK(added.sha256 == digest);
    CHECK(added.indicators == std::vector<std::string>{first});
    REQUIRE(panel->list()->GetCount() == 1);
    CHECK(desktop::to_utf8(panel->list()->GetString(0)).rfind("Décret 224/PM", 0) == 0);
    CHECK(frame->GetTitle().StartsWith("*"));

    // The next indicator: nothing yet; link the decree through the chooser.
    frame->show_indicator(document->neighbour_indicator(1));
    pump(50);
    const std::string second = document->current_indicator();
    REQUIRE(second != first);
    CHECK(panel->list()->GetCount() == 0);
    REQUIRE(panel->link_button()->IsEnabled());
    const bool linked = with_modal_dialog([&] { press(panel->link_button()); }, [&](wxDialog& dialog) {
        auto* chooser = dynamic_cast<wxSingleChoiceDialog*>(&dialog);
        REQUIRE(chooser);
        chooser->SetSelection(0);
        press_button(dialog, wxID_OK);
    });
    REQUIRE(linked);
    pump(50);
    CHECK(document->assessment().evidence[0].indicators == std::vector<std::string>{first, second});
    CHECK(panel->list()->GetCount() == 1);

    // Undo takes the link back, redo brings it again.
    document->undo();
    pump(30);
    CHECK(document->assessment().evidence[0].indicators == std::vector<std::string>{first});
    CHECK(panel->list()->GetCount() == 0);
    document->redo();
    pump(30);
    CHECK(panel->list()->GetCount() == 1);

    // Unlink from the second indicator with the row selected; undo keeps
    // the link for the saved file.
    panel->list()->SetSelection(0);
    wxCommandEvent selected(wxEVT_LISTBOX, panel->list()->GetId());
    selected.SetEventObject(panel->list());
    selected.SetInt(0);
    panel->list()->GetEventHandler()->ProcessEvent(selected);
    press(panel->unlink_button());
    pump(30);
    CHECK(document->assessment().evidence[0].indicators == std::vector<std::string>{first});
    document->undo();
    pump(30);

    REQUIRE(frame->save_as(file));
    const auto saved = assessment::load_assessment_file(file);
    REQUIRE(saved.ok());
    REQUIRE(saved.assessment->evidence.size() == 1);
    CHECK(saved.assessment->evidence[0] == document->assessment().evidence[0]);
    const std::string bytes = test::read_text(file);
    CHECK(bytes.find("<document id=\"doc1\" type=\"law\" confidentiality=\"public\" date=\"2024-05-17\" sha256=\"" +
                     digest + "\">") != std::string::npos);
    CHECK(bytes.find("<supports indicator=\"" + second + "\"/>") != std::string::npos);
}

TEST_CASE("evidence register: a document is corrected and removed from the walkthrough, and undo brings it back") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    frame->show_page(desktop::Page::Walkthrough);
    pump(100);
    auto* document = frame->document();
    assessment::EvidenceDocument manual;
    manual.id = "doc1";
    manual.title = "Registry manul";  // mistyped
    manual.type = assessment::DocumentType::Manual;
    manual.indicators = {document->current_indicator()};
    document->apply(assessment::edits::add_document(document->assessment(), manual));
    pump(50);
    auto* panel = frame->walkthrough_page()->indicator_panel()->evidence_register();
    REQUIRE(panel);
    REQUIRE(panel->list()->GetCount() == 1);
    CHECK_FALSE(panel->edit_button()->IsEnabled());  // nothing selected yet
    select_row(panel->list(), 0);
    REQUIRE(panel->edit_button()->IsEnabled());

    const bool edited = with_modal_dialog([&] { press(panel->edit_button()); }, [&](wxDialog& dialog) {
        set_field(dialog, "Title", "Registry manual");
        press_button(dialog, wxID_OK);
    });
    REQUIRE(edited);
    pump(50);
    REQUIRE(document->assessment().evidence.size() == 1);
    CHECK(document->assessment().evidence[0].title == "Registry manual");
    CHECK(document->assessment().evidence[0].indicators == manual.indicators);  // links kept

    select_row(panel->list(), 0);
    press(panel->remove_button());
    pump(50);
    CHECK(document->assessment().evidence.empty());
    CHECK(panel->list()->GetCount() == 0);
    document->undo();
    pump(30);
    REQUIRE(document->assessment().evidence.size() == 1);
    CHECK(document->assessment().evidence[0].title == "Registry manual");
    document->undo();
    pump(30);
    CHECK(document->assessment().evidence[0].title == "Registry manul");
}
