// File > Import field submissions through the real main frame: a
// KoboToolbox export and a typed-in paper template come in as one undoable
// edit each; a bad file changes nothing and names its lines.
#include <doctest/doctest.h>

#include <wx/menu.h>

#include "tests/gui/shell_fixtures.h"
#include "tests/support/test_support.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/shell/main_frame_ids.h"
#include "ui/desktop/workshop/field_import.h"

using namespace socle;
using namespace socle::gui_test;

TEST_CASE("field import: a Kobo export and a paper template come in, undo takes them out, a bad file changes nothing") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    CHECK_FALSE(frame->GetMenuBar()->IsEnabled(desktop::ids::ImportFieldSubmissions));
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    pump(50);
    CHECK(frame->GetMenuBar()->IsEnabled(desktop::ids::ImportFieldSubmissions));

    const auto kobo = app.dir() / "kobo.csv";
    test::write_text(kobo,
                     "start,participant_name,institution,role,Q1/Q1_1,Q1/Q1_2,_uuid,_submission_time\n"
                     "2026-03-01,Ana,MoLSW,Director,2,na,u1,2026-03-01T10:00:00\n"
                     "2026-03-01,Bo,NSSF,Analyst,4,3,u2,2026-03-01T10:05:00\n"
                     "2026-02-28,Ana,MoLSW,Director,5,5,u3,2026-02-28T10:00:00\n");
    const auto outcome = desktop::import_field_file(*frame->document(), kobo);
    REQUIRE(outcome.imported);
    CHECK(outcome.votes == 4);
    CHECK(outcome.participants_added == 2);
    CHECK(outcome.set_aside == 1);
    pump(50);
    const auto& a = frame->document()->assessment();
    REQUIRE(a.participants.size() == 2);
    CHECK(a.response("Q1.1").votes.at(a.participants[0].id) == assessment::Vote::at(2));
    CHECK(a.response("Q1.2").votes.at(a.participants[0].id) == assessment::Vote::not_applicable());
    CHECK(a.response("Q1.1").votes.at(a.participants[1].id) == assessment::Vote::at(4));
    CHECK(frame->GetTitle().StartsWith("*"));

    const auto paper = app.dir() / "sheets.csv";
    test::write_text(paper, "indicator,participant,vote,note\nQ2.1,Ana,3,from the paper sheet\nQ2.2,,,\n");
    REQUIRE(desktop::import_field_file(*frame->document(), paper).imported);
    CHECK(frame->document()->assessment().response("Q2.1").votes.at("p1") == assessment::Vote::at(3));

    menu_command(frame, wxID_UNDO);
    CHECK(frame->document()->assessment().response("Q2.1").votes.empty());
    menu_command(frame, wxID_UNDO);
    CHECK(frame->document()->assessment().participants.empty());
    CHECK(frame->document()->assessment().responses.empty());

    const auto bad = app.dir() / "bad.csv";
    test::write_text(bad, "participant_name;Q1-Q1_1\nAna;9\n;1\n");
    const auto state = frame->document()->state_id();
    const auto refused = desktop::import_field_file(*frame->document(), bad);
    CHECK_FALSE(refused.imported);
    CHECK(frame->document()->state_id() == state);
    REQUIRE(refused.diagnostics.error_count() == 2);
    CHECK(refused.diagnostics.items()[0].line == 2);
    CHECK(refused.diagnostics.items()[0].column == 2);
    CHECK(refused.diagnostics.items()[1].line == 3);
}
