// Room voting from the desktop (issue 19): the real main frame serves the
// phones on loopback while the test's own thread plays a phone over real
// sockets; the facilitator paces the room with V and the arrows in
// presentation mode; the slide hides the votes while voting is open and
// shows them once it closes; a phone's vote is an ordinary, undoable edit.
#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <string>

#include <wx/choice.h>

#include "assessment/edits.h"
#include "tests/gui/shell_fixtures.h"
#include "ui/desktop/dashboard/presentation_page.h"
#include "ui/desktop/dashboard/room_voting.h"
#include "ui/desktop/dashboard/room_voting_dialog.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/shell/main_frame_ids.h"

using namespace socle;
using namespace socle::gui_test;

namespace {

constexpr const char* kCode = "K3M7XR";

// One request as a phone's browser sends it; the whole answer (the server
// closes the connection after it).
std::string http(std::uint16_t port, const std::string& method, const std::string& target, const std::string& form = {}) {
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
    if (::connect(s, reinterpret_cast<sockaddr*>(&to), sizeof(to)) != 0) {
        ::close(s);
        return "connect failed";
    }
    std::string request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (method == "POST") {
        request += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + std::to_string(form.size()) +
                   "\r\n";
    }
    request += "\r\n" + form;
    ::send(s, request.data(), request.size(), 0);
    std::string answer;
    char buffer[4096];
    for (ssize_t got; (got = ::recv(s, buffer, sizeof(buffer), 0)) > 0;) answer.append(buffer, static_cast<std::size_t>(got));
    ::close(s);
    return answer;
}

// Runs the phone's request on another thread while the app's event loop
// serves it, as a real room does.
std::string phone(std::uint16_t port, const std::string& method, const std::string& target, const std::string& form = {}) {
    auto answer = std::async(std::launch::async, [=] { return http(port, method, target, form); });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (answer.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready &&
           std::chrono::steady_clock::now() < deadline) {
        pump(20);
    }
    REQUIRE(answer.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready);
    return answer.get();
}

std::uint16_t port_of(const std::string& url) {
    const auto colon = url.rfind(':');
    return static_cast<std::uint16_t>(std::stoi(url.substr(colon + 1)));
}

std::string token_of(const std::string& answer) {
    const auto at = answer.find("\"token\":\"");
    REQUIRE(at != std::string::npos);
    const auto start = at + 9;
    return answer.substr(start, answer.find('"', start) - start);
}

}  // namespace

