#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "assessment/edit_history.h"
#include "room/room_page.h"
#include "room/room_server.h"
#include "tests/support/assessment_fixtures.h"

using socle::assessment::EditHistory;
using socle::assessment::Vote;
using socle::room::HttpResponse;
using socle::room::RoomServer;

namespace {

// A room over a real edit history, as the desktop and the CLI drive it.
struct Room {
    EditHistory history{socle::test::assessment_fixture("worked-example.xml", 3)};
    int edits = 0;
    socle::room::RoomOptions options;
    RoomServer server;
    std::chrono::steady_clock::time_point now = std::chrono::steady_clock::now();

    explicit Room(bool allow_new = false)
        : options{allow_new, "K3M7XR"},
          server([this]() -> const socle::assessment::Assessment& { return history.current(); },
                 [this](socle::assessment::Edit edit) {
                     history.apply(std::move(edit));
                     ++edits;
                 },
                 options) {}

    HttpResponse get(const std::string& target, const std::string& device = "10.0.0.2") {
        now += std::chrono::milliseconds(200);  // a patient phone, never rate-limited
        const auto answer = server.respond("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n", device, now);
        REQUIRE(answer);
        return *answer;
    }
    HttpResponse post(const std::string& path, const std::string& body, const std::string& device = "10.0.0.2") {
        now += std::chrono::milliseconds(200);
        const auto answer = server.respond("POST " + path +
                                               " HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                               "Content-Length: " +
                                               std::to_string(body.size()) + "\r\n\r\n" + body,
                                           device, now);
        REQUIRE(answer);
        return *answer;
    }
    std::string join(const std::string& participant) {
        const auto answer = post("/api/join", "c=K3M7XR&participant=" + participant);
        REQUIRE(answer.status == 200);
        const auto start = answer.body.find("\"token\":\"") + 9;
        return answer.body.substr(start, 32);
    }
    const socle::assessment::IndicatorResponse& response() const {
        return history.current().response(server.session().current_indicator());
    }
};

}  // namespace

TEST_CASE("room.server: every request needs the session code") {
    Room room;
    const auto form = room.get("/");
    CHECK(form.status == 200);
    CHECK(form.body.find("name=\"c\"") != std::string::npos);
    CHECK(form.body.find("var CODE") == std::string::npos);  // no page without the code
    CHECK(room.get("/?c=WRONG1").status == 403);
    CHECK(room.get("/api/participants").status == 403);
    CHECK(room.get("/api/participants?c=WRONG1").status == 403);
    CHECK(room.post("/api/join", "c=WRONG1&participant=p1").status == 403);
    const auto page = room.get("/?c=k3m7xr");
    CHECK(page.status == 200);
    CHECK(page.content_type.starts_with("text/html"));
    CHECK(page.body.find("var CODE=\"K3M7XR\"") != std::string::npos);
    CHECK(room.get("/nothing?c=K3M7XR").status == 404);
    CHECK(room.edits == 0);
}

TEST_CASE("room.server: a phone joins, votes, changes its vote until voting closes") {
    Room room;
    const auto participants = room.get("/api/participants?c=K3M7XR");
    CHECK(participants.status == 200);
    CHECK(participants.body.find("\"Participant 2\"") != std::string::npos);
    const std::string token = room.join("p2");
    const std::string indicator = room.server.session().current_indicator();
    const std::string vote = "c=K3M7XR&t=" + token + "&indicator=" + indicator + "&vote=";

    CHECK(room.post("/api/vote", vote + "3").status == 409);  // not open yet
    CHECK(room.edits == 0);
    room.server.session().open_voting();
    CHECK_FALSE(room.server.distribution());  // hidden while open
    const auto state = room.get("/api/state?c=K3M7XR&t=" + token);
    CHECK(state.status == 200);
    CHECK(state.body.find("\"open\":true") != std::string::npos);
    CHECK(state.body.find("\"my_vote\":null") != std::string::npos);

    CHECK(room.post("/api/vote", vote + "3").status == 200);
    CHECK(room.response().votes.at("p2") == Vote::at(3));
    CHECK(room.server.voted_count() == 1);
    CHECK(room.server.participant_count() == 3);
    CHECK(room.post("/api/vote", vote + "na&comment=Only+in+two+provinces").status == 200);
    CHECK(room.response().votes.at("p2") == Vote::not_applicable());
    CHECK(room.response().notes == "Participant 2: Only in two provinces");
    CHECK(room.server.voted_count() == 1);  // one participant, one vote
    CHECK(room.response().votes.size() == 1);
    CHECK(room.get("/api/state?c=K3M7XR&t=" + token).body.find("\"my_vote\":\"na\"") != std::string::npos);

    room.server.session().close_voting();
    CHECK(room.post("/api/vote", vote + "4").status == 409);
    CHECK(room.response().votes.at("p2") == Vote::not_applicable());
    const auto counts = room.server.distribution();
    REQUIRE(counts);
    CHECK(counts->at("na") == 1);

    // Votes are ordinary edits: undo takes the last one back.
    CHECK(room.edits == 2);
    room.history.undo();
    CHECK(room.response().votes.at("p2") == Vote::at(3));
    CHECK(room.response().notes.empty());
}

