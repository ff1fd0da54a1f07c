#include <doctest/doctest.h>

#include <chrono>
#include <set>

#include "common/error.h"
#include "room/rate_limiter.h"
#include "room/room_session.h"

using socle::room::RoomSession;

TEST_CASE("room.session: voting opens and closes on the current indicator only") {
    RoomSession session({"A.1", "A.2", "B.1"}, "K3M7XR");
    CHECK(session.current_indicator() == "A.1");
    CHECK_FALSE(session.voting_open());
    CHECK(session.accept_vote("A.1", "p1") == RoomSession::VoteCheck::Closed);
    const auto before = session.revision();
    session.open_voting();
    CHECK(session.revision() > before);
    CHECK(session.accept_vote("A.2", "p1") == RoomSession::VoteCheck::OtherIndicator);
    CHECK(session.accept_vote("A.1", "p1") == RoomSession::VoteCheck::Accepted);
    CHECK(session.accept_vote("A.1", "p1") == RoomSession::VoteCheck::Accepted);  // a change of mind
    CHECK(session.accept_vote("A.1", "p2") == RoomSession::VoteCheck::Accepted);
    CHECK(session.voted() == std::set<std::string>{"p1", "p2"});
    session.close_voting();
    CHECK(session.accept_vote("A.1", "p3") == RoomSession::VoteCheck::Closed);
    CHECK(session.voted().size() == 2);

    // Moving on starts closed with nobody counted.
    session.open_voting();
    CHECK(session.move_to(std::string_view("B.1")));
    CHECK(session.current_index() == 2);
    CHECK_FALSE(session.voting_open());
    CHECK(session.voted().empty());
    CHECK_FALSE(session.move_to(3));
    CHECK_FALSE(session.move_to(std::string_view("Z.9")));
    CHECK(session.current_indicator() == "B.1");
    CHECK_THROWS_AS(RoomSession({}, "X"), socle::common::LogicError);
}

TEST_CASE("room.session: the code is checked whole, lower case accepted") {
    RoomSession session({"A.1"}, "K3M7XR");
    CHECK(session.code_matches("K3M7XR"));
    CHECK(session.code_matches("k3m7xr"));
    CHECK_FALSE(session.code_matches("K3M7X"));
    CHECK_FALSE(session.code_matches("K3M7XRK"));
    CHECK_FALSE(session.code_matches(""));
    CHECK_FALSE(session.code_matches("K3M7XS"));
    RoomSession typed({"A.1"}, "k3m7xr");  // given in lower case on the command line
    CHECK(typed.code() == "K3M7XR");
    CHECK(typed.code_matches("K3m7xR"));
}

TEST_CASE("room.session: generated codes and tokens differ and use their alphabet") {
    std::set<std::string> codes;
    for (int i = 0; i < 50; ++i) {
        const auto code = socle::room::make_session_code();
        CHECK(code.size() == 6);
        CHECK(code.find_first_not_of("ACDEFHJKMNPRTUVWXY34679") == std::string::npos);
        codes.insert(code);
    }
    CHECK(codes.size() > 45);
    CHECK(socle::room::make_device_token() != socle::room::make_device_token());
}

TEST_CASE("room.session: devices join as participants and the table stays bounded") {
    RoomSession session({"A.1"}, "K3M7XR");
    const auto first = session.join("p1");
    REQUIRE(session.participant_of(first));
    CHECK(*session.participant_of(first) == "p1");
    CHECK(session.participant_of("nope") == nullptr);
    for (std::size_t i = 0; i < RoomSession::kMaxDevices; ++i) session.join("p2");
    CHECK(session.participant_of(first) == nullptr);  // the oldest went first
}

TEST_CASE("room.rate: a burst is refused, then tokens come back with time") {
    using Clock = socle::room::RateLimiter::Clock;
    socle::room::RateLimiter limiter(5, 2, 3);
    const auto start = Clock::now();
    for (int i = 0; i < 5; ++i) CHECK(limiter.allow("10.0.0.5", start));
    CHECK_FALSE(limiter.allow("10.0.0.5", start));
    CHECK(limiter.allow("10.0.0.6", start));  // another phone is not slowed
    CHECK_FALSE(limiter.allow("10.0.0.5", start + std::chrono::milliseconds(200)));
    CHECK(limiter.allow("10.0.0.5", start + std::chrono::milliseconds(600)));
    // The table is bounded: a fourth device waits until a bucket is full again.
    CHECK(limiter.allow("10.0.0.7", start));
    CHECK_FALSE(limiter.allow("10.0.0.8", start));
    CHECK(limiter.allow("10.0.0.8", start + std::chrono::seconds(10)));
    CHECK(limiter.tracked_devices() <= 3);
}
