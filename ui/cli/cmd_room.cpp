// socle-cli room serve FILE.socle [--bind ADDRESS] [--port N] [--allow-new] [--code CODE] [--qr QR.svg]
// socle-cli room addresses
#include <atomic>
#include <chrono>
#include <csignal>
#include <deque>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

#include "assessment/assessment_io.h"
#include "common/error.h"
#include "common/atomic_file.h"
#include "room/qr_code.h"
#include "room/room_server.h"
#include "ui/cli/cli_args.h"
#include "ui/cli/cli_assessment.h"
#include "ui/cli/commands.h"
#include "ui/network/local_addresses.h"
#include "ui/network/room_listener.h"

namespace socle::cli {

namespace {
constexpr const char* kHelp =
    "Usage: socle-cli room serve FILE.socle [--bind ADDRESS] [--port N] [--allow-new]\n"
    "                            [--code CODE] [--qr QR.svg]\n"
    "       socle-cli room addresses\n\n"
    "Lets the participants vote from their phones on the room's network: serves\n"
    "a small page at http://ADDRESS:PORT/ (ADDRESS is this computer's address on\n"
    "the room's Wi-Fi or hotspot; default 127.0.0.1, this computer only; port\n"
    "default 8080, 0 for any free one). It prints the address and the session\n"
    "code to show the room; the votes are saved into FILE.socle within a second.\n"
    "--allow-new lets a phone add a name that is not among the participants.\n"
    "--qr writes the address as a QR code picture (SVG) to show full screen.\n"
    "--code sets the session code (4 to 16 letters and digits; default: random).\n\n"
    "The facilitator paces the room by typing on standard input:\n"
    "  open        open voting on the current indicator\n"
    "  close       close it and print the distribution of the votes\n"
    "  next, prev  move every phone to the next or previous indicator\n"
    "  go ID       move to the indicator ID\n"
    "  status      print where the room is and how many voted\n"
    "  quit        stop (Ctrl+C too)\n\n"
    "room addresses lists this computer's IPv4 addresses and their networks,\n"
    "to choose the one the phones are on for --bind.\n";

// A vote counts at once, in memory; the file is written at most this long
// after it. Writing the whole file on every vote (about 40 ms in a Debug
// build, flushed to disk) on the one thread that serves the phones queued
// 40 phones voting in the same second behind each other: p99 near a second
// (bench/room_load.py, docs/performance.md). A facilitator's command and
// stopping write what is pending first.
constexpr auto kSaveDelay = std::chrono::seconds(1);

std::atomic<bool> g_stop{false};
extern "C" void on_interrupt(int) { g_stop = true; }

// Lines typed by the facilitator, read on their own thread so the network
// loop never blocks on the console (select() cannot wait on stdin on Windows).
struct ConsoleLines {
    std::mutex mutex;
    std::deque<std::string> lines;
    bool closed = false;
};

void print_status(const room::RoomServer& server) {
    const auto& session = server.session();
    std::cout << "indicator " << session.current_indicator() << " (" << session.current_index() + 1 << " of "
              << session.indicator_count() << "): " << (session.voting_open() ? "open" : "closed") << ", "
              << server.voted_count() << " of " << server.participant_count() << " voted\n";
    if (const auto counts = server.distribution()) {
        std::cout << "distribution:";
        for (const auto& [key, count] : *counts) std::cout << " " << key << "=" << count;
        std::cout << "\n";
    }
    std::cout.flush();
}

// False when the facilitator asked to stop.
bool run_console_command(const std::string& line, room::RoomServer& server) {
    auto& session = server.session();
    if (line == "quit") return false;
    if (line == "open") {
        session.open_voting();
    } else if (line == "close") {
        session.close_voting();
    } else if (line == "next" || line == "prev") {
        const std::size_t index = session.current_index();
        if (!(line == "next" ? session.move_to(index + 1) : index > 0 && session.move_to(index - 1))) {
            std::cout << "no " << line << " indicator\n";
        }
    } else if (line.starts_with("go ")) {
        if (!session.move_to(std::string_view(line).substr(3))) std::cout << "no indicator " << line.substr(3) << "\n";
    } else if (line != "status" && !line.empty()) {
        std::cout << "commands: open, close, next, prev, go ID, status, quit\n";
    }
    print_status(server);
    return true;
}

int serve(const Args& args) {
    if (args.positional().size() != 2) return usage_error("room", "name the .socle file: room serve FILE.socle");
    const std::string file = args.positional()[1];
    auto loaded = load_assessment_or_report(file);
    if (!loaded) return kInvalidInput;
    assessment::Assessment current = std::move(*loaded);

    const std::string port_text = args.value_or("--port", "8080");
    int port = -1;
    if (port_text.size() <= 5 && port_text.find_first_not_of("0123456789") == std::string::npos && !port_text.empty()) {
        port = std::stoi(port_text);
    }
    if (port < 0 || port > 65535) return usage_error("room", "--port is a number from 0 to 65535");
    room::RoomOptions options;
    options.allow_new_participants = args.has("--allow-new");
    options.code = args.value_or("--code", "");
    if (args.has("--code") &&
        (options.code.size() < 4 || options.code.size() > 16 ||
         options.code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") !=
             std::string::npos)) {
        return usage_error("room", "--code is 4 to 16 letters and digits");
    }

    std::optional<std::chrono::steady_clock::time_point> unsaved_since;
    const auto save_pending = [&] {
        if (!unsaved_since) return;
        assessment::save_assessment_file(current, file_path(file));
        unsaved_since.reset();
    };
    room::RoomServer server([&]() -> const assessment::Assessment& { return current; },
                            [&](assessment::Edit edit) {
                                edit.apply(current);
                                if (!unsaved_since) unsaved_since = std::chrono::steady_clock::now();
                            },
                            options);
    const std::string address = args.value_or("--bind", "127.0.0.1");
    network::RoomListener listener(address, static_cast<std::uint16_t>(port),
                          [&](std::string_view bytes, std::string_view peer) -> std::optional<std::string> {
                              const auto answer = server.respond(bytes, peer, std::chrono::steady_clock::now());
                              if (!answer) return std::nullopt;
                              return answer->to_bytes();
                          });
    const std::string url =
        "http://" + address + ":" + std::to_string(listener.port()) + "/?c=" + server.session().code();
    std::cout << "address: " << url << "\n"
              << "session code: " << server.session().code() << "\n";
    if (const auto svg_file = args.value("--qr")) {
        const auto code = room::QrCode::encode(url);
        if (!code) throw common::LogicError("the room's address does not fit a QR code");
        common::write_file_atomically(file_path(*svg_file), room::qr_svg(*code));
    }
    print_status(server);

    std::signal(SIGINT, on_interrupt);
    std::signal(SIGTERM, on_interrupt);
    auto console = std::make_shared<ConsoleLines>();
    // std::cin is tied to std::cout: every getline would flush std::cout from
    // the console thread while the main thread prints to it, a data race
    // that printed a status line twice (seen by room.browser_phone).
    std::cin.tie(nullptr);
    std::thread([console] {
        std::string line;
        while (std::getline(std::cin, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            const std::lock_guard lock(console->mutex);
            console->lines.push_back(line);
        }
        const std::lock_guard lock(console->mutex);
        console->closed = true;
    }).detach();

    while (!g_stop) {
        listener.step(100);
        if (unsaved_since && std::chrono::steady_clock::now() - *unsaved_since >= kSaveDelay) save_pending();
        std::deque<std::string> lines;
        {
            const std::lock_guard lock(console->mutex);
            lines.swap(console->lines);
        }
        for (const auto& line : lines) {
            save_pending();  // what the facilitator sees next is in the file
            if (!run_console_command(line, server)) g_stop = true;
        }
    }
    save_pending();
    std::cout << "room voting stopped; the votes are in " << file << "\n";
    return kOk;
}

}  // namespace

int run_room(const CommandArgs& raw) {
    const auto opened = open_command(
        "room", raw, {{"--bind", true}, {"--port", true}, {"--code", true}, {"--qr", true}, {"--allow-new", false}}, kHelp);
    if (!opened.args) return opened.exit_code;
    const auto& positional = opened.args->positional();
    if (!positional.empty() && positional[0] == "addresses" && positional.size() == 1) {
        for (const auto& address : network::local_ipv4_addresses()) {
            std::cout << address.address << "  " << (address.loopback ? "(this computer only)" : address.interface_name)
                      << "\n";
        }
        return kOk;
    }
    if (positional.empty() || positional[0] != "serve") {
        return usage_error("room", "the room commands are: room serve FILE.socle, room addresses");
    }
    return serve(*opened.args);
}

}  // namespace socle::cli
