#include "ui/network/room_listener.h"

#include <algorithm>
#include <chrono>
#include <vector>

#include "common/error.h"

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
using SocketHandle = SOCKET;
constexpr SocketHandle kNoSocket = INVALID_SOCKET;
inline int close_socket(SocketHandle s) { return closesocket(s); }
inline void set_non_blocking(SocketHandle s) {
    u_long on = 1;
    ioctlsocket(s, FIONBIO, &on);
}
#else
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>
using SocketHandle = int;
constexpr SocketHandle kNoSocket = -1;
inline int close_socket(SocketHandle s) { return ::close(s); }
inline void set_non_blocking(SocketHandle s) { fcntl(s, F_SETFL, fcntl(s, F_GETFL, 0) | O_NONBLOCK); }
#endif

namespace socle::network {

namespace {
// A phone's request is a few hundred bytes; a connection that has sent
// nothing useful for this long, or too much, is dropped.
constexpr auto kIdleLimit = std::chrono::seconds(10);
constexpr std::size_t kMaxBuffered = 16 * 1024;
constexpr std::size_t kMaxConnections = 200;
}  // namespace

struct RoomListener::Impl {
    struct Connection {
        SocketHandle socket;
        std::string address;
        std::string in;
        std::string out;
        std::size_t sent = 0;
        bool answered = false;
        std::chrono::steady_clock::time_point since;
    };
    SocketHandle listener = kNoSocket;
    std::uint16_t port = 0;
    Respond respond;
    std::vector<Connection> connections;
#ifdef _WIN32
    bool wsa_started = false;
#endif

    void accept_new() {
        while (connections.size() < kMaxConnections) {
            sockaddr_in peer{};
            socklen_t length = sizeof(peer);
            const SocketHandle client = ::accept(listener, reinterpret_cast<sockaddr*>(&peer), &length);
            if (client == kNoSocket) return;
            set_non_blocking(client);
            char text[INET_ADDRSTRLEN] = {};
            inet_ntop(AF_INET, &peer.sin_addr, text, sizeof(text));
            connections.push_back({client, text, {}, {}, 0, false, std::chrono::steady_clock::now()});
        }
    }

    // False when the connection is finished.
    bool read_from(Connection& connection) {
        char buffer[4096];
        const auto received = ::recv(connection.socket, buffer, sizeof(buffer), 0);
        if (received <= 0) return false;
        connection.in.append(buffer, static_cast<std::size_t>(received));
        if (!connection.answered) {
            auto answer = respond(connection.in, connection.address);
            if (!answer && connection.in.size() > kMaxBuffered) {
                answer = "HTTP/1.1 413 Content Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            }
            if (answer) {
                connection.out = std::move(*answer);
                connection.answered = true;
            }
        }
        return true;
    }

    bool write_to(Connection& connection) {
        const auto sent = ::send(connection.socket, connection.out.data() + connection.sent,
                                 static_cast<int>(connection.out.size() - connection.sent), 0);
        if (sent <= 0) return false;
        connection.sent += static_cast<std::size_t>(sent);
        return connection.sent < connection.out.size();
    }
};

RoomListener::RoomListener(const std::string& address, std::uint16_t port, Respond respond)
    : impl_(std::make_unique<Impl>()) {
    impl_->respond = std::move(respond);
#ifdef _WIN32
    WSADATA data;
    if (WSAStartup(MAKEWORD(2, 2), &data) != 0) throw common::Error("cannot start Windows sockets");
    impl_->wsa_started = true;
#endif
    sockaddr_in bind_to{};
    bind_to.sin_family = AF_INET;
    bind_to.sin_port = htons(port);
    if (inet_pton(AF_INET, address.c_str(), &bind_to.sin_addr) != 1) {
        throw common::Error("'" + address + "' is not an IPv4 address of this computer");
    }
    impl_->listener = ::socket(AF_INET, SOCK_STREAM, 0);
    if (impl_->listener == kNoSocket) throw common::Error("cannot open a network socket");
#ifndef _WIN32
    const int on = 1;
    setsockopt(impl_->listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
#endif
    if (::bind(impl_->listener, reinterpret_cast<sockaddr*>(&bind_to), sizeof(bind_to)) != 0 ||
        ::listen(impl_->listener, 64) != 0) {
        throw common::Error("cannot listen on " + address + ":" + std::to_string(port) +
                              " (is the address this computer's, and the port free?)");
    }
    set_non_blocking(impl_->listener);
    sockaddr_in bound{};
    socklen_t length = sizeof(bound);
    getsockname(impl_->listener, reinterpret_cast<sockaddr*>(&bound), &length);
    impl_->port = ntohs(bound.sin_port);
}

RoomListener::~RoomListener() {
    for (auto& connection : impl_->connections) close_socket(connection.socket);
    if (impl_->listener != kNoSocket) close_socket(impl_->listener);
#ifdef _WIN32
    if (impl_->wsa_started) WSACleanup();
#endif
}

std::uint16_t RoomListener::port() const { return impl_->port; }

void RoomListener::step(int timeout_ms) {
    fd_set readable;
    fd_set writable;
    FD_ZERO(&readable);
    FD_ZERO(&writable);
    FD_SET(impl_->listener, &readable);
    SocketHandle highest = impl_->listener;
    for (const auto& connection : impl_->connections) {
        FD_SET(connection.socket, connection.answered ? &writable : &readable);
        highest = std::max(highest, connection.socket);
    }
    timeval timeout{timeout_ms / 1000, (timeout_ms % 1000) * 1000};
    const int ready = ::select(static_cast<int>(highest + 1), &readable, &writable, nullptr, &timeout);
    if (ready < 0) return;  // interrupted (Ctrl+C): the caller looks at its flag
    const auto now = std::chrono::steady_clock::now();
    std::vector<Impl::Connection> kept;
    for (auto& connection : impl_->connections) {
        bool alive = true;
        if (FD_ISSET(connection.socket, &readable)) alive = impl_->read_from(connection);
        if (alive && connection.answered && FD_ISSET(connection.socket, &writable)) {
            alive = impl_->write_to(connection);
        }
        if (alive && now - connection.since > kIdleLimit) alive = false;
        if (alive) {
            kept.push_back(std::move(connection));
        } else {
            close_socket(connection.socket);
        }
    }
    impl_->connections = std::move(kept);
    if (FD_ISSET(impl_->listener, &readable)) impl_->accept_new();
}

}  // namespace socle::network
