// The set-up page on a projector, through the real main frame: in Russian
// at 1024x768 no label is cut and the two dates carry different labels;
// every button can be scrolled to and is not under the status bar (also at
// 1280x800 in a larger text); a date typed the Russian way is stored ISO,
// one that cannot be read is explained in words, and neither is lost when
// the language changes or the file is saved.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/statusbr.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "assessment/assessment_io.h"
#include "common/local_date.h"
#include "tests/gui/shell_fixtures.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/shell/start_page.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/widgets/wrapped_text.h"
#include "ui/desktop/workshop/participants_panel.h"
#include "ui/desktop/workshop/setup_page.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

// A text scale for one test case, the normal one again after it.
struct TextScale {
    explicit TextScale(double scale) { desktop::theme::set_text_scale(scale); }
    ~TextScale() { desktop::theme::set_text_scale(1.0); }
};

desktop::SetupPage* new_assessment(desktop::MainFrame* frame) {
    click(frame->start_page()->create_button());
    pump(300);
    REQUIRE(frame->document());
    REQUIRE(frame->current_page() == desktop::Page::Setup);
    return frame->setup_page();
}

void collect(wxWindow* window, std::vector<wxWindow*>& labels, std::vector<wxButton*>& buttons) {
    for (auto* child : window->GetChildren()) {
        if (!child->IsShown()) continue;
        if (dynamic_cast<wxStaticText*>(child) || dynamic_cast<desktop::WrappedText*>(child)) labels.push_back(child);
        if (auto* button = dynamic_cast<wxButton*>(child)) buttons.push_back(button);
        collect(child, labels, buttons);
    }
}

std::string text_of(wxWindow* label) {
    if (auto* wrapped = dynamic_cast<desktop::WrappedText*>(label)) return desktop::to_utf8(wrapped->text());
    return folded_label(label);
}

// Every shown label has the room it asks for, and lies inside the page's
// width (the page scrolls only up and down: past its right edge is cut).
void check_no_label_cut(desktop::SetupPage* page) {
    std::vector<wxWindow*> labels;
    std::vector<wxButton*> buttons;
    collect(page, labels, buttons);
    REQUIRE(labels.size() >= 10);
    const int page_width = page->GetClientSize().GetWidth();
    for (auto* label : labels) {
        const std::string text = text_of(label);
        if (text.empty()) continue;
        const wxSize best = label->GetBestSize();
        const wxSize shown = label->GetSize();
        const wxRect rect = rect_in(label, page);
        CAPTURE(text);
        CAPTURE(best.GetWidth());
        CAPTURE(best.GetHeight());
        CAPTURE(shown.GetWidth());
        CAPTURE(shown.GetHeight());
        CAPTURE(rect.GetRight());
        CAPTURE(page_width);
        CHECK(best.GetHeight() <= shown.GetHeight());
        // GTK's own measure of the label (its best size) against what it got.
        if (dynamic_cast<wxStaticText*>(label)) CHECK(best.GetWidth() <= shown.GetWidth());
        CHECK(rect.GetLeft() >= 0);
        CHECK(rect.GetRight() < page_width);
    }
}

// The label beside a field of the details grid (the grid item before it).
wxStaticText* label_of(wxWindow* field) {
    auto* grid = field->GetContainingSizer();
    REQUIRE(grid);
    wxWindow* previous = nullptr;
    for (auto* item : grid->GetChildren()) {
        if (item->GetWindow() == field) break;
        previous = item->GetWindow();
    }
    return dynamic_cast<wxStaticText*>(previous);
}

std::string first_word(const std::string& text) { return text.substr(0, text.find_first_of(" (")); }

// Scrolls the page so `window` shows, as a person would, and checks it is
// inside the page's visible area and above the status bar.
void check_reachable(desktop::MainFrame* frame, desktop::SetupPage* page, wxWindow* window) {
    int unit_x = 0, unit_y = 0;
    page->GetScrollPixelsPerUnit(&unit_x, &unit_y);
    REQUIRE(unit_y > 0);
    int view_x = 0, view_y = 0;
    page->GetViewStart(&view_x, &view_y);
    // Its top in the page's scrolled (virtual) coordinates.
    const int top = window->GetScreenPosition().y - page->GetScreenPosition().y + view_y * unit_y;
    page->Scroll(-1, std::max(0, top - page->GetClientSize().GetHeight() / 2) / unit_y);
    pump(50);
    const wxRect visible(page->GetScreenPosition(), page->GetClientSize());
    const wxRect target = window->GetScreenRect();
    CAPTURE(desktop::to_utf8(window->GetLabel()));
    CAPTURE(target.GetTop());
    CAPTURE(target.GetBottom());
    CAPTURE(visible.GetBottom());
    CHECK(visible.Contains(target));
    if (auto* status = frame->GetStatusBar()) CHECK(target.GetBottom() < status->GetScreenRect().GetTop());
}

