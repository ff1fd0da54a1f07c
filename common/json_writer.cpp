#include "common/json_writer.h"

#include "common/error.h"
#include "common/text.h"
#include "common/utf8.h"

namespace socle::common {

std::string json_escape(std::string_view text) {
    // JSON is UTF-8 (RFC 8259); inputs are checked at the door, so a byte
    // that is not is a bug to stop at, not text to pass on to a parser.
    if (const auto bad = find_invalid_utf8(text))
        throw LogicError("JSON: refusing to write text that is not UTF-8 (byte " + std::to_string(*bad) + " of \"" +
                         std::string(text.substr(0, *bad)) + "...\")");
    std::string out;
    out.reserve(text.size() + 2);
    for (char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    static constexpr char kHex[] = "0123456789abcdef";
                    out += "\\u00";
                    out.push_back(kHex[(c >> 4) & 0xF]);
                    out.push_back(kHex[c & 0xF]);
                } else {
                    out.push_back(c);
                }
        }
    }
    return out;
}

void JsonWriter::newline() {
    if (!pretty_) return;
    out_.push_back('\n');
    out_.append(stack_.size() * 2, ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (stack_.empty()) return;
    if (stack_.back().is_object) throw LogicError("JsonWriter: value in an object needs a key first");
    if (!stack_.back().empty) out_.push_back(',');
    stack_.back().empty = false;
    newline();
}

JsonWriter& JsonWriter::key(std::string_view name) {
    if (stack_.empty() || !stack_.back().is_object || after_key_) throw LogicError("JsonWriter: key outside an object");
    if (!stack_.back().empty) out_.push_back(',');
    stack_.back().empty = false;
    newline();
    out_ += '"' + json_escape(name) + (pretty_ ? "\": " : "\":");
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::begin_object() {
    before_value();
    out_.push_back('{');
    stack_.push_back({true, true});
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    before_value();
    out_.push_back('[');
    stack_.push_back({false, true});
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    if (stack_.empty() || !stack_.back().is_object) throw LogicError("JsonWriter: unbalanced end_object");
    const bool was_empty = stack_.back().empty;
    stack_.pop_back();
    if (!was_empty) newline();
    out_.push_back('}');
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    if (stack_.empty() || stack_.back().is_object) throw LogicError("JsonWriter: unbalanced end_array");
    const bool was_empty = stack_.back().empty;
    stack_.pop_back();
    if (!was_empty) newline();
    out_.push_back(']');
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    before_value();
    out_ += '"' + json_escape(text) + '"';
    return *this;
}

JsonWriter& JsonWriter::value(double number, int max_decimals) {
    before_value();
    out_ += format_number(number, max_decimals);
    return *this;
}

JsonWriter& JsonWriter::value(int number) {
    before_value();
    out_ += std::to_string(number);
    return *this;
}

JsonWriter& JsonWriter::value(std::size_t number) {
    before_value();
    out_ += std::to_string(number);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    before_value();
    out_ += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    out_ += "null";
    return *this;
}

}  // namespace socle::common
