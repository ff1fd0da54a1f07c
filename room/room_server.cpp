#include "room/room_server.h"

#include "assessment/edits.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/json_writer.h"
#include "common/text.h"
#include "common/translations.h"
#include "common/utf8.h"
#include "room/room_page.h"

namespace socle::room {

namespace {

std::string_view reason_phrase(int status) {
    switch (status) {
        case 200: return "OK";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 409: return "Conflict";
        case 413: return "Content Too Large";
        case 414: return "URI Too Long";
        case 415: return "Unsupported Media Type";
        case 422: return "Unprocessable Content";
        case 429: return "Too Many Requests";
        case 431: return "Request Header Fields Too Large";
        case 501: return "Not Implemented";
        case 505: return "HTTP Version Not Supported";
        default: return "Error";
    }
}

HttpResponse error(int status, std::string_view message) {
    common::JsonWriter json(false);
    json.begin_object().key("error").value(message).end_object();
    return {status, "application/json; charset=utf-8", json.str()};
}

std::vector<std::string> room_indicators(const assessment::Assessment& assessment) {
    std::vector<std::string> ids;
    for (const auto& domain : assessment.framework().domains) {
        for (const auto& indicator : domain.indicators) {
            if (assessment.is_relevant(indicator)) ids.push_back(indicator.id);
        }
    }
    return ids;
}

std::string participant_label(const assessment::Participant& participant, std::string_view language) {
    if (!participant.anonymous && !participant.name.empty()) return participant.name;
    return std::string(common::translate(N_("Anonymous participant"), language)) + " " + participant.id;
}

bool valid_text(const std::string& text, std::size_t max_bytes) {
    if (text.size() > max_bytes || !common::is_valid_utf8(text)) return false;
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n') return false;
    }
    return true;
}

}  // namespace

std::string HttpResponse::to_bytes() const {
    std::string out = "HTTP/1.1 " + std::to_string(status) + " " + std::string(reason_phrase(status)) + "\r\n";
    out += "Content-Type: " + content_type + "\r\n";
    out += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    // Nothing of the session is kept by the phone's browser or a proxy, and
    // the page cannot be framed by another site.
    out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nX-Frame-Options: DENY\r\n";
    out += "Referrer-Policy: no-referrer\r\nConnection: close\r\n\r\n";
    out += body;
    return out;
}

RoomServer::RoomServer(Current current, Apply apply, RoomOptions options)
    : current_(std::move(current)),
      apply_(std::move(apply)),
      options_(std::move(options)),
      session_(room_indicators(current_()), options_.code.empty() ? make_session_code() : options_.code) {}

std::string RoomServer::language() const { return current_().metadata.language; }

std::size_t RoomServer::participant_count() const { return current_().participants.size(); }

std::optional<std::map<std::string, int>> RoomServer::distribution() const {
    if (session_.voting_open()) return std::nullopt;
    std::map<std::string, int> counts;
    for (const auto& [participant, vote] : current_().response(session_.current_indicator()).votes) {
        ++counts[assessment::vote_key(vote)];
    }
    return counts;
}

std::optional<HttpResponse> RoomServer::respond(std::string_view bytes, std::string_view device,
                                                RateLimiter::Clock::time_point now) {
    const ParseResult parsed = parse_http_request(bytes);
    if (parsed.status == ParseStatus::Incomplete) return std::nullopt;
    if (parsed.status == ParseStatus::Invalid) {
        // Garbage counts against the device's budget like any request.
        if (!limiter_.allow(device, now)) return error(429, "too many requests: wait a moment");
        return error(parsed.error_status, "malformed request");
    }
    return handle(parsed.request, device, now);
}

