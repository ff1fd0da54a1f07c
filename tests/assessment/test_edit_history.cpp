#include <doctest/doctest.h>

#include "assessment/edit_history.h"
#include "assessment/edits.h"
#include "common/error.h"
#include "tests/support/assessment_fixtures.h"

using namespace socle;
using assessment::EditHistory;
using assessment::Vote;
namespace edits = assessment::edits;

TEST_CASE("undo and redo restore exactly what was there") {
    EditHistory history(test::assessment_fixture("valid-minimal.xml", 2));
    const auto empty = history.current();
    history.apply(edits::set_vote(history.current(), "A.1", "p1", Vote::at(2)));
    history.apply(edits::set_vote(history.current(), "A.1", "p2", Vote::at(3)));
    history.apply(edits::set_target(history.current(), "A.1", 3));
    CHECK(history.current().response("A.1").votes.size() == 2);
    CHECK(history.undo_description() == "target of A.1");

    history.undo();
    CHECK_FALSE(history.current().response("A.1").target.has_value());
    history.undo();
    history.undo();
    CHECK(history.current().same_content(empty));
    CHECK(history.current().responses.empty());  // empty responses are removed, not kept blank
    CHECK_FALSE(history.can_undo());

    history.redo();
    history.redo();
    CHECK(history.current().response("A.1").votes.at("p2") == Vote::at(3));
    CHECK(history.can_redo());
    history.apply(edits::set_notes(history.current(), "A.2", "new branch"));
    CHECK_FALSE(history.can_redo());  // a new edit drops the redo branch
}

TEST_CASE("the save point survives Save then Undo then Edit") {
    EditHistory history(test::assessment_fixture("valid-minimal.xml", 1));
    CHECK_FALSE(history.is_modified());
    history.apply(edits::set_vote(history.current(), "A.1", "p1", Vote::at(1)));
    CHECK(history.is_modified());
    history.mark_saved();
    CHECK_FALSE(history.is_modified());
    history.undo();
    CHECK(history.is_modified());
    history.redo();
    CHECK_FALSE(history.is_modified());  // back at the saved state
    history.undo();
    history.apply(edits::set_vote(history.current(), "A.1", "p1", Vote::at(3)));
    CHECK(history.is_modified());  // same depth as the save, different content
}

TEST_CASE("mark_unsaved makes the current state modified until the next save, and undo never reaches the save point") {
    EditHistory history(test::assessment_fixture("valid-minimal.xml", 1));
    history.mark_unsaved();
    CHECK(history.is_modified());
    history.apply(edits::set_vote(history.current(), "A.1", "p1", Vote::at(1)));
    history.undo();
    CHECK(history.is_modified());  // the first state was never saved
    history.mark_saved();
    CHECK_FALSE(history.is_modified());
}

TEST_CASE("removing a participant removes their votes and undo brings both back") {
    EditHistory history(test::assessment_fixture("valid-minimal.xml", 2));
    history.apply(edits::set_vote(history.current(), "A.1", "p1", Vote::at(2)));
    history.apply(edits::set_vote(history.current(), "B.1", "p1", Vote::at(1)));
    history.apply(edits::set_vote(history.current(), "A.1", "p2", Vote::at(3)));
    history.apply(edits::remove_participant(history.current(), "p1"));
    CHECK(history.current().participants.size() == 1);
    CHECK(history.current().response("A.1").votes.size() == 1);
    CHECK(history.current().responses.count("B.1") == 0);
    history.undo();
    CHECK(history.current().participants.size() == 2);
    CHECK(history.current().response("B.1").votes.at("p1") == Vote::at(1));
}

TEST_CASE("edits refuse unknown ids instead of recording nonsense") {
    const auto a = test::assessment_fixture("valid-minimal.xml", 1);
    CHECK_THROWS_AS(edits::set_vote(a, "Z.9", "p1", Vote::at(1)), common::LogicError);
    CHECK_THROWS_AS(edits::set_vote(a, "A.1", "p7", Vote::at(1)), common::LogicError);
    CHECK_THROWS_AS(edits::add_participant(a, {"p1", "dup", "", "", false}), common::LogicError);
    CHECK(edits::next_participant_id(a) == "p2");
}

TEST_CASE("metadata - profile - participants and maps are undoable") {
    EditHistory history(test::assessment_fixture("valid-minimal.xml", 0));
    auto metadata = history.current().metadata;
    metadata.country = "Tajikistan";
    history.apply(edits::set_metadata(history.current(), metadata));
    history.apply(edits::set_profile_answer(history.current(), "has_insurance", "no"));
    history.apply(edits::add_participant(history.current(), {"p1", "Dilnoza", "MoHSP", "analyst", false}));
    assessment::SystemMap map;
    map.systems.push_back({"nr", "National registry", frameworks::SystemCategory::SocialRegistry, "", {}, "", {}, "", {}});
    history.apply(edits::set_system_map(history.current(), map, "add system"));
    CHECK(history.current().metadata.country == "Tajikistan");
    CHECK(history.current().systems.systems.size() == 1);
    for (int i = 0; i < 4; ++i) history.undo();
    CHECK(history.current().metadata.country.empty());
    CHECK(history.current().profile.empty());
    CHECK(history.current().participants.empty());
    CHECK(history.current().systems.systems.empty());
}
