// The room server's request handler, the part of Socle that strangers on a
// network can reach: whatever bytes arrive, it answers with a status it
// means (never crashes, never loops), and only a 200 changes the assessment.
#include <chrono>
#include <set>

#include "assessment/edit_history.h"
#include "fuzz_support.h"
#include "room/room_server.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace socle;
    assessment::EditHistory history(fuzz::fixture_assessment());
    int edits = 0;
    room::RoomServer server([&]() -> const assessment::Assessment& { return history.current(); },
                            [&](assessment::Edit edit) {
                                history.apply(std::move(edit));
                                ++edits;
                            },
                            room::RoomOptions{true, "K3M7XR"});
    server.session().open_voting();
    static const std::set<int> kMeant = {200, 400, 401, 403, 404, 405, 409, 413, 414, 415, 422, 429, 431, 501, 505};

    // The input may hold several requests, one after the other, as a
    // keep-alive client would send them; each is answered on its own.
    std::string_view bytes = fuzz::as_text(data, size);
    auto now = std::chrono::steady_clock::now();
    for (int round = 0; round < 8 && !bytes.empty(); ++round) {
        const int edits_before = edits;
        const auto parsed = room::parse_http_request(bytes);
        const auto answer = server.respond(bytes, "10.0.0.2", now);
        if (!answer) {
            if (parsed.status != room::ParseStatus::Incomplete) fuzz::fail("no answer to a finished request");
            break;
        }
        if (!kMeant.contains(answer->status)) fuzz::fail("an unexpected status", std::to_string(answer->status));
        if (!answer->to_bytes().starts_with("HTTP/1.1 ")) fuzz::fail("an answer that is not HTTP");
        if (edits != edits_before && answer->status != 200) fuzz::fail("a refused request changed the assessment");
        if (parsed.status != room::ParseStatus::Complete || parsed.consumed == 0) break;
        bytes.remove_prefix(parsed.consumed);
        now += std::chrono::seconds(1);
    }
    return 0;
}
