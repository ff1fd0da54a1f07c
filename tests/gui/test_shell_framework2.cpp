// Framework 2.0 in the desktop app, through the real main frame: each
// indicator shows how to rate it, the team's core lists and the sources it
// stands beside; the set-up page edits the core lists (undoable, saved in
// the file); opening a 1.0 file offers the migration, which gives a new,
// unsaved 2.0 document and leaves the old file alone.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/textctrl.h>

#include "assessment/assessment_io.h"
#include "assessment/edits.h"
#include "scoring/assessment_scores.h"
#include "tests/gui/shell_fixtures.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/shell/migration_report_dialog.h"
#include "ui/desktop/workshop/core_names_panel.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/workshop/setup_page.h"
#include "ui/desktop/workshop/walkthrough_page.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/widgets/wrapped_text.h"
#include "ui/desktop/services/ui_text.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

std::string shown_text(desktop::WrappedText* label) { return desktop::to_utf8(label->text()); }

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The first indicator of the framework that satisfies `pick`.
const frameworks::Indicator* first_indicator(const frameworks::Framework& framework,
                                             const std::function<bool(const frameworks::Indicator&)>& pick) {
    for (const auto& domain : framework.domains)
        for (const auto& indicator : domain.indicators)
            if (pick(indicator)) return &indicator;
    return nullptr;
}

assessment::InformationSystem system_named(const std::string& id, const std::string& name) {
    assessment::InformationSystem system;
    system.id = id;
    system.name = name;
    return system;
}

std::filesystem::path copy_of_lao_1_0(const ScratchApp& app) {
    const auto copy = app.dir() / "lao-1.0.socle";
    std::filesystem::copy_file(test::data_path("samples/lao-pdr-2026-baseline-1.0.socle"), copy);
    return copy;
}

}  // namespace

TEST_CASE("the walkthrough shows the rating rule, the team's core lists and the sources an indicator stands beside") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-dmf"));
    const auto& framework = frame->document()->framework();
    REQUIRE(framework.format == 2);
    // D1.3 is rated against both core lists and has typed mappings.
    const auto* indicator = framework.find_indicator("D1.3");
    REQUIRE(indicator != nullptr);
    REQUIRE(indicator->core.schemes);
    REQUIRE(indicator->core.systems);
    REQUIRE_FALSE(indicator->mappings.empty());
    frame->show_indicator("D1.3");
    frame->show_page(desktop::Page::Walkthrough);
    pump(300);
    auto* panel = frame->walkthrough_page()->indicator_panel();

    // The rule: its own, else the framework's general one.
    const std::string& own = framework.text(indicator->rule, "en");
    const std::string& rule = own.empty() ? framework.text(framework.rating_rule, "en") : own;
    REQUIRE_FALSE(rule.empty());
    CHECK(panel->rule()->IsShown());
    CHECK(has(shown_text(panel->rule()), rule));

    // Both lists are empty: the line says so and points to the set-up page.
    CHECK(panel->core_lists()->IsShown());
    CHECK(has(shown_text(panel->core_lists()), "core schemes: none listed yet"));
    CHECK(has(shown_text(panel->core_lists()), "core systems: none listed yet"));
    CHECK(has(shown_text(panel->core_lists()), "Set-up page"));

    // Filled in (as the set-up page does), the names appear at once.
    assessment::CoreNames core;
    core.schemes = {"NSSF pensions", "Social welfare allowances"};
    core.systems = {"NSSF MIS"};
    frame->document()->apply(assessment::edits::set_core_names(frame->document()->assessment(), core));
    pump(200);
    CHECK(has(shown_text(panel->core_lists()), "core schemes: NSSF pensions, Social welfare allowances"));
    CHECK(has(shown_text(panel->core_lists()), "core systems: NSSF MIS"));
    CHECK_FALSE(has(shown_text(panel->core_lists()), "Set-up page"));

    // Every mapping: its source's title and clause, with the rationale in the tooltip.
    CHECK(panel->stands_beside()->IsShown());
    const std::string beside = shown_text(panel->stands_beside());
    const std::string tooltip = desktop::to_utf8(panel->stands_beside()->GetToolTipText());
    for (const auto& mapping : indicator->mappings) {
        const auto* source = framework.find_source(mapping.source_id);
        REQUIRE(source != nullptr);
        CAPTURE(mapping.source_id);
        CHECK(has(beside, source->title + (mapping.ref.empty() ? "" : ", " + mapping.ref)));
        CHECK(has(tooltip, framework.text(mapping.why, "en")));
    }
    CHECK(std::count(beside.begin(), beside.end(), '\n') + 1 == static_cast<long>(indicator->mappings.size()));

    // At 1280x800 the rule and the core line are on screen, drawn, below the question.
    const wxImage image = capture(panel);
    keep_image(image, "walkthrough-framework2.png");
    for (auto* label : {panel->rule(), panel->core_lists()}) {
        const wxRect rect = rect_in(label, panel);
        CHECK(rect.GetTop() > rect_in(panel->question(), panel).GetBottom());
        CHECK(rect.GetBottom() < image.GetHeight());
        CHECK(pixels_unlike(image, rect, desktop::theme::page_background()) > 200);
    }

    // An indicator with a rule of its own shows that one, not the general rule.
    const auto* ruled = first_indicator(framework, [&](const auto& i) { return !framework.text(i.rule, "en").empty(); });
    REQUIRE(ruled != nullptr);
    frame->show_indicator(ruled->id);
    pump(200);
    CHECK(has(shown_text(panel->rule()), framework.text(ruled->rule, "en")));
    CHECK_FALSE(has(shown_text(panel->rule()), framework.text(framework.rating_rule, "en")));
    // An indicator marked core for no list has no core line.
    const auto* not_core = first_indicator(framework, [](const auto& i) { return !i.core.any(); });
    REQUIRE(not_core != nullptr);
    frame->show_indicator(not_core->id);
    pump(100);
    CHECK_FALSE(panel->core_lists()->IsShown());
}