TEST_CASE("room.server: bad input is refused with its status and changes nothing") {
    Room room;
    const std::string token = room.join("p1");
    room.server.session().open_voting();
    const std::string indicator = room.server.session().current_indicator();
    const std::string base = "c=K3M7XR&t=" + token + "&indicator=" + indicator;
    CHECK(room.post("/api/vote", base + "&vote=9").status == 422);
    CHECK(room.post("/api/vote", base + "&vote=").status == 422);
    CHECK(room.post("/api/vote", base + "&vote=3&extra=1").status == 400);
    CHECK(room.post("/api/vote", base + "&vote=3&comment=" + std::string(501, 'x')).status == 422);
    CHECK(room.post("/api/vote", "c=K3M7XR&t=0000&indicator=" + indicator + "&vote=3").status == 401);
    CHECK(room.post("/api/vote", "c=K3M7XR&t=" + token + "&indicator=NOPE&vote=3").status == 409);
    CHECK(room.post("/api/join", "c=K3M7XR&participant=p99").status == 422);
    CHECK(room.post("/api/join", "c=K3M7XR&name=Newcomer").status == 403);  // not allowed here
    CHECK(room.post("/api/join", "c=K3M7XR&participant=p1&name=x").status == 400);
    CHECK(room.get("/api/vote?c=K3M7XR").status == 405);
    CHECK(room.get("/api/state?c=K3M7XR&t=" + token + "&x=1").status == 400);
    const auto plain = room.server.respond(
        "POST /api/vote HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\nc=K3M7", "10.0.0.3",
        room.now);
    REQUIRE(plain);
    CHECK(plain->status == 415);
    const auto broken = room.server.respond("GARBAGE\r\n\r\n", "10.0.0.3", room.now);
    REQUIRE(broken);
    CHECK(broken->status == 400);
    CHECK(broken->to_bytes().starts_with("HTTP/1.1 400 Bad Request\r\n"));
    CHECK(room.edits == 0);
    CHECK(room.response().votes.empty());
}

TEST_CASE("room.server: newcomers are added when allowed, their names escaped on the page side") {
    Room room(true);
    CHECK(room.post("/api/join", "c=K3M7XR&name=%20%20").status == 422);
    CHECK(room.post("/api/join", "c=K3M7XR&name=" + std::string(81, 'a')).status == 422);
    const auto joined = room.post("/api/join", "c=K3M7XR&name=%3Cb%3EAnna%3C%2Fb%3E");
    CHECK(joined.status == 200);
    CHECK(room.edits == 1);
    REQUIRE(room.history.current().participants.size() == 4);
    CHECK(room.history.current().participants.back().name == "<b>Anna</b>");
    // Names go to the phone as JSON text (shown through textContent).
    CHECK(room.get("/api/participants?c=K3M7XR").body.find("\"<b>Anna</b>\"") != std::string::npos);
    CHECK(socle::room::html_escape("<b a='1'>&\"") == "&lt;b a=&#39;1&#39;&gt;&amp;&quot;");
    CHECK(socle::room::script_string("</script>") == "\"\\u003c/script>\"");
}

TEST_CASE("room.server: a burst from one phone is slowed") {
    Room room;
    int refused = 0;
    for (int i = 0; i < 100; ++i) {
        const auto answer = room.server.respond("GET /api/participants?c=K3M7XR HTTP/1.1\r\n\r\n", "10.0.0.9", room.now);
        REQUIRE(answer);
        if (answer->status == 429) ++refused;
    }
    CHECK(refused > 50);
    CHECK(room.get("/api/participants?c=K3M7XR", "10.0.0.10").status == 200);
}

TEST_CASE("room.server: the phone page comes in the session's language") {
    Room room;
    room.history.apply({"language", [](auto& a) { a.metadata.language = "fr"; }, [](auto& a) { a.metadata.language = "en"; }});
    const auto page = room.get("/?c=K3M7XR");
    CHECK(page.body.find("lang=\"fr\"") != std::string::npos);
    CHECK(page.body.find("Qui \xC3\xAAtes-vous ?") != std::string::npos);
    CHECK(page.body.find("Vous votez en tant que %1") != std::string::npos);
    CHECK(page.body.find("Who are you?") == std::string::npos);
}
