// Flows have ids in the file, and the merge matches them by id: two flows
// between the same two systems stay apart whatever each copy removed or
// changed (matched by position, a removal on one side shifted the other
// side's flow onto the wrong one: a duplicated flow and a false conflict).
#include <doctest/doctest.h>

#include <set>

#include "assessment/assessment_io.h"
#include "assessment/edits.h"
#include "assessment/merge.h"
#include "tests/support/assessment_fixtures.h"
#include "tests/support/test_support.h"

using namespace socle;
using assessment::DataFlow;
using assessment::FlowMechanism;

namespace {

DataFlow flow(const std::string& from, const std::string& to, const std::string& data, FlowMechanism mechanism) {
    DataFlow f;
    f.from = from;
    f.to = to;
    f.data = data;
    f.mechanism = mechanism;
    return f;
}

// A file with two flows from the registry to the MIS, as the desktop
// makes it (edits), saved and read back.
assessment::Assessment saved_base(const test::ScratchDir& dir) {
    auto a = test::assessment_fixture("valid-minimal.xml", 1);
    for (const auto& [id, name] : {std::pair{"sr", "Social registry"}, std::pair{"mis", "Pension MIS"}}) {
        assessment::InformationSystem system;
        system.id = id;
        system.name = name;
        assessment::edits::add_system(a, system).apply(a);
    }
    assessment::edits::add_flow(a, flow("sr", "mis", "households", FlowMechanism::Api)).apply(a);
    assessment::edits::add_flow(a, flow("sr", "mis", "payments", FlowMechanism::File)).apply(a);
    assessment::save_assessment_file(a, dir / "base.socle");
    auto loaded = assessment::load_assessment_file(dir / "base.socle");
    REQUIRE(loaded.ok());
    return std::move(*loaded.assessment);
}

assessment::Assessment reopened(const assessment::Assessment& a, const std::filesystem::path& path) {
    assessment::save_assessment_file(a, path);
    auto loaded = assessment::load_assessment_file(path);
    REQUIRE(loaded.ok());
    return std::move(*loaded.assessment);
}

// The .socle of `base` as a version before flow ids wrote it.
std::string without_flow_ids(const assessment::Assessment& a) {
    auto bytes = assessment::write_assessment(a);
    for (std::size_t at; (at = bytes.find(" id=\"f-")) != std::string::npos;)
        bytes.erase(at, bytes.find('"', at + 7) + 1 - at);
    return bytes;
}

}  // namespace

TEST_CASE("flows get ids: fresh and distinct when added, kept by save, by an edit and by reopening") {
    test::ScratchDir dir;
    const auto base = saved_base(dir);
    REQUIRE(base.systems.flows.size() == 2);
    const auto& flows = base.systems.flows;
    CHECK(flows[0].id.rfind("f-", 0) == 0);
    CHECK(flows[0].id.size() == 12);
    CHECK(flows[0].id != flows[1].id);
    CHECK(test::read_text(dir / "base.socle").find("<flow id=\"" + flows[1].id + "\" from=\"sr\"") != std::string::npos);

    auto edited = base;
    auto changed = flows[1];
    changed.id.clear();  // the desktop's dialog does not carry the id
    changed.data = "payment lists";
    assessment::edits::update_flow(edited, 1, changed).apply(edited);
    CHECK(edited.systems.flows[1].id == flows[1].id);
    CHECK(reopened(edited, dir / "edited.socle").systems == edited.systems);

    // Added again with the same content, a flow still needs its own id.
    assessment::edits::add_flow(edited, flow("sr", "mis", "households", FlowMechanism::Api)).apply(edited);
    const std::set<std::string> ids{edited.systems.flows[0].id, edited.systems.flows[1].id, edited.systems.flows[2].id};
    CHECK(ids.size() == 3);
}

TEST_CASE("a file without flow ids gets the same ids every time it is read, one per flow") {
    test::ScratchDir dir;
    const auto bytes = without_flow_ids(saved_base(dir));
    REQUIRE(bytes.find("<flow from=") != std::string::npos);
    const auto first = assessment::read_assessment(bytes, "old.socle");
    const auto second = assessment::read_assessment(bytes, "copy-of-old.socle");
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    const auto& flows = first.assessment->systems.flows;
    REQUIRE(flows.size() == 2);
    CHECK(!flows[0].id.empty());
    CHECK(flows[0].id != flows[1].id);
    CHECK(first.assessment->systems == second.assessment->systems);
    // Saved, the ids are written and read back as they are.
    const auto again = assessment::read_assessment(assessment::write_assessment(*first.assessment), "new.socle");
    REQUIRE(again.ok());
    CHECK(again.assessment->systems == first.assessment->systems);
}