TEST_CASE("the set-up page edits the core schemes and systems: undoable, marked modified, saved in the file") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-dmf"));
    auto* document = frame->document();
    document->apply(assessment::edits::add_system(document->assessment(), system_named("nssf", "NSSF MIS")));
    document->apply(assessment::edits::add_system(document->assessment(), system_named("crvs", "Civil registration")));
    frame->show_page(desktop::Page::Setup);
    pump(200);
    auto* panel = frame->setup_page()->core_names();
    REQUIRE(panel != nullptr);
    auto* checklist = panel->map_systems();
    // The map's systems are offered, in map order.
    REQUIRE(checklist->GetCount() == 2);
    CHECK(desktop::to_utf8(checklist->GetString(0)) == "NSSF MIS");
    CHECK(desktop::to_utf8(checklist->GetString(1)) == "Civil registration");

    // Ticking a system is one edit.
    checklist->Check(1, true);
    wxCommandEvent tick(wxEVT_CHECKLISTBOX, checklist->GetId());
    tick.SetEventObject(checklist);
    tick.SetInt(1);
    checklist->GetEventHandler()->ProcessEvent(tick);
    pump(50);
    CHECK(document->assessment().core.systems == std::vector<std::string>{"Civil registration"});
    CHECK(document->modified());

    // Typed schemes and another system commit as one edit when the page commits.
    panel->schemes_field()->SetValue("NSSF pensions\n  Social welfare allowances  \n\n");
    panel->other_systems_field()->SetValue("Payroll of the Ministry of Finance");
    frame->setup_page()->commit_pending();
    pump(50);
    CHECK(document->assessment().core.schemes == std::vector<std::string>{"NSSF pensions", "Social welfare allowances"});
    CHECK(document->assessment().core.systems ==
          std::vector<std::string>{"Civil registration", "Payroll of the Ministry of Finance"});

    // Undo takes back the typed names, then the tick.
    menu_command(frame, wxID_UNDO);
    pump(50);
    CHECK(document->assessment().core.schemes.empty());
    CHECK(document->assessment().core.systems == std::vector<std::string>{"Civil registration"});
    CHECK(desktop::to_utf8(panel->schemes_field()->GetValue()).empty());
    menu_command(frame, wxID_REDO);
    pump(50);
    CHECK(panel->map_systems()->IsChecked(1));
    CHECK_FALSE(panel->map_systems()->IsChecked(0));
    CHECK(desktop::to_utf8(panel->other_systems_field()->GetValue()) == "Payroll of the Ministry of Finance");

    // Saved and read back from the file.
    const auto file = app.dir() / "core-lists.socle";
    REQUIRE(frame->save_as(file));
    const auto text = test::read_text(file);
    CHECK(has(text, "<scheme>Social welfare allowances</scheme>"));
    CHECK(has(text, "<system>Payroll of the Ministry of Finance</system>"));
    auto loaded = app.context().load(file);
    REQUIRE(loaded.ok());
    CHECK(loaded.assessment->core.schemes == std::vector<std::string>{"NSSF pensions", "Social welfare allowances"});
    CHECK(loaded.assessment->core.systems ==
          std::vector<std::string>{"Civil registration", "Payroll of the Ministry of Finance"});
}

