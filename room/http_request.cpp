#include "room/http_request.h"

#include <algorithm>
#include <charconv>

#include "common/utf8.h"

namespace socle::room {

namespace {

constexpr std::string_view kLineEnd = "\r\n";

bool is_token_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

std::string_view trim_spaces(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Percent-decoding; '+' is a space only in form text.
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size()) return std::nullopt;
            const int high = hex_value(text[i + 1]);
            const int low = hex_value(text[i + 2]);
            if (high < 0 || low < 0) return std::nullopt;
            out.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    if (common::find_invalid_utf8(out)) return std::nullopt;
    return out;
}

ParseResult invalid(int status) {
    ParseResult result;
    result.status = ParseStatus::Invalid;
    result.error_status = status;
    return result;
}

}  // namespace

const std::string* HttpRequest::header(std::string_view lower_name) const {
    for (const auto& [name, value] : headers) {
        if (name == lower_name) return &value;
    }
    return nullptr;
}

std::optional<std::map<std::string, std::string>> parse_form(std::string_view text) {
    std::map<std::string, std::string> fields;
    while (!text.empty()) {
        const std::size_t amp = text.find('&');
        const std::string_view pair = text.substr(0, amp);
        text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
        if (pair.empty()) continue;
        const std::size_t eq = pair.find('=');
        auto name = percent_decode(pair.substr(0, eq), true);
        auto value = percent_decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), true);
        if (!name || !value || name->empty()) return std::nullopt;
        if (!fields.emplace(std::move(*name), std::move(*value)).second) return std::nullopt;
    }
    return fields;
}

std::vector<std::string> unknown_fields(const std::map<std::string, std::string>& fields,
                                        std::initializer_list<std::string_view> allowed) {
    std::vector<std::string> unknown;
    for (const auto& [name, value] : fields) {
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) unknown.push_back(name);
    }
    return unknown;
}

ParseResult parse_http_request(std::string_view bytes, const HttpLimits& limits) {
    // The request line.
    const std::size_t line_end = bytes.find(kLineEnd);
    if (line_end == std::string_view::npos) {
        if (bytes.size() > limits.max_request_line) return invalid(414);
        return {};
    }
    if (line_end > limits.max_request_line) return invalid(414);
    const std::string_view line = bytes.substr(0, line_end);
    const std::size_t space1 = line.find(' ');
    const std::size_t space2 = space1 == std::string_view::npos ? space1 : line.find(' ', space1 + 1);
    if (space2 == std::string_view::npos || line.find(' ', space2 + 1) != std::string_view::npos) return invalid(400);
    const std::string_view method = line.substr(0, space1);
    const std::string_view target = line.substr(space1 + 1, space2 - space1 - 1);
    const std::string_view version = line.substr(space2 + 1);
    if (method.empty() || !std::all_of(method.begin(), method.end(), is_token_char)) return invalid(400);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        return version.starts_with("HTTP/") ? invalid(505) : invalid(400);
    }
    if (method != "GET" && method != "POST") return invalid(405);
    if (target.empty() || target.front() != '/') return invalid(400);
    for (const char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return invalid(400);
    }

    ParseResult result;
    HttpRequest& request = result.request;
    request.method = std::string(method);
    const std::size_t question = target.find('?');
    auto path = percent_decode(target.substr(0, question), false);
    if (!path || path->find('\0') != std::string::npos) return invalid(400);
    request.path = std::move(*path);
    if (question != std::string_view::npos) {
        auto query = parse_form(target.substr(question + 1));
        if (!query) return invalid(400);
        request.query = std::move(*query);
    }

    // The header fields, up to the empty line.
    std::size_t position = line_end + kLineEnd.size();
    while (true) {
        const std::size_t end = bytes.find(kLineEnd, position);
        if (end == std::string_view::npos) {
            if (bytes.size() - position > limits.max_header_line) return invalid(431);
            return {};
        }
        if (end - position > limits.max_header_line) return invalid(431);
        const std::string_view field = bytes.substr(position, end - position);
        position = end + kLineEnd.size();
        if (field.empty()) break;
        if (request.headers.size() >= limits.max_headers) return invalid(431);
        const std::size_t colon = field.find(':');
        if (colon == std::string_view::npos || colon == 0) return invalid(400);
        const std::string_view name = field.substr(0, colon);
        if (!std::all_of(name.begin(), name.end(), is_token_char)) return invalid(400);
        const std::string_view value = trim_spaces(field.substr(colon + 1));
        for (const char c : value) {
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) return invalid(400);
        }
        request.headers.emplace_back(lower(name), std::string(value));
    }

    // Bodies come with a Content-Length only: no chunked uploads to buffer.
    if (request.header("transfer-encoding")) return invalid(501);
    std::size_t body_length = 0;
    int length_headers = 0;
    for (const auto& [name, value] : request.headers) {
        if (name != "content-length") continue;
        if (++length_headers > 1) return invalid(400);
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), body_length);
        if (error != std::errc() || end != value.data() + value.size() || value.empty()) {
            return error == std::errc::result_out_of_range ? invalid(413) : invalid(400);
        }
    }
    if (body_length > limits.max_body) return invalid(413);
    if (bytes.size() - position < body_length) return {};
    request.body = std::string(bytes.substr(position, body_length));
    result.consumed = position + body_length;
    result.status = ParseStatus::Complete;
    return result;
}

}  // namespace socle::room
