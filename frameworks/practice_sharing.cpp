#include "frameworks/practice_sharing.h"

#include <algorithm>

#include "common/atomic_file.h"
#include "common/path_text.h"
#include "common/text.h"
#include "frameworks/practice_library_loader.h"

namespace socle::frameworks {

namespace {

void append_escaped(std::string& out, std::string_view text) { out += common::escape_markup(text); }

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    if (from.empty()) return text;
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

void scrub(LocalizedText& text, const std::vector<std::string>& names) {
    LocalizedText out;
    for (const auto& [lang, value] : text.all()) {
        std::string scrubbed = value;
        for (const auto& name : names) scrubbed = replace_all(std::move(scrubbed), name, "[country]");
        out.set(lang, std::move(scrubbed));
        if (text.status(lang) != ReviewStatus::Unstated) out.set_status(lang, text.status(lang));
    }
    text = std::move(out);
}

void write_attribute(std::string& out, const char* name, const std::string& value) {
    out += ' ';
    out += name;
    out += "=\"";
    append_escaped(out, value);
    out += '"';
}

void write_texts(std::string& out, const char* element, const LocalizedText& text) {
    for (const auto& [lang, value] : text.all()) {
        out += "    <";
        out += element;
        out += " lang=\"";
        append_escaped(out, lang);
        out += '"';
        // Only summaries carry a review status (practice_library.h).
        if (const auto status = text.status(lang); status != ReviewStatus::Unstated)
            write_attribute(out, "status", std::string(review_status_name(status)));
        out += ">";
        append_escaped(out, value);
        out += "</";
        out += element;
        out += ">\n";
    }
}

void write_element(std::string& out, const char* element, const std::string& value) {
    if (value.empty()) return;
    out += "      <";
    out += element;
    out += ">";
    append_escaped(out, value);
    out += "</";
    out += element;
    out += ">\n";
}

}  // namespace

std::optional<PracticeLibrary> extract_case(const PracticeLibrary& library, const std::string& case_id,
                                            bool anonymise) {
    const auto* found = library.find_case(case_id);
    if (!found) return std::nullopt;
    PracticeLibrary out;
    out.id = library.id + "." + case_id;
    out.version = library.version;
    out.framework = library.framework;
    out.framework_version = library.framework_version;
    out.default_language = library.default_language;
    for (const auto& source : library.sources)
        if (std::find(found->sources.begin(), found->sources.end(), source.id) != found->sources.end())
            out.sources.push_back(source);
    PracticeCase item = *found;
    if (anonymise) {
        std::vector<std::string> names;
        for (const auto& [lang, name] : item.country_name.all()) names.push_back(name);
        // Longest first, so that a name containing another is replaced whole.
        std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
        for (auto* text : {&item.title, &item.schemes, &item.what, &item.took, &item.learnt}) scrub(*text, names);
        // A summary in a language the case gives no country name in (Lao,
        // Tajik) may name the country in a spelling nothing here knows: it
        // is left out rather than shared with the name in it.
        LocalizedText summaries;
        for (const auto& [lang, text] : item.summary.all()) {
            if (!item.country_name.has(lang)) continue;
            summaries.set(lang, text);
            if (const auto status = item.summary.status(lang); status != ReviewStatus::Unstated)
                summaries.set_status(lang, status);
        }
        item.summary = std::move(summaries);
        scrub(item.summary, names);
        // A source's title or publisher often names the country, and its
        // address (a national domain) does even when they do not.
        for (auto& source : out.sources) {
            for (const auto& name : names) {
                source.title = replace_all(std::move(source.title), name, "[country]");
                source.publisher = replace_all(std::move(source.publisher), name, "[country]");
            }
            source.url.clear();
        }
        item.country.clear();
        item.country_name = LocalizedText();
        item.anonymised = true;
    }
    out.cases.push_back(std::move(item));
    return out;
}

std::string write_practice_library(const PracticeLibrary& library) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<practices format=\"1\"";
    write_attribute(out, "id", library.id);
    write_attribute(out, "version", library.version);
    write_attribute(out, "framework", library.framework);
    write_attribute(out, "framework-version", library.framework_version);
    write_attribute(out, "default-lang", library.default_language);
    out += ">\n";
    if (!library.sources.empty()) {
        out += "  <sources>\n";
        for (const auto& source : library.sources) {
            out += "    <source";
            write_attribute(out, "id", source.id);
            out += ">\n";
            write_element(out, "title", source.title);
            write_element(out, "publisher", source.publisher);
            write_element(out, "year", source.year);
            write_element(out, "url", source.url);
            out += "    </source>\n";
        }
        out += "  </sources>\n";
    }
    for (const auto& item : library.cases) {
        out += "  <case";
        write_attribute(out, "id", item.id);
        if (!item.country.empty()) write_attribute(out, "country", item.country);
        write_attribute(out, "region", item.region);
        write_attribute(out, "from", std::to_string(item.year_from));
        if (item.year_to != 0) write_attribute(out, "to", std::to_string(item.year_to));
        if (item.anonymised) write_attribute(out, "anonymised", "yes");
        out += ">\n";
        write_texts(out, "country-name", item.country_name);
        write_texts(out, "title", item.title);
        write_texts(out, "schemes", item.schemes);
        write_texts(out, "what", item.what);
        write_texts(out, "took", item.took);
        write_texts(out, "learnt", item.learnt);
        write_texts(out, "summary", item.summary);
        for (const auto& link : item.links) {
            out += "    <illustrates";
            write_attribute(out, "indicator", link.indicator);
            write_attribute(out, "level", std::to_string(link.level));
            out += "/>\n";
        }
        for (const auto& source : item.sources) {
            out += "    <cite";
            write_attribute(out, "source", source);
            out += "/>\n";
        }
        out += "  </case>\n";
    }
    out += "</practices>\n";
    return out;
}

PracticeImport import_practice_file(const std::filesystem::path& file, const std::filesystem::path& folder) {
    PracticeImport outcome;
    const auto bytes = common::read_file_or_diagnose(file, outcome.problems);
    if (!bytes) return outcome;
    const auto loaded = load_practice_library(*bytes, common::path_to_utf8(file));
    outcome.problems.append(loaded.diagnostics);
    if (!loaded.ok()) return outcome;
    outcome.cases = loaded.library->cases.size();
    outcome.written = folder / file.filename();
    if (std::filesystem::exists(outcome.written)) {
        outcome.name_taken = true;
        return outcome;
    }
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    common::write_file_atomically(outcome.written, *bytes);
    outcome.ok = true;
    return outcome;
}

}  // namespace socle::frameworks
