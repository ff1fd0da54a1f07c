#include "room/room_session.h"

#include <algorithm>
#include <random>

#include "common/error.h"

namespace socle::room {

namespace {
constexpr std::string_view kCodeAlphabet = "ACDEFHJKMNPRTUVWXY34679";
}

std::string make_session_code() {
    std::random_device random;
    std::uniform_int_distribution<std::size_t> pick(0, kCodeAlphabet.size() - 1);
    std::string code;
    for (int i = 0; i < 6; ++i) code.push_back(kCodeAlphabet[pick(random)]);
    return code;
}

std::string make_device_token() {
    std::random_device random;
    std::uniform_int_distribution<int> nibble(0, 15);
    std::string token;
    for (int i = 0; i < 32; ++i) token.push_back("0123456789abcdef"[nibble(random)]);
    return token;
}

RoomSession::RoomSession(std::vector<std::string> indicator_ids, std::string code)
    : indicators_(std::move(indicator_ids)), code_(std::move(code)) {
    if (indicators_.empty()) throw common::LogicError("a room session needs at least one indicator");
    if (code_.empty()) throw common::LogicError("a room session needs a code");
    // Phones may type it in lower case; code_matches compares upper case.
    for (char& c : code_) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
}

bool RoomSession::code_matches(std::string_view guess) const {
    unsigned difference = guess.size() == code_.size() ? 0u : 1u;
    for (std::size_t i = 0; i < guess.size(); ++i) {
        const char expected = code_[i % code_.size()];
        char given = guess[i];
        if (given >= 'a' && given <= 'z') given = static_cast<char>(given - 'a' + 'A');  // typed on a phone
        difference |= static_cast<unsigned>(expected ^ given);
    }
    return difference == 0;
}

bool RoomSession::move_to(std::size_t index) {
    if (index >= indicators_.size()) return false;
    current_ = index;
    open_ = false;
    voted_.clear();
    ++revision_;
    return true;
}

bool RoomSession::move_to(std::string_view indicator_id) {
    const auto found = std::find(indicators_.begin(), indicators_.end(), indicator_id);
    return found != indicators_.end() && move_to(static_cast<std::size_t>(found - indicators_.begin()));
}

void RoomSession::open_voting() {
    if (open_) return;
    open_ = true;
    ++revision_;
}

void RoomSession::close_voting() {
    if (!open_) return;
    open_ = false;
    ++revision_;
}

RoomSession::VoteCheck RoomSession::accept_vote(std::string_view indicator_id, const std::string& participant_id) {
    if (indicator_id != current_indicator()) return VoteCheck::OtherIndicator;
    if (!open_) return VoteCheck::Closed;
    voted_.insert(participant_id);
    return VoteCheck::Accepted;
}

std::string RoomSession::join(const std::string& participant_id) {
    if (device_order_.size() >= kMaxDevices) {
        devices_.erase(device_order_.front());
        device_order_.erase(device_order_.begin());
    }
    std::string token = make_device_token();
    devices_[token] = participant_id;
    device_order_.push_back(token);
    return token;
}

const std::string* RoomSession::participant_of(std::string_view token) const {
    const auto found = devices_.find(token);
    return found == devices_.end() ? nullptr : &found->second;
}

}  // namespace socle::room
