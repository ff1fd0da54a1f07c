#include "frameworks/practice_library_loader.h"

#include <algorithm>
#include <set>

#include "common/atomic_file.h"
#include "common/path_text.h"
#include "common/text.h"
#include "common/utf8.h"
#include "frameworks/detail/content_reader.h"
#include "frameworks/detail/xml_support.h"

namespace socle::frameworks {

namespace {

constexpr int kSupportedFormat = 1;
constexpr int kHighestLevel = 5;  // links name levels of a five-level scale; the link check knows better
// A summary is a few sentences: longer, and it stops being one (Lao or
// Tajik text of three sentences is well under this, in characters).
constexpr std::size_t kSummaryMaxCharacters = 800;

std::size_t character_count(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) common::next_code_point(text, i);
    return count;
}

bool is_country_code(const std::string& code) {
    return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

bool is_year(const std::optional<int>& year) { return year && *year >= 1900 && *year <= 2100; }

class PracticeReader : private detail::ContentReader {
public:
    PracticeReader(std::string file, const common::LineIndex& lines, common::Diagnostics& diagnostics)
        : ContentReader(std::move(file), lines, diagnostics, "docs/practice-library.md") {}

    void read(const pugi::xml_node& root, PracticeLibrary& library);

private:
    void read_source(const pugi::xml_node& node, PracticeLibrary& library);
    void read_case(const pugi::xml_node& node, PracticeLibrary& library);
    void read_years(const pugi::xml_node& node, PracticeCase& item);
    void read_summaries(const pugi::xml_node& node, PracticeCase& item, const std::string& owner);

    std::set<std::string> source_ids_;
    std::set<std::string> case_ids_;
};

void PracticeReader::read(const pugi::xml_node& root, PracticeLibrary& library) {
    check_format(root, kSupportedFormat, "practice library");
    std::set<std::string> library_ids;
    library.id = required_id(root, library_ids, "library");
    library.version = required_attribute(root, "version");
    library.framework = required_attribute(root, "framework");
    library.framework_version = required_attribute(root, "framework-version");
    default_lang_ = library.default_language = required_attribute(root, "default-lang");
    check_children(root, {"sources", "case"});

    if (const auto sources = root.child("sources")) {
        check_children(sources, {"source"});
        for (auto node = sources.child("source"); node; node = node.next_sibling("source")) read_source(node, library);
    }
    if (!root.child("case")) error(root, "the library has no <case>; it needs at least one");
    for (auto node = root.child("case"); node; node = node.next_sibling("case")) read_case(node, library);
}

void PracticeReader::read_source(const pugi::xml_node& node, PracticeLibrary& library) {
    PracticeSource source;
    source.id = required_id(node, source_ids_, "source");
    check_children(node, {"title", "publisher", "year", "url"});
    source.title = detail::folded_text(node.child("title"));
    source.publisher = detail::folded_text(node.child("publisher"));
    source.year = detail::folded_text(node.child("year"));
    source.url = detail::folded_text(node.child("url"));
    const std::string owner = "source '" + source.id + "'";
    // A source a reader cannot find again is no source: title, publisher
    // and year are what a citation needs; the address is optional.
    if (source.title.empty()) error(node, owner + " needs a <title>");
    if (source.publisher.empty()) error(node, owner + " needs a <publisher>");
    if (source.year.empty())
        error(node, owner + " needs a <year> (the year of publication)");
    else if (!is_year(common::parse_int(source.year)))
        error(node.child("year"), owner + ": year '" + source.year + "' must be a four-digit year such as 2021");
    if (!source.url.empty() && source.url.rfind("https://", 0) != 0 && source.url.rfind("http://", 0) != 0)
        error(node.child("url"), owner + ": the address must start with https:// or http://");
    library.sources.push_back(std::move(source));
}

void PracticeReader::read_years(const pugi::xml_node& node, PracticeCase& item) {
    const std::string from = required_attribute(node, "from");
    if (!from.empty()) {
        const auto year = common::parse_int(from);
        if (!is_year(year))
            error(node, "from=\"" + from + "\" must be a four-digit year such as 2020");
        else
            item.year_from = *year;
    }
    const std::string to = common::fold_whitespace(node.attribute("to").value());
    if (to.empty()) return;  // ongoing
    const auto year = common::parse_int(to);
    if (!is_year(year))
        error(node, "to=\"" + to + "\" must be a four-digit year, or left out while the work goes on");
    else if (item.year_from != 0 && *year < item.year_from)
        error(node, "to=\"" + to + "\" is before from=\"" + from + "\"");
    else
        item.year_to = *year;
}

void PracticeReader::read_summaries(const pugi::xml_node& node, PracticeCase& item, const std::string& owner) {
    read_texts(node, "summary", item.summary, false, owner);
    std::set<std::string> seen;
    for (auto summary = node.child("summary"); summary; summary = summary.next_sibling("summary")) {
        const std::string lang = common::fold_whitespace(summary.attribute("lang").value());
        // No language, empty or a second one in a language: read_texts said so.
        if (lang.empty() || !item.summary.has(lang) || !seen.insert(lang).second) continue;
        // A summary is usually a first translation: it says where it stands,
        // so that a draft is never shown as if a native speaker had read it.
        const std::string status = common::fold_whitespace(summary.attribute("status").value());
        if (status.empty())
            error(summary, owner + ": <summary lang=\"" + lang +
                               "\"> needs status=\"draft\" (or reviewed, approved once a native speaker has read it)");
        else if (const auto known = parse_review_status(status))
            item.summary.set_status(lang, *known);
        else
            error(summary, owner + ": status=\"" + status + "\" is not a review status: use draft, reviewed or approved");
        const std::size_t length = character_count(*item.summary.find(lang));
        if (length > kSummaryMaxCharacters)
            error(summary, owner + ": the summary in '" + lang + "' has " + std::to_string(length) +
                               " characters; a summary keeps to a few sentences (at most " +
                               std::to_string(kSummaryMaxCharacters) + ")");
    }
}

void PracticeReader::read_case(const pugi::xml_node& node, PracticeLibrary& library) {
    PracticeCase item;
    item.line = line_of(node);
    item.id = required_id(node, case_ids_, "case");
    const std::string owner = "case '" + item.id + "'";
    item.anonymised = std::string_view(node.attribute("anonymised").value()) == "yes";
    if (item.anonymised) {
        // An anonymised case names no country; its region stays.
        if (node.attribute("country"))
            error(node, owner + " is anonymised but still names a country; remove country=\"...\"");
    } else {
        item.country = required_attribute(node, "country");
        if (!item.country.empty() && !is_country_code(item.country))
            error(node, owner + ": country=\"" + item.country +
                            "\" must be a two-letter ISO 3166 code in capitals, such as TG or KH");
    }
    item.region = required_attribute(node, "region");
    const auto& regions = practice_regions();
    if (!item.region.empty() && std::find(regions.begin(), regions.end(), item.region) == regions.end()) {
        std::string list;
        for (const auto& region : regions) list += (list.empty() ? "" : ", ") + region;
        error(node, owner + ": region '" + item.region + "' is not one of " + list);
    }
    read_years(node, item);
    check_children(node,
                   {"country-name", "title", "schemes", "what", "took", "learnt", "summary", "illustrates", "cite"});
    read_texts(node, "country-name", item.country_name, !item.anonymised, owner);
    read_texts(node, "title", item.title, true, owner);
    read_texts(node, "schemes", item.schemes, true, owner);
    read_texts(node, "what", item.what, true, owner);
    read_texts(node, "took", item.took, false, owner);
    read_texts(node, "learnt", item.learnt, false, owner);
    read_summaries(node, item, owner);

    std::set<std::string> linked;
    for (auto link = node.child("illustrates"); link; link = link.next_sibling("illustrates")) {
        PracticeLink out;
        const auto where = at(link);
        out.line = where.line;
        out.column = where.column;
        out.indicator = required_attribute(link, "indicator");
        const std::string level = required_attribute(link, "level");
        if (!level.empty()) {
            const auto value = common::parse_int(level);
            if (!value || *value < 1 || *value > kHighestLevel)
                error(link, owner + ": level=\"" + level + "\" must be a whole number from 1 to 5");
            else
                out.level = *value;
        }
        if (!out.indicator.empty() && !linked.insert(out.indicator).second)
            error(link, owner + " illustrates '" + out.indicator + "' twice; keep the level it shows best");
        if (!out.indicator.empty() && out.level != 0) item.links.push_back(std::move(out));
    }
    if (!node.child("illustrates"))
        error(node, owner + " illustrates no indicator; add <illustrates indicator=\"...\" level=\"...\"/>");

    for (auto cite = node.child("cite"); cite; cite = cite.next_sibling("cite")) {
        const std::string source = required_attribute(cite, "source");
        if (source.empty()) continue;
        if (!library.find_source(source))
            error(cite, owner + " cites unknown source '" + source + "'; declare it in <sources>");
        else
            item.sources.push_back(source);
    }
    // Every fact of a case comes from somewhere a reader can check.
    if (!node.child("cite")) error(node, owner + " cites no source; add <cite source=\"...\"/>");
    library.cases.push_back(std::move(item));
}

}  // namespace

PracticeLoadResult load_practice_library(std::string_view file_bytes, const std::string& source_name) {
    PracticeLoadResult result;
    PracticeLibrary library;
    library.source_name = source_name;
    const bool read = detail::read_content_xml(
        file_bytes, source_name, "practices", "a practice library", result.diagnostics,
        [&](const pugi::xml_node& root, const common::LineIndex& lines) {
            PracticeReader(source_name, lines, result.diagnostics).read(root, library);
        });
    if (read && !result.diagnostics.has_errors()) result.library = std::move(library);
    return result;
}

PracticeLoadResult load_practice_library_file(const std::filesystem::path& path) {
    PracticeLoadResult result;
    const auto bytes = common::read_file_or_diagnose(path, result.diagnostics);
    if (!bytes) return result;
    return load_practice_library(*bytes, common::path_to_utf8(path));
}

common::Diagnostics check_practice_links(const PracticeLibrary& library, const Framework& framework) {
    common::Diagnostics diagnostics;
    if (framework.id != library.framework || framework.version != library.framework_version) {
        diagnostics.error(library.source_name, 0, 0,
                          "the library's links are to " + library.framework + " " + library.framework_version +
                              ", not to " + framework.id + " " + framework.version +
                              "; check them against that version");
        return diagnostics;
    }
    const int levels = framework.level_count();
    for (const auto& item : library.cases) {
        for (const auto& link : item.links) {
            if (!framework.find_indicator(link.indicator))
                diagnostics.error(library.source_name, link.line, link.column,
                                  "case '" + item.id + "' illustrates unknown indicator '" + link.indicator +
                                      "' (not in " + framework.id + " " + framework.version + ")");
            else if (link.level > levels)
                diagnostics.error(library.source_name, link.line, link.column,
                                  "case '" + item.id + "' illustrates level " + std::to_string(link.level) +
                                      ", beyond the framework's " + std::to_string(levels) + " levels");
        }
    }
    return diagnostics;
}

}  // namespace socle::frameworks
