#include "ui/desktop/dashboard/room_voting.h"

#include <chrono>

#include "common/error.h"
#include "room/room_server.h"
#include "ui/desktop/document/document.h"
#include "ui/network/room_listener.h"

namespace socle::desktop {

namespace {
// Often enough that a phone's answer waits no more than a frame or two,
// rarely enough to cost nothing: select() with no wait on a few sockets.
constexpr int kServeEveryMs = 15;
}  // namespace

RoomVoting::RoomVoting(Document& document, RoomVotingOptions options) : document_(document) {
    room::RoomOptions room_options;
    room_options.allow_new_participants = options.allow_new_participants;
    room_options.code = options.code;
    server_ = std::make_unique<room::RoomServer>(
        [this]() -> const assessment::Assessment& { return document_.assessment(); },
        [this](assessment::Edit edit) { document_.apply(std::move(edit)); }, room_options);
    listener_ = std::make_unique<network::RoomListener>(
        options.address, options.port,
        [this](std::string_view bytes, std::string_view peer) -> std::optional<std::string> {
            const auto answer = server_->respond(bytes, peer, std::chrono::steady_clock::now());
            if (!answer) return std::nullopt;
            return answer->to_bytes();
        });
    url_ = "http://" + options.address + ":" + std::to_string(listener_->port()) + "/?c=" + server_->session().code();
    qr_ = room::QrCode::encode(url_);
    if (!qr_) throw common::LogicError("the room's address does not fit a QR code: " + url_);
    follow_document();
    timer_.SetOwner(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { serve(0); });
    timer_.Start(kServeEveryMs);
}

RoomVoting::~RoomVoting() { timer_.Stop(); }

const std::string& RoomVoting::code() const { return server_->session().code(); }
bool RoomVoting::voting_open() const { return server_->session().voting_open(); }
const std::string& RoomVoting::indicator() const { return server_->session().current_indicator(); }
std::size_t RoomVoting::position() const { return server_->session().current_index() + 1; }
std::size_t RoomVoting::indicator_count() const { return server_->session().indicator_count(); }
std::size_t RoomVoting::voted_count() const { return server_->voted_count(); }
std::size_t RoomVoting::participant_count() const { return server_->participant_count(); }

bool RoomVoting::revealed() const { return !voting_open() && opened_on_ == indicator(); }

void RoomVoting::open_voting() {
    follow_document();
    server_->session().open_voting();
    opened_on_ = indicator();
    changed();
}

void RoomVoting::close_voting() {
    server_->session().close_voting();
    changed();
}

void RoomVoting::serve(int timeout_ms) {
    const auto revision = server_->session().revision();
    const auto voted = voted_count();
    follow_document();
    listener_->step(timeout_ms);
    // A vote already refreshed the pages through the document; a phone that
    // only joined changes nothing the projector shows.
    if (server_->session().revision() != revision || voted_count() != voted) changed();
}

void RoomVoting::follow_document() {
    auto& session = server_->session();
    const std::string& shown = document_.current_indicator();
    if (shown.empty() || shown == session.current_indicator()) return;
    // An indicator the room does not go through (not relevant in this
    // country's profile): the phones stay where they are, closed.
    if (!session.move_to(shown)) session.close_voting();
}

void RoomVoting::changed() {
    if (on_change_) on_change_();
}

}  // namespace socle::desktop