void check_buttons_reachable(desktop::MainFrame* frame, desktop::SetupPage* page) {
    std::vector<wxWindow*> labels;
    std::vector<wxButton*> buttons;
    collect(page, labels, buttons);
    REQUIRE(buttons.size() >= 4);
    for (auto* button : buttons) check_reachable(frame, page, button);
}

// Types `text` into `field` with real keys (clicking it first, the old text
// selected and replaced) and leaves it with Tab, which commits it.
void type_into(wxTextCtrl* field, const std::string& text) {
    click(field);
    field->SelectAll();
    pump(30);
    type_text(text);
    press_key(WXK_TAB);
    pump(150);
}

const assessment::Metadata& metadata(desktop::MainFrame* frame) { return frame->document()->assessment().metadata; }

}  // namespace

TEST_CASE("set-up in Russian at 1024x768: no label is cut, the two dates are named apart, every button reachable") {
    InterfaceLanguage russian("ru");
    ScratchApp app;
    ShownFrame shown(app, wxSize(1024, 768));
    auto* page = new_assessment(shown.frame);
    pump(200);
    keep_image(capture(page), "setup-ru-1024x768.png");
    check_no_label_cut(page);

    const std::string start = folded_label(label_of(page->start_date_field()));
    const std::string end = folded_label(label_of(page->end_date_field()));
    CAPTURE(start);
    CAPTURE(end);
    CHECK(start != end);
    CHECK(first_word(start) != first_word(end));
    CHECK(start.find("Дата") == std::string::npos);

    check_buttons_reachable(shown.frame, page);
    // Side by side at 1024; one column under the other on a narrower window,
    // still with no label cut; side by side again when it widens.
    CHECK_FALSE(page->stacked());
    shown.frame->SetSize(wxSize(760, 700));
    pump(300);
    CHECK(page->stacked());
    check_no_label_cut(page);
    check_buttons_reachable(shown.frame, page);
    shown.frame->SetSize(wxSize(1024, 768));
    pump(300);
    CHECK_FALSE(page->stacked());
    // And the Add button does what it says when clicked there.
    const bool opened = with_modal_dialog([&] { click(page->participants()->add_button()); },
                                          [&](wxDialog& dialog) { press_button(dialog, wxID_CANCEL); });
    CHECK(opened);
}

TEST_CASE("set-up at 1024x768 in French, Lao and Tajik: no label is cut, every button reachable") {
    for (const char* code : {"fr", "lo", "tg"}) {
        CAPTURE(code);
        InterfaceLanguage language(code);
        ScratchApp app;
        ShownFrame shown(app, wxSize(1024, 768));
        auto* page = new_assessment(shown.frame);
        pump(200);
        check_no_label_cut(page);
        check_buttons_reachable(shown.frame, page);
        keep_image(capture(page), std::string("setup-") + code + "-1024x768.png");
    }
}

TEST_CASE("set-up at 1280x800 in a larger text and at 1024x768: every button can be scrolled to, above the status bar") {
    TextScale larger(1.3);
    ScratchApp app;
    for (const wxSize size : {wxSize(1280, 800), wxSize(1024, 768)}) {
        CAPTURE(size.GetWidth());
        ShownFrame shown(app, size);
        auto* page = new_assessment(shown.frame);
        pump(200);
        check_no_label_cut(page);
        check_buttons_reachable(shown.frame, page);
        keep_image(capture(page), size.GetWidth() == 1280 ? "setup-large-1280.png" : "setup-large-1024.png");
    }
}

