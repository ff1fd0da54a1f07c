#pragma once
// A small streaming JSON writer for the CLI's machine-readable output.
// Numbers are written locale-independently; strings are escaped as RFC 8259
// requires (UTF-8 passes through).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace socle::common {

class JsonWriter {
public:
    explicit JsonWriter(bool pretty = true) : pretty_(pretty) {}

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(double number, int max_decimals = 6);
    JsonWriter& value(int number);
    JsonWriter& value(std::size_t number);
    JsonWriter& value(bool flag);
    JsonWriter& null();
    JsonWriter& value(std::optional<double> number, int max_decimals = 6) {
        return number ? value(*number, max_decimals) : null();
    }

    const std::string& str() const { return out_; }

private:
    void before_value();
    void newline();
    std::string out_;
    struct Level { bool is_object; bool empty; };
    std::vector<Level> stack_;
    bool after_key_ = false;
    bool pretty_;
};

std::string json_escape(std::string_view text);

}  // namespace socle::common
