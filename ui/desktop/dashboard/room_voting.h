#pragma once
// Room voting from the desktop (issue 19): the room/ server answers the
// phones on the address the facilitator picked, stepped by a timer on the
// main thread, so a phone's vote goes through Document::apply like a typed
// one (undo names it, autosave keeps it). The room follows the indicator
// the document shows; the presentation page projects the address, the QR
// code, "17 of 23 voted" and, once voting closes, the distribution.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include <wx/event.h>
#include <wx/timer.h>

#include "room/qr_code.h"

namespace socle::room {
class RoomServer;
}
namespace socle::network {
class RoomListener;
}

namespace socle::desktop {

class Document;

struct RoomVotingOptions {
    std::string address = "127.0.0.1";  // an IPv4 address of this computer
    std::uint16_t port = 8080;           // 0: any free port
    bool allow_new_participants = false;
    std::string code;                    // empty: a fresh one
};

class RoomVoting : public wxEvtHandler {
public:
    // Listens at once; throws common::Error (in words a facilitator can act
    // on) when the address or the port cannot be used, or LogicError when
    // the assessment has no indicator to vote on.
    RoomVoting(Document& document, RoomVotingOptions options);
    ~RoomVoting() override;
    RoomVoting(const RoomVoting&) = delete;
    RoomVoting& operator=(const RoomVoting&) = delete;

    // What the phones open: http://ADDRESS:PORT/?c=CODE.
    const std::string& url() const { return url_; }
    const std::string& code() const;
    // The url as a QR code (always fits: an IPv4 url is short).
    const room::QrCode& qr() const { return *qr_; }

    // Voting on the indicator the room shows. Opening hides the
    // distribution until it closes again, so nobody anchors on it.
    bool voting_open() const;
    void open_voting();
    void close_voting();
    void toggle_voting() { voting_open() ? close_voting() : open_voting(); }
    // Voting was opened on this indicator and is closed now: the projector
    // shows how the room voted.
    bool revealed() const;

    // The indicator every phone shows, and where it is in the round.
    const std::string& indicator() const;
    std::size_t position() const;
    std::size_t indicator_count() const;
    // Participants who voted from a phone on the current indicator since
    // voting opened there, of all the assessment's participants.
    std::size_t voted_count() const;
    std::size_t participant_count() const;

    // Serves what the network brought and follows the document's indicator;
    // the timer calls it every few milliseconds, tests may call it directly.
    void serve(int timeout_ms = 0);
    // Called after anything the projector shows has changed.
    void set_on_change(std::function<void()> on_change) { on_change_ = std::move(on_change); }

private:
    void follow_document();
    void changed();

    Document& document_;
    std::unique_ptr<room::RoomServer> server_;
    std::unique_ptr<network::RoomListener> listener_;
    std::string url_;
    std::optional<room::QrCode> qr_;
    std::string opened_on_;  // the indicator voting was last opened on
    wxTimer timer_;
    std::function<void()> on_change_;
};

}  // namespace socle::desktop
