// Lao and Tajik sessions: the app started with --lang lo / --lang tg on a
// sample shows its menus and walkthrough in that language, and Help >
// Glossary finds a term typed in Lao or Tajik.
#include <doctest/doctest.h>

#include <vector>

#include <wx/button.h>
#include <wx/combobox.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "tests/gui/shell_fixtures.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/services/samples.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/shell/command_line.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/workshop/participant_dialog.h"
#include "ui/desktop/services/dialog_buttons.h"
#include "ui/desktop/workshop/walkthrough_page.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

std::filesystem::path sample_named(const char* name) {
    for (const auto& path : desktop::find_samples())
        if (path.filename() == name) return path;
    return {};
}

// The options `socle SAMPLE --lang CODE` gives, through the app's own parser.
desktop::CommandLineOptions command_line(const std::filesystem::path& sample, const char* lang) {
    std::vector<wxString> args = {"socle", desktop::path_to_wx(sample), "--lang", lang};
    std::vector<wxChar*> argv;
    for (auto& arg : args) argv.push_back(const_cast<wxChar*>(arg.wx_str()));
    int exit_code = -1;
    const auto options = desktop::parse_command_line(static_cast<int>(argv.size()), argv.data(), exit_code);
    REQUIRE(options);
    return *options;
}

bool has_code_point_in(const wxString& text, wxUniChar first, wxUniChar last) {
    for (const auto c : text)
        if (c >= first && c <= last) return true;
    return false;
}

// The labels of every static text and button under window.
void collect_labels(wxWindow* window, std::vector<wxString>& out) {
    for (auto* child : window->GetChildren()) {
        if (dynamic_cast<wxStaticText*>(child) || dynamic_cast<wxButton*>(child)) out.push_back(child->GetLabel());
        collect_labels(child, out);
    }
}

struct SessionSeen {
    std::vector<wxString> menus;
    std::vector<wxString> walkthrough;
};

// Starts the app as `socle SAMPLE --lang CODE` would and reads what it shows.
SessionSeen start_session(ScratchApp& app, const char* sample_name, const char* lang) {
    const auto sample = sample_named(sample_name);
    REQUIRE_FALSE(sample.empty());
    const auto options = command_line(sample, lang);
    CHECK(options.language == lang);
    desktop::add_catalog_search_paths();
    CHECK(desktop::apply_interface_language(options.language) == lang);
    ShownFrame shown(app);
    REQUIRE(shown->open_file(options.file));
    shown->show_page(desktop::Page::Walkthrough);
    pump(300);
    SessionSeen seen;
    auto* bar = shown->GetMenuBar();
    for (std::size_t i = 0; i < bar->GetMenuCount(); ++i) seen.menus.push_back(bar->GetMenuLabel(i));
    collect_labels(shown->walkthrough_page(), seen.walkthrough);
    return seen;
}

}  // namespace

TEST_CASE("started with --lang lo, the menus and the walkthrough are in Lao") {
    ScratchApp app;
    const auto seen = start_session(app, "lao-pdr-2026-baseline.socle", "lo");
    REQUIRE(seen.menus.size() >= 5);
    for (const auto& label : seen.menus) {
        CAPTURE(desktop::to_utf8(label));
        CHECK(has_code_point_in(label, 0x0E80, 0x0EFF));
        CHECK(label.Find("File") == wxNOT_FOUND);
    }
    int lao = 0;
    for (const auto& label : seen.walkthrough) lao += has_code_point_in(label, 0x0E80, 0x0EFF) ? 1 : 0;
    CAPTURE(seen.walkthrough.size());
    CHECK(lao >= 5);
    desktop::apply_interface_language("en");
}

TEST_CASE("started with --lang tg, the menus and the walkthrough are in Tajik") {
    ScratchApp app;
    const auto seen = start_session(app, "tajikistan-2026-baseline.socle", "tg");
    REQUIRE(seen.menus.size() >= 5);
    for (const auto& label : seen.menus) {
        CAPTURE(desktop::to_utf8(label));
        CHECK(has_code_point_in(label, 0x0400, 0x04FF));
        CHECK(label.Find("File") == wxNOT_FOUND);
    }
    // Tajik, not Russian: the letters only Tajik has (ғ ӣ қ ӯ ҳ ҷ) show up.
    int tajik = 0;
    for (const auto& label : seen.walkthrough)
        for (const auto c : label)
            if (wxString::FromUTF8("ҒғӢӣҚқӮӯҲҳҶҷ").Find(c) != wxNOT_FOUND) {
                ++tajik;
                break;
            }
    CHECK(tajik >= 1);
    desktop::apply_interface_language("en");
}