TEST_CASE("a flow id used twice in a file is refused with its line") {
    test::ScratchDir dir;
    auto bytes = assessment::write_assessment(saved_base(dir));
    const auto first = bytes.find("<flow id=\"");
    const auto second = bytes.find("<flow id=\"", first + 1);
    const auto id = bytes.substr(first + 10, 12);
    bytes.replace(second + 10, 12, id);
    const auto read = assessment::read_assessment(bytes, "twice.socle");
    CHECK_FALSE(read.ok());
    bool found = false;
    for (const auto& item : read.diagnostics.items())
        found = found || (item.message.find("flow id '" + id + "' is used twice") == 0 && item.line > 1);
    CHECK(found);
}

TEST_CASE("merge: one copy removes a flow, the other edits its parallel flow: one flow, no conflict") {
    test::ScratchDir dir;
    const auto base = saved_base(dir);
    auto mine = base;
    assessment::edits::remove_flow(mine, 0).apply(mine);  // households gone
    mine = reopened(mine, dir / "mine.socle");
    auto theirs = base;
    auto payments = theirs.systems.flows[1];
    payments.frequency = "monthly";
    assessment::edits::update_flow(theirs, 1, payments).apply(theirs);
    theirs = reopened(theirs, dir / "theirs.socle");

    const auto r = assessment::merge_assessments(base, mine, theirs);
    REQUIRE(r.merged);
    CHECK(r.conflicts.empty());
    REQUIRE(r.merged->systems.flows.size() == 1);
    const auto& kept = r.merged->systems.flows[0];
    CHECK(kept.id == base.systems.flows[1].id);
    CHECK(kept.data == "payments");
    CHECK(kept.frequency == "monthly");
    CHECK(r.from_mine == 1);    // the removal
    CHECK(r.from_theirs == 1);  // the frequency
}

TEST_CASE("merge: a flow removed in one copy and changed in the other is one conflict naming its systems") {
    test::ScratchDir dir;
    const auto base = saved_base(dir);
    auto mine = base;
    assessment::edits::remove_flow(mine, 1).apply(mine);  // payments gone
    auto theirs = base;
    auto payments = theirs.systems.flows[1];
    payments.agreement = true;
    assessment::edits::update_flow(theirs, 1, payments).apply(theirs);
    mine.systems.flows[0].notes = "checked";  // and an unrelated change on the other flow

    const auto r = assessment::merge_assessments(base, mine, theirs);
    REQUIRE(r.merged);
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].field ==
          "flow[" + base.systems.flows[1].id + "] (sr -> mis): removed in MINE, changed in THEIRS; kept");
    REQUIRE(r.merged->systems.flows.size() == 2);
    CHECK(r.merged->systems.flows[0].notes == "checked");
    CHECK(r.merged->systems.flows[1].agreement);
}

TEST_CASE("merge: the same flow added in both copies is taken once, different ones both") {
    test::ScratchDir dir;
    const auto base = saved_base(dir);
    auto mine = base;
    auto theirs = base;
    for (auto* copy : {&mine, &theirs})
        assessment::edits::add_flow(*copy, flow("mis", "sr", "deaths", FlowMechanism::Database)).apply(*copy);
    assessment::edits::add_flow(mine, flow("mis", "sr", "exits", FlowMechanism::Manual)).apply(mine);
    assessment::edits::add_flow(theirs, flow("mis", "sr", "complaints", FlowMechanism::Manual)).apply(theirs);
    const auto r = assessment::merge_assessments(base, reopened(mine, dir / "m.socle"), reopened(theirs, dir / "t.socle"));
    REQUIRE(r.merged);
    CHECK(r.conflicts.empty());
    std::multiset<std::string> data;
    for (const auto& f : r.merged->systems.flows) data.insert(f.data);
    CHECK(data == std::multiset<std::string>{"households", "payments", "deaths", "exits", "complaints"});
}

TEST_CASE("merge: each conflicting field of a participant, system or flow is listed once") {
    test::ScratchDir dir;
    auto base = saved_base(dir);
    auto mine = base;
    auto theirs = base;
    mine.participants[0].name = "Ana";
    theirs.participants[0].name = "Anna";
    mine.systems.systems[0].owner = "Fund";
    theirs.systems.systems[0].owner = "Ministry";
    mine.systems.flows[1].frequency = "weekly";
    theirs.systems.flows[1].frequency = "daily";
    const auto r = assessment::merge_assessments(base, mine, theirs);
    REQUIRE(r.merged);
    std::multiset<std::string> fields;
    for (const auto& c : r.conflicts) fields.insert(c.field);
    CHECK(fields == std::multiset<std::string>{"participant[p1].name", "system[sr].owner",
                                               "flow[" + base.systems.flows[1].id + "].frequency (sr -> mis)"});
    CHECK(r.from_mine == 3);
}
