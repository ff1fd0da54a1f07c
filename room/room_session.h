#pragma once
// The room's pace, kept apart from the network: which indicator every phone
// shows, whether voting on it is open, who has voted on it, and which device
// speaks for which participant. The votes themselves live in the assessment
// (they are ordinary edits); this only says whether one may be cast now.
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace socle::room {

// A short code nobody misreads on a projector (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
std::string make_session_code();
// An unguessable device token (hex).
std::string make_device_token();

class RoomSession {
public:
    // The indicators the room goes through, in order (at least one).
    RoomSession(std::vector<std::string> indicator_ids, std::string code);

    const std::string& code() const { return code_; }
    // Compares without stopping at the first difference, so the time taken
    // says nothing about how much of a guess was right.
    bool code_matches(std::string_view guess) const;

    std::size_t indicator_count() const { return indicators_.size(); }
    std::size_t current_index() const { return current_; }
    const std::string& current_indicator() const { return indicators_[current_]; }
    // Moves every phone to another indicator; voting there starts closed.
    // False (nothing changes) when index is out of range.
    bool move_to(std::size_t index);
    bool move_to(std::string_view indicator_id);

    void open_voting();
    void close_voting();
    bool voting_open() const { return open_; }

    // Bumped on every change a phone must see (indicator, open/closed).
    std::uint64_t revision() const { return revision_; }

    enum class VoteCheck { Accepted, Closed, OtherIndicator };
    // Whether participant may vote on indicator now; on Accepted, they count
    // as having voted on the current indicator.
    VoteCheck accept_vote(std::string_view indicator_id, const std::string& participant_id);
    const std::set<std::string>& voted() const { return voted_; }

    // Binds a new device token to a participant. Old tokens are forgotten
    // beyond kMaxDevices, oldest first, so a flood of joins stays bounded.
    std::string join(const std::string& participant_id);
    // The participant a token speaks for; nullptr when unknown.
    const std::string* participant_of(std::string_view token) const;
    static constexpr std::size_t kMaxDevices = 512;

private:
    std::vector<std::string> indicators_;
    std::string code_;
    std::size_t current_ = 0;
    bool open_ = false;
    std::uint64_t revision_ = 1;
    std::set<std::string> voted_;
    std::map<std::string, std::string, std::less<>> devices_;  // token -> participant id
    std::vector<std::string> device_order_;                    // tokens, oldest first
};

}  // namespace socle::room
