#include <doctest/doctest.h>

#include <string>

#include "room/http_request.h"

using socle::room::parse_form;
using socle::room::parse_http_request;
using socle::room::ParseStatus;

TEST_CASE("room.http: a GET with a query is parsed, names lower-cased, values decoded") {
    const std::string raw = "GET /api/state?c=AB%2BC&t=x+y HTTP/1.1\r\nHost: 10.0.0.2:8080\r\nUser-Agent:  Old  \r\n\r\n";
    const auto result = parse_http_request(raw);
    REQUIRE(result.status == ParseStatus::Complete);
    CHECK(result.consumed == raw.size());
    CHECK(result.request.method == "GET");
    CHECK(result.request.path == "/api/state");
    CHECK(result.request.query.at("c") == "AB+C");
    CHECK(result.request.query.at("t") == "x y");
    REQUIRE(result.request.header("user-agent"));
    CHECK(*result.request.header("user-agent") == "Old");
    CHECK(result.request.header("host") != nullptr);
}

TEST_CASE("room.http: a POST waits for its whole body") {
    const std::string head = "POST /api/vote HTTP/1.1\r\nContent-Length: 9\r\n\r\n";
    CHECK(parse_http_request(head).status == ParseStatus::Incomplete);
    CHECK(parse_http_request(head + "vote").status == ParseStatus::Incomplete);
    const auto result = parse_http_request(head + "vote=3&c=");
    REQUIRE(result.status == ParseStatus::Complete);
    CHECK(result.request.body == "vote=3&c=");
    CHECK(parse_http_request("GET / HTTP/1.1\r\nHost: x").status == ParseStatus::Incomplete);
}

TEST_CASE("room.http: malformed and oversize requests get the right status") {
    const auto status_of = [](const std::string& raw) {
        const auto result = parse_http_request(raw);
        REQUIRE(result.status == ParseStatus::Invalid);
        return result.error_status;
    };
    CHECK(status_of("GET /\r\n\r\n") == 400);
    CHECK(status_of("GET  / HTTP/1.1\r\n\r\n") == 400);
    CHECK(status_of("GET / HTTP/2.0\r\n\r\n") == 505);
    CHECK(status_of("GET / FTP\r\n\r\n") == 400);
    CHECK(status_of("DELETE / HTTP/1.1\r\n\r\n") == 405);
    CHECK(status_of("GET nohost HTTP/1.1\r\n\r\n") == 400);
    CHECK(status_of("GET /%zz HTTP/1.1\r\n\r\n") == 400);
    CHECK(status_of("GET /?a=%4 HTTP/1.1\r\n\r\n") == 400);
    CHECK(status_of("GET /?a=1&a=2 HTTP/1.1\r\n\r\n") == 400);
    CHECK(status_of("GET /?a=%ff HTTP/1.1\r\n\r\n") == 400);  // not UTF-8
    CHECK(status_of("GET / HTTP/1.1\r\nNo colon\r\n\r\n") == 400);
    CHECK(status_of("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n") == 400);
    CHECK(status_of("GET / HTTP/1.1\r\nX: a\x01" "b\r\n\r\n") == 400);
    CHECK(status_of("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") == 400);
    CHECK(status_of("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx") == 400);
    CHECK(status_of("POST / HTTP/1.1\r\nContent-Length: 4097\r\n\r\n") == 413);
    CHECK(status_of("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n") == 413);
    CHECK(status_of("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") == 501);
    CHECK(status_of("GET /" + std::string(3000, 'a') + " HTTP/1.1\r\n\r\n") == 414);
    CHECK(status_of("GET /" + std::string(3000, 'a')) == 414);  // no need to wait for the line end
    CHECK(status_of("GET / HTTP/1.1\r\nX: " + std::string(2000, 'a') + "\r\n\r\n") == 431);
    CHECK(status_of("GET / HTTP/1.1\r\nX: " + std::string(2000, 'a')) == 431);
    std::string many = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 40; ++i) many += "X" + std::to_string(i) + ": y\r\n";
    CHECK(status_of(many + "\r\n") == 431);
}

TEST_CASE("room.http: form fields are decoded and unknown ones named") {
    const auto fields = parse_form("a=1&b=%C3%A9t%C3%A9+x&&c=");
    REQUIRE(fields);
    CHECK(fields->size() == 3);
    CHECK(fields->at("b") == "\xC3\xA9t\xC3\xA9 x");
    CHECK(fields->at("c").empty());
    CHECK_FALSE(parse_form("=1"));
    CHECK_FALSE(parse_form("a=%"));
    const auto unknown = socle::room::unknown_fields(*fields, {"a", "b"});
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0] == "c");
}
