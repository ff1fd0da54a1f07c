#pragma once
// A strict HTTP/1.1 request parser for the room server. Phones send small
// GET and POST requests; anything larger or stranger is refused with a status
// rather than buffered, because the server runs on a ministry network and a
// request is read into memory before it is handled.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace socle::room {

struct HttpLimits {
    std::size_t max_request_line = 2048;
    std::size_t max_header_line = 1024;
    std::size_t max_headers = 32;
    std::size_t max_body = 4096;
};

struct HttpRequest {
    std::string method;  // "GET" or "POST"
    std::string path;    // decoded path, without the query
    std::map<std::string, std::string> query;
    std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
    std::string body;

    const std::string* header(std::string_view lower_name) const;
};

enum class ParseStatus { Incomplete, Complete, Invalid };

struct ParseResult {
    ParseStatus status = ParseStatus::Incomplete;
    HttpRequest request;     // when Complete
    int error_status = 400;  // when Invalid: 400, 405, 413, 414, 431, 501, 505
    std::size_t consumed = 0;
};

// Parses the request at the start of `bytes`. Incomplete means "read more"
// (and never happens once the bytes exceed the limits: that is Invalid).
ParseResult parse_http_request(std::string_view bytes, const HttpLimits& limits = {});

// Decodes application/x-www-form-urlencoded text (also a query string).
// nullopt on a bad percent escape, a repeated field or invalid UTF-8.
std::optional<std::map<std::string, std::string>> parse_form(std::string_view text);

// The fields of `fields` that are not in `allowed` (empty when all are known).
std::vector<std::string> unknown_fields(const std::map<std::string, std::string>& fields,
                                        std::initializer_list<std::string_view> allowed);

}  // namespace socle::room
