#pragma once
// What the room's phones can ask, answered without any network code: the
// front-end (socle-cli room serve, the desktop) reads bytes from a socket,
// hands them to respond(), and writes back what it returns. Every request
// needs the session code; a phone sees the current indicator and its own
// vote only, never other people's votes, notes or evidence. A vote becomes
// an ordinary edit (edits::set_vote) given to `apply`, so undo and autosave
// treat it like a typed one.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "assessment/edit_history.h"
#include "room/http_request.h"
#include "room/rate_limiter.h"
#include "room/room_session.h"

namespace socle::room {

struct HttpResponse {
    int status = 200;
    std::string content_type = "application/json; charset=utf-8";
    std::string body;
    // Status line, headers (no caching, connection closed) and body.
    std::string to_bytes() const;
};

struct RoomOptions {
    bool allow_new_participants = false;  // a phone may add a name
    std::string code;                     // empty: a fresh random one
};

class RoomServer {
public:
    using Current = std::function<const assessment::Assessment&()>;
    using Apply = std::function<void(assessment::Edit)>;

    // Goes through the indicators of the assessment that its profile keeps;
    // throws LogicError when there is none.
    RoomServer(Current current, Apply apply, RoomOptions options = {});

    RoomSession& session() { return session_; }
    const RoomSession& session() const { return session_; }

    // The answer to the request at the start of `bytes` from `device` (its
    // address), or nullopt when more bytes are needed.
    std::optional<HttpResponse> respond(std::string_view bytes, std::string_view device,
                                        RateLimiter::Clock::time_point now);
    HttpResponse handle(const HttpRequest& request, std::string_view device, RateLimiter::Clock::time_point now);

    // For the projector: participants who voted on the current indicator
    // through the room, of all participants.
    std::size_t voted_count() const { return session_.voted().size(); }
    std::size_t participant_count() const;
    // Votes on the current indicator by key ("1".."5", "na", "unknown"):
    // nullopt while voting is open, so nobody anchors on it.
    std::optional<std::map<std::string, int>> distribution() const;

private:
    HttpResponse page(const HttpRequest& request) const;
    HttpResponse participants() const;
    HttpResponse state(const std::map<std::string, std::string>& fields) const;
    HttpResponse join(const std::map<std::string, std::string>& fields);
    HttpResponse vote(const std::map<std::string, std::string>& fields);
    std::string language() const;

    Current current_;
    Apply apply_;
    RoomOptions options_;
    RoomSession session_;
    RateLimiter limiter_;
};

// Longest name and comment a phone may send, in bytes.
inline constexpr std::size_t kMaxNameBytes = 80;
inline constexpr std::size_t kMaxCommentBytes = 500;

}  // namespace socle::room