TEST_CASE("set-up in Russian: a date typed 12.05.2026 is stored 2026-05-12 and shown back so") {
    InterfaceLanguage russian("ru");
    ScratchApp app;
    ShownFrame shown(app, wxSize(1024, 768));
    auto* page = new_assessment(shown.frame);
    type_into(page->start_date_field(), "12.05.2026");
    CHECK(metadata(shown.frame).start_date == "2026-05-12");
    CHECK(desktop::to_utf8(page->start_date_field()->GetValue()) == "2026-05-12");
    CHECK_FALSE(page->start_date_note()->IsShown());
    type_into(page->end_date_field(), "14/05/2026");
    CHECK(metadata(shown.frame).end_date == "2026-05-14");
}

TEST_CASE("set-up in Russian: a date that cannot be read is kept and explained in words under the field") {
    InterfaceLanguage russian("ru");
    ScratchApp app;
    ShownFrame shown(app, wxSize(1024, 768));
    auto* page = new_assessment(shown.frame);
    type_into(page->start_date_field(), "31.02.2026");
    auto* note = page->start_date_note();
    CHECK(note->IsShownOnScreen());
    const std::string said = desktop::to_utf8(note->text());
    CAPTURE(said);
    const std::string reason =
        desktop::to_utf8(desktop::translated(common::date_problem_text(common::DateProblem::NoSuchDay)));
    CHECK(said.find(reason) != std::string::npos);
    CHECK(reason != common::date_problem_text(common::DateProblem::NoSuchDay));  // in Russian, not English
    CHECK(note->GetSize().GetHeight() >= note->GetBestSize().GetHeight());
    // Kept as typed, in the field and in the assessment.
    CHECK(desktop::to_utf8(page->start_date_field()->GetValue()) == "31.02.2026");
    CHECK(metadata(shown.frame).start_date == "31.02.2026");
    keep_image(capture(page), "setup-ru-unreadable-date.png");

    type_into(page->start_date_field(), "tomorrow");
    CHECK(desktop::to_utf8(note->text()).find(desktop::to_utf8(desktop::translated(
              common::date_problem_text(common::DateProblem::NotADate)))) != std::string::npos);
    // Corrected, the note goes away.
    type_into(page->start_date_field(), "2026-05-12");
    CHECK_FALSE(note->IsShown());
    CHECK(metadata(shown.frame).start_date == "2026-05-12");
}

TEST_CASE("set-up: a typed date survives a language switch and is saved in the file") {
    InterfaceLanguage russian("ru");
    ScratchApp app;
    ShownFrame shown(app, wxSize(1024, 768));
    auto* frame = shown.frame;
    // The full framework: five session languages to switch between.
    REQUIRE(frame->new_assessment("sp-dmf"));
    frame->show_page(desktop::Page::Setup);
    pump(200);
    auto* page = frame->setup_page();
    // Typed, still in the field (not left with Tab), when the interface
    // language changes through its menu.
    click(page->start_date_field());
    type_text("12.05.2026");
    pump(50);
    const auto& languages_menu = desktop::interface_languages();
    int english = -1;
    for (std::size_t i = 0; i < languages_menu.size(); ++i)
        if (languages_menu[i].code == "en") english = static_cast<int>(i);
    REQUIRE(english >= 0);
    menu_command(frame, desktop::ids::LanguageFirst + english);
    pump(300);
    page = frame->setup_page();
    CHECK(desktop::to_utf8(page->start_date_field()->GetValue()) == "2026-05-12");
    CHECK(metadata(frame).start_date == "2026-05-12");

    // An unreadable one too, through the session language choice.
    click(page->end_date_field());
    type_text("next week");
    pump(50);
    auto* languages = find_child<wxChoice>(page, _("Session language"));
    REQUIRE(languages);
    REQUIRE(languages->GetCount() > 1);
    const std::string session_before = frame->document()->language();
    languages->SetFocus();
    pump(30);
    press_key(WXK_DOWN);  // GTK's choice moves to the next item on Down, with its event
    pump(300);
    CHECK(frame->document()->language() != session_before);
    page = frame->setup_page();
    CHECK(desktop::to_utf8(page->end_date_field()->GetValue()) == "next week");
    CHECK(page->end_date_note()->IsShown());
    CHECK(metadata(frame).end_date == "next week");

    const auto path = app.dir() / "dates.socle";
    REQUIRE(frame->save_as(path));
    const auto loaded = assessment::load_assessment_file(path);
    REQUIRE(loaded.assessment);
    CHECK(loaded.assessment->metadata.start_date == "2026-05-12");
    CHECK(loaded.assessment->metadata.end_date == "next week");
}