HttpResponse RoomServer::handle(const HttpRequest& request, std::string_view device,
                                RateLimiter::Clock::time_point now) {
    if (!limiter_.allow(device, now)) return error(429, "too many requests: wait a moment");
    std::map<std::string, std::string> fields = request.query;
    if (request.method == "POST") {
        const std::string* type = request.header("content-type");
        if (!type || !type->starts_with("application/x-www-form-urlencoded")) {
            return error(415, "send the form as application/x-www-form-urlencoded");
        }
        auto body = parse_form(request.body);
        if (!body) return error(400, "malformed form");
        for (auto& [name, value] : *body) {
            if (!fields.emplace(name, std::move(value)).second) return error(400, "a field is given twice");
        }
    }
    const auto code = fields.find("c");
    const bool code_ok = code != fields.end() && session_.code_matches(code->second);

    if (request.path == "/") {
        if (request.method != "GET") return error(405, "GET only");
        if (!unknown_fields(fields, {"c"}).empty()) return error(400, "unknown field");
        if (!code_ok) {
            HttpResponse form = code_form_page(language(), code != fields.end());
            form.status = code == fields.end() ? 200 : 403;
            return form;
        }
        return page(request);
    }
    if (!code_ok) return error(403, "wrong session code");
    if (request.path == "/api/participants") {
        if (request.method != "GET") return error(405, "GET only");
        if (!unknown_fields(fields, {"c"}).empty()) return error(400, "unknown field");
        return participants();
    }
    if (request.path == "/api/state") {
        if (request.method != "GET") return error(405, "GET only");
        if (!unknown_fields(fields, {"c", "t"}).empty()) return error(400, "unknown field");
        return state(fields);
    }
    if (request.path == "/api/join") {
        if (request.method != "POST") return error(405, "POST only");
        if (!unknown_fields(fields, {"c", "participant", "name"}).empty()) return error(400, "unknown field");
        return join(fields);
    }
    if (request.path == "/api/vote") {
        if (request.method != "POST") return error(405, "POST only");
        if (!unknown_fields(fields, {"c", "t", "indicator", "vote", "comment"}).empty()) {
            return error(400, "unknown field");
        }
        return vote(fields);
    }
    return error(404, "no such page");
}

HttpResponse RoomServer::page(const HttpRequest&) const {
    return {200, "text/html; charset=utf-8", phone_page(language(), session_.code())};
}

HttpResponse RoomServer::participants() const {
    const auto& assessment = current_();
    common::JsonWriter json(false);
    json.begin_object().key("allow_new").value(options_.allow_new_participants).key("participants").begin_array();
    for (const auto& participant : assessment.participants) {
        json.begin_object().key("id").value(participant.id);
        json.key("name").value(participant_label(participant, assessment.metadata.language)).end_object();
    }
    json.end_array().end_object();
    return {200, "application/json; charset=utf-8", json.str()};
}

HttpResponse RoomServer::state(const std::map<std::string, std::string>& fields) const {
    const auto& assessment = current_();
    const auto token = fields.find("t");
    const std::string* participant = token == fields.end() ? nullptr : session_.participant_of(token->second);
    if (!participant || !assessment.find_participant(*participant)) return error(401, "join the room first");
    const std::string lang = assessment.metadata.language;
    const auto& framework = assessment.framework();
    const auto* indicator = framework.find_indicator(session_.current_indicator());
    if (!indicator) throw common::LogicError("the room's indicator is not in the framework");

    common::JsonWriter json(false);
    json.begin_object();
    json.key("revision").value(static_cast<std::size_t>(session_.revision()));
    json.key("position").value(session_.current_index() + 1).key("count").value(session_.indicator_count());
    json.key("open").value(session_.voting_open());
    json.key("indicator").begin_object().key("id").value(indicator->id);
    json.key("question").value(framework.text(indicator->question, lang));
    json.key("levels").begin_array();
    for (const auto& level : framework.levels) {
        json.begin_object().key("value").value(level.value).key("name").value(framework.text(level.name, lang));
        const std::size_t index = static_cast<std::size_t>(level.value - 1);
        json.key("descriptor")
            .value(index < indicator->descriptors.size() ? framework.text(indicator->descriptors[index], lang)
                                                         : std::string());
        json.end_object();
    }
    json.end_array().end_object();
    const auto& votes = assessment.response(indicator->id).votes;
    const auto mine = votes.find(*participant);
    json.key("my_vote");
    if (mine == votes.end()) {
        json.null();
    } else {
        json.value(assessment::vote_key(mine->second));
    }
    json.key("me").value(participant_label(*assessment.find_participant(*participant), lang));
    json.end_object();
    return {200, "application/json; charset=utf-8", json.str()};
}