TEST_CASE("Help > Glossary lists the terms in the session's language and finds a Tajik or Lao term") {
    desktop::add_catalog_search_paths();
    desktop::apply_interface_language("tg");
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    const bool opened = with_modal_dialog([&] { menu_command(frame, desktop::ids::Glossary); }, [&](wxDialog& dialog) {
        CHECK(dialog.GetName() == "glossary_dialog");
        auto* search = find_child<wxTextCtrl>(&dialog, "glossary_search");
        auto* list = find_child<wxListCtrl>(&dialog, "glossary_list");
        auto* details = find_child<wxTextCtrl>(&dialog, "glossary_details");
        REQUIRE(search);
        REQUIRE(list);
        REQUIRE(details);
        const int all = list->GetItemCount();
        CHECK(all >= 40);
        // Typed in Tajik capitals, as a search box gets it.
        search->SetValue(wxString::FromUTF8("КӮМАКИ ИҶТИМОИИ УНВОНӢ"));
        pump(50);
        REQUIRE(list->GetItemCount() == 1);
        CHECK(desktop::to_utf8(list->GetItemText(0, 0)) == "кӯмаки иҷтимоии унвонӣ");
        CHECK(desktop::to_utf8(list->GetItemText(0, 1)) == "Targeted Social Assistance");
        CHECK(details->GetValue().Find("Targeted Social Assistance") != wxNOT_FOUND);
        // A Lao term finds its entry; the details show the other languages.
        search->SetValue(wxString::FromUTF8("ທະບຽນສັງຄົມ"));
        pump(50);
        REQUIRE(list->GetItemCount() >= 1);
        CHECK(desktop::to_utf8(list->GetItemText(0, 1)).find("social registry") != std::string::npos);
        CHECK(details->GetValue().Find(wxString::FromUTF8("ທະບຽນສັງຄົມ")) != wxNOT_FOUND);
        // Nothing found says so; an empty search lists everything again.
        search->SetValue("zzzz");
        pump(50);
        CHECK(list->GetItemCount() == 0);
        search->SetValue("");
        pump(50);
        CHECK(list->GetItemCount() == all);
        press_button(dialog, wxID_CLOSE);
    });
    CHECK(opened);
    desktop::apply_interface_language("en");
}

TEST_CASE("wxWidgets' own strings: its French and Russian catalogs are loaded, our labels stand in for Lao and Tajik") {
    desktop::add_catalog_search_paths();
    // "&Apply" is in wxWidgets' catalog (wxstd-3.2.mo, Debian's wx3.2-i18n), not in ours.
    desktop::apply_interface_language("fr");
    CHECK(desktop::to_utf8(wxGetTranslation("&Apply")) == "&Appliquer");
    desktop::apply_interface_language("ru");
    CHECK(desktop::to_utf8(wxGetTranslation("&Apply")) == "&Применить");
    // Lao: wxWidgets has no catalog; the message boxes and dialogs the app
    // builds take their Yes / No / OK / Cancel from ours.
    desktop::apply_interface_language("lo");
    wxMessageDialog question(nullptr, "?", "?", wxYES_NO | wxCANCEL);
    desktop::label_standard_buttons(question);
    CHECK(has_code_point_in(question.GetYesLabel(), 0x0E80, 0x0EFF));
    CHECK(has_code_point_in(question.GetNoLabel(), 0x0E80, 0x0EFF));
    CHECK(has_code_point_in(question.GetCancelLabel(), 0x0E80, 0x0EFF));
    desktop::apply_interface_language("tg");
    wxMessageDialog notice(nullptr, "?", "?", wxOK);
    desktop::label_standard_buttons(notice);
    // (wxGTK keeps the label with its mnemonic in GTK's form, "_Хуб".)
    CHECK(desktop::to_utf8(notice.GetOKLabel()).find("Хуб") != std::string::npos);
    wxDialog dialog(nullptr, wxID_ANY, "?");
    desktop::ok_cancel_buttons(dialog);
    auto* cancel = dynamic_cast<wxButton*>(dialog.FindWindow(wxID_CANCEL));
    REQUIRE(cancel);
    CHECK(desktop::to_utf8(cancel->GetLabel()) == "&Бекор кардан");
    dialog.Destroy();
    desktop::apply_interface_language("en");
}

TEST_CASE("the participant dialog offers the institutions in the Tajik alphabet's order in a Tajik interface") {
    desktop::add_catalog_search_paths();
    desktop::apply_interface_language("tg");
    ScratchApp app;
    ShownFrame shown(app);
    // As typed into earlier participants; byte order would put Ҳ and Қ after Я.
    const std::vector<std::string> institutions = {"Ҳукумати ш. Душанбе", "Агентии омор", "Вазорати молия",
                                                   "Қумитаи андоз", "Хадамоти алоқа", "Кумитаи занон"};
    desktop::ParticipantDialog dialog(shown.frame, "?", assessment::Participant{}, institutions);
    // The field's accessible name is translated too.
    auto* combo = find_child<wxComboBox>(&dialog, wxGetTranslation("Institution"));
    REQUIRE(combo);
    std::vector<std::string> shown_order;
    for (unsigned i = 0; i < combo->GetCount(); ++i) shown_order.push_back(desktop::to_utf8(combo->GetString(i)));
    const std::vector<std::string> expected = {"Агентии омор",  "Вазорати молия", "Кумитаи занон",
                                               "Қумитаи андоз", "Хадамоти алоқа", "Ҳукумати ш. Душанбе"};
    CHECK(shown_order == expected);
    dialog.Destroy();
    desktop::apply_interface_language("en");
}