TEST_CASE("opening a 1.0 file offers the migration: yes shows the report and opens a new, unsaved 2.0 document") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    const auto old_file = copy_of_lao_1_0(app);
    const std::string old_bytes = test::read_text(old_file);
    wxString asked_from;
    wxString asked_to;
    frame->set_migration_prompt([&](const wxString&, const wxString& from, const wxString& to) {
        asked_from = from;
        asked_to = to;
        return true;
    });
    std::string report;
    bool opened = false;
    REQUIRE(with_modal_dialog([&] { opened = frame->open_file(old_file); },
                              [&](wxDialog& dialog) {
                                  auto* shown_report = dynamic_cast<desktop::MigrationReportDialog*>(&dialog);
                                  REQUIRE(shown_report != nullptr);
                                  report = desktop::to_utf8(shown_report->report()->GetValue());
                                  press_button(dialog, wxID_OK);
                              }));
    CHECK(opened);
    CHECK(asked_from == "1.0.0");
    CHECK(asked_to == "2.0.0");
    // The report says what happened to each old indicator, as the CLI's does.
    CHECK(has(report, "Migration from 1.0.0 to 2.0.0"));
    auto old = app.context().load(old_file);
    REQUIRE(old.ok());
    for (const auto& domain : old.assessment->framework().domains)
        for (const auto& indicator : domain.indicators) {
            CAPTURE(indicator.id);
            CHECK(has(report, "\n" + indicator.id + " "));
        }

    auto* document = frame->document();
    REQUIRE(document != nullptr);
    CHECK(document->framework().id == "sp-dmf");
    CHECK(document->framework().version == "2.0.0");
    CHECK(document->framework().format == 2);
    CHECK(document->path().empty());  // a new document: Save asks for a name
    CHECK(document->modified());      // closing asks to save it
    CHECK(frame->current_page() == desktop::Page::Walkthrough);
    CHECK(test::read_text(old_file) == old_bytes);  // the 1.0 file is untouched

    // Saved under a new name, it reads back as a 2.0 assessment.
    const auto new_file = app.dir() / "lao-2.0.socle";
    REQUIRE(frame->save_as(new_file));
    auto saved = app.context().load(new_file);
    REQUIRE(saved.ok());
    CHECK(saved.assessment->framework().version == "2.0.0");
    CHECK(saved.assessment->participants.size() == old.assessment->participants.size());
    CHECK(test::read_text(old_file) == old_bytes);
}

TEST_CASE("declining the migration opens the 1.0 file as it is, with the same scores and no format-2 lines") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    const auto old_file = copy_of_lao_1_0(app);
    int asked = 0;
    frame->set_migration_prompt([&](const wxString&, const wxString&, const wxString&) {
        ++asked;
        return false;
    });
    REQUIRE(frame->open_file(old_file));
    CHECK(asked == 1);
    auto* document = frame->document();
    REQUIRE(document != nullptr);
    CHECK(document->framework().version == "1.0.0");
    CHECK(document->path() == old_file);
    CHECK_FALSE(document->modified());
    auto direct = assessment::load_assessment_file(old_file);
    REQUIRE(direct.ok());
    const auto expected = scoring::score_assessment(*direct.assessment);
    REQUIRE(expected.overall.level.has_value());
    REQUIRE(document->scores().overall.level.has_value());
    CHECK(*document->scores().overall.level == doctest::Approx(*expected.overall.level));
    CHECK(document->scores().overall.rated == expected.overall.rated);
    // A 1.0 framework has no rule, core lists or mappings: nothing of them shows.
    frame->show_page(desktop::Page::Walkthrough);
    pump(200);
    auto* panel = frame->walkthrough_page()->indicator_panel();
    CHECK_FALSE(panel->rule()->IsShown());
    CHECK_FALSE(panel->core_lists()->IsShown());
    CHECK_FALSE(panel->stands_beside()->IsShown());
    // Nor does the set-up page offer core lists.
    CHECK(frame->setup_page()->core_names() == nullptr);
}

TEST_CASE("the set-up page offers each session language with its coverage and says which are drafts") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-dmf"));
    frame->show_page(desktop::Page::Setup);
    pump(200);
    auto* languages = find_child<wxChoice>(frame->setup_page(), _("Session language"));
    REQUIRE(languages != nullptr);
    REQUIRE(languages->GetCount() == 5);
    int drafts = 0;
    for (unsigned i = 0; i < languages->GetCount(); ++i) {
        const std::string label = desktop::to_utf8(languages->GetString(i));
        CAPTURE(label);
        CHECK(has(label, " 100%"));  // sp-dmf 2.0 is complete in all five
        const bool lao_or_tajik = has(label, "[lo]") || has(label, "[tg]");
        CHECK(has(label, "(draft translation)") == lao_or_tajik);
        drafts += lao_or_tajik ? 1 : 0;
    }
    CHECK(drafts == 2);
}