TEST_CASE("room voting: a phone votes, the slide hides the votes while open and shows them after, V paces, undo works") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    add_people(frame, 3);
    frame->show_page(desktop::Page::Walkthrough);
    pump(100);

    desktop::RoomVotingOptions options;
    options.address = "127.0.0.1";
    options.port = 0;
    options.code = kCode;
    REQUIRE(frame->start_room_voting(options));
    auto* room = frame->room_voting();
    REQUIRE(room);
    CHECK(room->url().starts_with("http://127.0.0.1:"));
    CHECK(room->url().ends_with(std::string("/?c=") + kCode));
    const std::uint16_t port = port_of(room->url().substr(0, room->url().find("/?")));

    frame->set_presentation_mode(true);
    pump(300);
    auto* strip = wxWindow::FindWindowByName("presentation.room", frame->presentation_page());
    auto* slide = wxWindow::FindWindowByName("presentation.view", frame->presentation_page());
    REQUIRE(strip);
    REQUIRE(slide);
    CHECK(strip->IsShownOnScreen());
    CHECK(folded_label(strip).find(std::string("Session code: ") + kCode) != std::string::npos);
    CHECK(folded_label(strip).find("Indicator 1 of") != std::string::npos);
    CHECK(folded_label(strip).find("Voting closed") != std::string::npos);
    // The QR code is drawn at the top of the strip: black modules on white.
    const wxImage drawn = capture(strip);
    const wxRect code_area(0, 0, drawn.GetWidth(), drawn.GetHeight() / 2);
    CHECK(dark_pixels(drawn, code_area, 60) > 3000);
    CHECK(pixels_unlike(drawn, code_area, *wxBLACK, 60) > 3000);
    const std::string first = frame->document()->current_indicator();
    CHECK(room->indicator() == first);

    // A typed vote before the room opens is on the slide, with its count.
    frame->document()->apply(assessment::edits::set_vote(frame->document()->assessment(), first, "p2",
                                                         assessment::Vote::at(2)));
    pump(50);
    CHECK(folded_label(slide).find("Votes: 1)") != std::string::npos);

    // The phone cannot vote before the facilitator opens voting.
    const std::string token =
        token_of(phone(port, "POST", "/api/join", std::string("c=") + kCode + "&participant=p1"));
    const std::string closed = phone(port, "POST", "/api/vote",
                                     std::string("c=") + kCode + "&t=" + token + "&indicator=" + first + "&vote=3");
    CHECK(closed.starts_with("HTTP/1.1 409"));
    CHECK(frame->document()->assessment().response(first).votes.count("p1") == 0);

    press_key('V');
    pump(50);
    CHECK(room->voting_open());
    CHECK(folded_label(strip).find("Voting open: 0 of 3 voted") != std::string::npos);
    // While voting is open, nothing on the slide says how anyone voted.
    CHECK(folded_label(slide).find("Voting is open on the phones: 0 of 3 voted") != std::string::npos);
    CHECK(folded_label(slide).find("(Votes:") == std::string::npos);
    CHECK(folded_label(slide).find("Room's level") == std::string::npos);

    const std::string voted = phone(port, "POST", "/api/vote",
                                    std::string("c=") + kCode + "&t=" + token + "&indicator=" + first + "&vote=3");
    CHECK(voted.starts_with("HTTP/1.1 200"));
    // Changed before voting closes: still one vote, the last one.
    CHECK(phone(port, "POST", "/api/vote", std::string("c=") + kCode + "&t=" + token + "&indicator=" + first + "&vote=4")
              .starts_with("HTTP/1.1 200"));
    pump(50);
    CHECK(frame->document()->assessment().response(first).votes.at("p1") == assessment::Vote::at(4));
    CHECK(folded_label(strip).find("Voting open: 1 of 3 voted") != std::string::npos);
    CHECK(frame->document()->undo_description() == "Vote from a phone in the room");

    press_key('V');
    pump(100);
    CHECK_FALSE(room->voting_open());
    CHECK(room->revealed());
    const std::string revealed = folded_label(slide);
    CHECK(revealed.find("1 of 3 voted from their phones") != std::string::npos);
    CHECK(revealed.find("(Votes: 1)") != std::string::npos);  // level 2 (typed) and level 4 (phone)
    CHECK(revealed.find("Room's level") != std::string::npos);
    keep_image(capture(frame->presentation_page()), "presentation-room-voting.png");

    // Undo takes the phone's vote back like a typed one.
    menu_command(frame, wxID_UNDO);
    pump(50);
    CHECK(frame->document()->assessment().response(first).votes.at("p1") == assessment::Vote::at(3));

    // The arrows move every phone with the slide; voting there starts closed.
    press_key(WXK_RIGHT);
    pump(100);
    CHECK(frame->document()->current_indicator() != first);
    CHECK(room->indicator() == frame->document()->current_indicator());
    CHECK(folded_label(strip).find("Indicator 2 of") != std::string::npos);
    CHECK(phone(port, "GET", std::string("/api/state?c=") + kCode + "&t=" + token)
              .find("\"id\":\"" + frame->document()->current_indicator() + "\"") != std::string::npos);

    // Stopping closes the port and takes the strip away.
    menu_command(frame, desktop::ids::RoomVoting);
    pump(50);
    CHECK(frame->room_voting() == nullptr);
    CHECK_FALSE(strip->IsShown());
    CHECK(http(port, "GET", "/") == "connect failed");
}

TEST_CASE("room voting: the dialog offers this computer's addresses, loopback last, and a port already taken is a message") {
    ScratchApp app;
    ShownFrame shown(app);
    auto* frame = shown.frame;
    REQUIRE(frame->new_assessment("sp-quick-scan"));
    desktop::RoomVotingDialog dialog(frame, {{"wlan0", "192.168.137.1", false}, {"lo", "127.0.0.1", true}});
    dialog.Show();
    pump(50);
    auto* choice = find_child<wxChoice>(&dialog, "room-voting.address");
    REQUIRE(choice);
    CHECK(choice->GetCount() == 2);
    CHECK(choice->GetString(0).ToStdString().find("192.168.137.1") != std::string::npos);
    CHECK(choice->GetString(1).ToStdString().find("127.0.0.1") != std::string::npos);
    choice->SetSelection(1);
    CHECK(dialog.options().address == "127.0.0.1");
    CHECK(dialog.options().port == 8080);
    dialog.Hide();

    // A second room on the first one's port cannot listen: the facilitator
    // reads why, and the first room goes on.
    desktop::RoomVotingOptions options;
    options.port = 0;
    REQUIRE(frame->start_room_voting(options));
    const std::string url = frame->room_voting()->url();
    const auto port = port_of(url.substr(0, url.find("/?")));
    desktop::Document other(frame->document()->assessment(), {}, "");
    bool refused = false;
    try {
        desktop::RoomVoting second(other, {"127.0.0.1", port, false, ""});
    } catch (const std::exception& error) {
        refused = std::string(error.what()).find("cannot listen on 127.0.0.1:" + std::to_string(port)) != std::string::npos;
    }
    CHECK(refused);
    CHECK(phone(port, "GET", "/").starts_with("HTTP/1.1 200"));
}
