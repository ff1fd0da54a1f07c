#include "frameworks/po_file.h"

#include "common/text.h"

namespace socle::frameworks {

namespace {

std::string quote(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default: out.push_back(c);
        }
    }
    return out + "\"";
}

}  // namespace

std::string write_translation_po(const TranslationUnits& units, std::string_view lang, const std::string& file_name) {
    std::string out;
    out += "# Translation of the Socle framework '" + units.framework_id + "' " + units.version + " into '" +
           std::string(lang) + "'.\n";
    out += "# Translate msgstr; keep numbers, ids and acronyms. Set \"# status:\" to draft, reviewed or approved\n";
    out += "# and \"# reviewer:\" to the reviewer's name. Bring it back with: socle-cli translate import.\n";
    out += "msgid \"\"\nmsgstr \"\"\n";
    out += "\"Project-Id-Version: " + units.framework_id + " " + units.version + "\\n\"\n";
    out += "\"Language: " + std::string(lang) + "\\n\"\n";
    out += "\"MIME-Version: 1.0\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n";
    out += "\"Content-Transfer-Encoding: 8bit\\n\"\n";
    out += "\"X-Socle-Framework: " + units.framework_id + "\\n\"\n";
    for (const auto& unit : units.units) {
        const auto* source = unit.find(units.default_lang);
        const auto* target = unit.find(lang);
        out += "\n";
        if (target && target->status != ReviewStatus::Unstated)
            out += "# status: " + std::string(review_status_name(target->status)) + "\n";
        if (target && !target->reviewer.empty()) out += "# reviewer: " + target->reviewer + "\n";
        out += "#: " + file_name + ":" + std::to_string(source->line) + "\n";
        if (target && target->status == ReviewStatus::Draft) out += "#, fuzzy\n";
        out += "msgctxt " + quote(unit.key) + "\n";
        out += "msgid " + quote(source->text) + "\n";
        out += "msgstr " + quote(target ? target->text : "") + "\n";
    }
    return out;
}

namespace {

enum class Field { None, Context, Source, Translation, Other };

// The string of a PO line after its keyword: "..." with C escapes.
std::optional<std::string> unquote(std::string_view text) {
    text = common::trim(text);
    if (text.size() < 2 || text.front() != '"' || text.back() != '"') return std::nullopt;
    std::string out;
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        if (text[i] != '\\') {
            out.push_back(text[i]);
            continue;
        }
        if (++i + 1 > text.size() - 1) return std::nullopt;
        switch (text[i]) {
            case 'n': out.push_back('\n'); break;
            case 't': out.push_back('\t'); break;
            case '"': out.push_back('"'); break;
            case '\\': out.push_back('\\'); break;
            default: return std::nullopt;
        }
    }
    return out;
}

std::string header_field(std::string_view header, std::string_view name) {
    std::size_t start = 0;
    while (start < header.size()) {
        auto end = header.find('\n', start);
        if (end == std::string_view::npos) end = header.size();
        const auto line = common::trim(header.substr(start, end - start));
        start = end + 1;
        if (line.size() > name.size() && line.substr(0, name.size()) == name && line[name.size()] == ':')
            return std::string(common::trim(line.substr(name.size() + 1)));
    }
    return {};
}

}  // namespace

PoFile read_po(std::string_view text, const std::string& file, common::Diagnostics& diagnostics) {
    PoFile result;
    PoEntry entry;
    bool has_msgid = false;
    Field field = Field::None;
    auto finish = [&] {
        if (has_msgid) {
            if (entry.source.empty() && entry.context.empty()) result.language = header_field(entry.translation, "Language");
            else result.entries.push_back(std::move(entry));
        }
        entry = {};
        has_msgid = false;
        field = Field::None;
    };
    int number = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const auto trimmed = common::trim(line);
        if (trimmed.empty()) {
            if (end == text.size()) break;
            continue;
        }
        auto starts = [&](std::string_view prefix) { return trimmed.substr(0, prefix.size()) == prefix; };
        if (trimmed.front() == '#') {
            // A comment after a msgstr begins the next entry.
            if (has_msgid && field == Field::Translation) finish();
            if (entry.line == 0) entry.line = number;
            if (starts("#,")) entry.fuzzy = entry.fuzzy || trimmed.find("fuzzy") != std::string_view::npos;
            else if (starts("# status:")) entry.status = std::string(common::trim(trimmed.substr(9)));
            else if (starts("# reviewer:")) entry.reviewer = common::fold_whitespace(trimmed.substr(11));
            else if (starts("# comment:")) entry.comment += (entry.comment.empty() ? "" : " ") + common::fold_whitespace(trimmed.substr(10));
            if (end == text.size()) break;
            continue;
        }
        std::string_view rest;
        Field next = Field::None;
        if (starts("msgctxt ")) { next = Field::Context; rest = trimmed.substr(8); }
        else if (starts("msgid_plural ")) { next = Field::Other; rest = trimmed.substr(13); }
        else if (starts("msgid ")) { next = Field::Source; rest = trimmed.substr(6); }
        else if (starts("msgstr ")) { next = Field::Translation; rest = trimmed.substr(7); }
        else if (starts("msgstr[")) { next = Field::Translation; rest = trimmed.substr(trimmed.find(']') + 1); }
        else if (trimmed.front() == '"') { next = field; rest = trimmed; }
        else {
            diagnostics.error(file, number, 1, "this line is not PO syntax (msgctxt, msgid, msgstr, a quoted string "
                                               "or a # comment); was the file changed outside a PO editor?");
            if (end == text.size()) break;
            continue;
        }
        if ((next == Field::Context || next == Field::Source) && has_msgid && field == Field::Translation) finish();
        if (entry.line == 0) entry.line = number;
        const auto value = unquote(rest);
        if (!value) {
            diagnostics.error(file, number, 1, "the string here is not closed by '\"' or has an unknown \\ escape");
        } else if (next == Field::Context) {
            entry.context += *value;
        } else if (next == Field::Source) {
            entry.source += *value;
            has_msgid = true;
        } else if (next == Field::Translation) {
            entry.translation += *value;
        } else if (next == Field::None) {
            diagnostics.error(file, number, 1, "a quoted string with no msgid or msgstr before it");
        }
        field = next;
        if (end == text.size()) break;
    }
    finish();
    return result;
}

}  // namespace socle::frameworks
