#include "frameworks/translation_import.h"

#include <algorithm>
#include <map>

#include "common/text.h"
#include "frameworks/script_check.h"

namespace socle::frameworks {

std::vector<IncomingTranslation> incoming_from_po(const PoFile& po, const std::string& file) {
    std::vector<IncomingTranslation> out;
    for (const auto& entry : po.entries) {
        IncomingTranslation item;
        item.key = entry.context;
        item.source = common::fold_whitespace(entry.source);
        item.text = common::fold_whitespace(entry.translation);
        item.status = entry.status.value_or(entry.fuzzy ? "draft" : "");
        item.reviewer = entry.reviewer;
        item.file = file;
        item.line = entry.line;
        item.column = 1;
        out.push_back(std::move(item));
    }
    return out;
}

namespace {

std::string escape_xml(std::string_view text, bool attribute) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += attribute ? "&quot;" : "\""; break;
            default: out.push_back(c);
        }
    }
    return out;
}

std::string element_for(const TranslationUnit& unit, std::string_view lang, std::string_view text,
                        ReviewStatus status, std::string_view reviewer) {
    std::string out = "<" + unit.element;
    for (const auto& [name, value] : unit.attributes) out += " " + name + "=\"" + escape_xml(value, true) + "\"";
    out += " lang=\"" + std::string(lang) + "\"";
    if (status != ReviewStatus::Unstated) out += " status=\"" + std::string(review_status_name(status)) + "\"";
    if (!reviewer.empty()) out += " reviewer=\"" + escape_xml(reviewer, true) + "\"";
    return out + ">" + escape_xml(text, false) + "</" + unit.element + ">";
}

// The indentation of the line that holds offset.
std::string indent_at(std::string_view xml, std::size_t offset) {
    const auto line_start = xml.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
    std::size_t to = from;
    while (to < xml.size() && (xml[to] == ' ' || xml[to] == '\t')) ++to;
    return std::string(xml.substr(from, to - from));
}

struct Edit {
    std::size_t begin = 0, end = 0;  // replaced bytes (begin == end: an insertion)
    std::string bytes;
};

}  // namespace

TranslationImport merge_translations(std::string_view xml, const TranslationUnits& units, std::string_view lang,
                                     const std::vector<IncomingTranslation>& incoming,
                                     common::Diagnostics& diagnostics) {
    std::map<std::string_view, const TranslationUnit*> by_key;
    for (const auto& unit : units.units) by_key.emplace(unit.key, &unit);
    std::map<std::string_view, ReviewStatus> accepted;  // key -> status as merged
    std::vector<Edit> edits;
    TranslationImport result;

    for (const auto& item : incoming) {
        const auto error = [&](const std::string& message) { diagnostics.error(item.file, item.line, item.column, message); };
        const auto warning = [&](const std::string& message) {
            diagnostics.warning(item.file, item.line, item.column, message);
        };
        const auto found = by_key.find(item.key);
        if (found == by_key.end()) {
            warning("'" + item.key + "' is not a text of this framework (was it exported from another version?); skipped");
            continue;
        }
        if (accepted.count(item.key)) {
            error("'" + item.key + "' comes twice; keep one translation");
            continue;
        }
        const auto& unit = *found->second;
        const auto& english = unit.find(units.default_lang)->text;
        if (item.text.empty()) continue;  // counted as missing below
        if (!item.source.empty() && item.source != english)
            warning("the English of '" + item.key + "' has changed since this file was exported; check that the "
                    "translation still says the same, it is merged as a draft");
        bool ok = true;
        if (const auto problem = check_script(lang, item.text)) {
            error("'" + item.key + "': " + *problem);
            ok = false;
        }
        const auto lost = lost_numbers_and_placeholders(english, item.text);
        if (!lost.empty()) {
            std::string list;
            for (const auto& token : lost) list += (list.empty() ? "" : ", ") + token;
            error("'" + item.key + "' lost " + list + " of the English; keep every number and placeholder");
            ok = false;
        }
        const auto* current = unit.find(lang);
        // No stated status: an unchanged text keeps its own (so that a file sent
        // back untouched changes nothing), a new or changed one is a draft.
        std::optional<ReviewStatus> status;
        if (!item.status.empty()) status = parse_review_status(item.status);
        else if (current && current->text == item.text) status = current->status;
        else status = ReviewStatus::Draft;
        const bool unchanged = current && current->text == item.text;
        const std::string& named_reviewer = item.reviewer.empty() && unchanged ? current->reviewer : item.reviewer;
        if (!status) {
            error("status '" + item.status + "' is not one of draft, reviewed, approved");
            ok = false;
        } else if ((*status == ReviewStatus::Reviewed || *status == ReviewStatus::Approved) && named_reviewer.empty()) {
            error("'" + item.key + "' is " + std::string(review_status_name(*status)) +
                  " but names no reviewer: add the reviewer's name");
            ok = false;
        }
        if (!ok) continue;
        if (!item.source.empty() && item.source != english) status = ReviewStatus::Draft;
        accepted.emplace(item.key, *status);

        const std::string reviewer =
            *status == ReviewStatus::Reviewed || *status == ReviewStatus::Approved ? named_reviewer : std::string();
        if (current && current->text == item.text && current->status == *status && current->reviewer == reviewer)
            continue;
        // Attributes other than lang/status/reviewer come from the English element.
        Edit edit;
        edit.bytes = element_for(unit, lang, item.text, *status, reviewer);
        if (current) {
            edit.begin = current->begin;
            edit.end = current->end;
        } else {
            // After the last text of a language ranked before this one, on a line of its own.
            const TranslatedText* after = nullptr;
            for (const auto& text : unit.texts)
                if (language_rank(text.lang) <= language_rank(lang) && (!after || text.end > after->end)) after = &text;
            if (!after) after = unit.find(units.default_lang);
            edit.begin = edit.end = after->end;
            // Alone on its line: the new text gets a line of its own; sharing
            // a line (<level ...><name lang="en">...</name></level>): it follows inline.
            const std::string indent = indent_at(xml, after->begin);
            const auto line_start = xml.rfind('\n', after->begin == 0 ? 0 : after->begin - 1);
            const std::size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
            if (from + indent.size() == after->begin) edit.bytes = "\n" + indent + edit.bytes;
        }
        edits.push_back(std::move(edit));
    }

    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
    result.xml = std::string(xml);
    for (const auto& edit : edits) result.xml.replace(edit.begin, edit.end - edit.begin, edit.bytes);
    result.changed = edits.size();

    result.total = units.units.size();
    for (const auto& unit : units.units) {
        ReviewStatus status = ReviewStatus::Unstated;
        if (const auto it = accepted.find(unit.key); it != accepted.end()) {
            status = it->second;
        } else if (const auto* current = unit.find(lang); current && !current->text.empty()) {
            status = current->status == ReviewStatus::Unstated ? ReviewStatus::Draft : current->status;
        } else {
            result.missing.push_back(unit.key);
            continue;
        }
        ++result.translated;
        if (status == ReviewStatus::Reviewed) ++result.reviewed;
        else if (status == ReviewStatus::Approved) ++result.approved;
        else ++result.draft;
    }
    return result;
}

}  // namespace socle::frameworks