HttpResponse RoomServer::join(const std::map<std::string, std::string>& fields) {
    const auto& assessment = current_();
    const auto chosen = fields.find("participant");
    const auto name = fields.find("name");
    if ((chosen == fields.end()) == (name == fields.end())) return error(400, "give a participant or a name");
    std::string participant_id;
    if (chosen != fields.end()) {
        if (!assessment.find_participant(chosen->second)) return error(422, "no such participant");
        participant_id = chosen->second;
    } else {
        if (!options_.allow_new_participants) return error(403, "the facilitator adds participants");
        const std::string trimmed(common::trim(name->second));
        if (trimmed.empty() || !valid_text(trimmed, kMaxNameBytes) || trimmed.find('\n') != std::string::npos) {
            return error(422, "a name is one line of at most 80 bytes");
        }
        assessment::Participant added;
        added.id = assessment::edits::next_participant_id(assessment);
        added.name = trimmed;
        participant_id = added.id;
        apply_(assessment::edits::add_participant(assessment, std::move(added)));
    }
    common::JsonWriter json(false);
    json.begin_object().key("token").value(session_.join(participant_id)).end_object();
    return {200, "application/json; charset=utf-8", json.str()};
}

HttpResponse RoomServer::vote(const std::map<std::string, std::string>& fields) {
    const auto& assessment = current_();
    const auto token = fields.find("t");
    const std::string* participant = token == fields.end() ? nullptr : session_.participant_of(token->second);
    if (!participant || !assessment.find_participant(*participant)) return error(401, "join the room first");
    const auto indicator = fields.find("indicator");
    const auto key = fields.find("vote");
    if (indicator == fields.end() || key == fields.end()) return error(400, "give the indicator and the vote");
    const auto parsed = assessment::parse_vote(key->second, assessment.framework().level_count());
    if (!parsed) return error(422, "a vote is a level, na or unknown");
    std::string comment;
    if (const auto given = fields.find("comment"); given != fields.end()) {
        comment = std::string(common::trim(given->second));
        if (!valid_text(comment, kMaxCommentBytes)) return error(422, "a comment is at most 500 bytes of text");
    }
    const std::string participant_id = *participant;  // join() may move the map's nodes later
    switch (session_.accept_vote(indicator->second, participant_id)) {
        case RoomSession::VoteCheck::OtherIndicator: return error(409, "the room has moved to another indicator");
        case RoomSession::VoteCheck::Closed: return error(409, "voting on this indicator is closed");
        case RoomSession::VoteCheck::Accepted: break;
    }
    // One edit for the vote and its comment, so one undo takes both back.
    assessment::IndicatorResponse response = assessment.response(indicator->second);
    const auto before = response.votes.find(participant_id);
    const bool same_vote = before != response.votes.end() && before->second == *parsed;
    response.votes[participant_id] = *parsed;
    if (!comment.empty()) {
        const std::string line =
            participant_label(*assessment.find_participant(participant_id), assessment.metadata.language) + ": " +
            comment;
        if (response.notes.find(line) == std::string::npos) {
            response.notes += (response.notes.empty() ? "" : "\n") + line;
        } else if (same_vote) {
            comment.clear();
        }
    }
    if (!same_vote || !comment.empty()) {
        apply_(assessment::edits::set_response(assessment, indicator->second, std::move(response),
                                               N_("Vote from a phone in the room")));
    }
    common::JsonWriter json(false);
    json.begin_object().key("recorded").value(assessment::vote_key(*parsed)).end_object();
    return {200, "application/json; charset=utf-8", json.str()};
}

}  // namespace socle::room
