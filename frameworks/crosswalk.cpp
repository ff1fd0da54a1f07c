#include "frameworks/crosswalk.h"

#include <map>
#include <set>

#include "builtin_crosswalks.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "common/path_text.h"
#include "common/text.h"
#include "frameworks/detail/xml_support.h"

namespace socle::frameworks {

std::string_view crosswalk_kind_key(CrosswalkKind kind) {
    switch (kind) {
        case CrosswalkKind::Kept: return "kept";
        case CrosswalkKind::Revised: return "revised";
        case CrosswalkKind::Split: return "split";
        case CrosswalkKind::Merged: return "merged";
        case CrosswalkKind::Retired: return "retired";
        case CrosswalkKind::New: return "new";
    }
    return "kept";
}

const CrosswalkEntry* Crosswalk::for_old(std::string_view old_id) const {
    for (const auto& entry : entries)
        for (const auto& id : entry.old_ids)
            if (id == old_id) return &entry;
    return nullptr;
}

std::vector<const CrosswalkEntry*> Crosswalk::for_new(std::string_view new_id) const {
    std::vector<const CrosswalkEntry*> found;
    for (const auto& entry : entries)
        for (const auto& id : entry.new_ids)
            if (id == new_id) found.push_back(&entry);
    return found;
}

namespace {

struct ElementRule {
    CrosswalkKind kind;
    const char* old_attribute;  // nullptr: no old ids
    const char* new_attribute;  // nullptr: the new id is the old one ("id") or none
};

class CrosswalkReader {
public:
    CrosswalkReader(std::string file, const common::LineIndex& lines, common::Diagnostics& diagnostics)
        : file_(std::move(file)), lines_(lines), diagnostics_(diagnostics) {}

    void read(const pugi::xml_node& root, Crosswalk& crosswalk);
    void check_against(const Crosswalk& crosswalk, const pugi::xml_node& root, const Framework* from,
                       const Framework* to);

private:
    void error_at(int line, int column, const std::string& message) {
        diagnostics_.error(file_, line, column, message);
    }
    void error(const pugi::xml_node& node, const std::string& message) {
        const auto at = detail::position_of(node, lines_);
        error_at(at.line, at.column, message);
    }
    std::vector<std::string> ids(const pugi::xml_node& node, const char* attribute, bool several);

    std::string file_;
    const common::LineIndex& lines_;
    common::Diagnostics& diagnostics_;
};

std::vector<std::string> CrosswalkReader::ids(const pugi::xml_node& node, const char* attribute, bool several) {
    auto values = common::split_whitespace(node.attribute(attribute).value());
    if (values.empty()) {
        error(node, "<" + std::string(node.name()) + "> needs a '" + attribute + "' attribute");
    } else if (!several && values.size() > 1) {
        error(node, std::string(attribute) + "=\"...\" of <" + node.name() + "> names one indicator, not " +
                        std::to_string(values.size()));
    }
    return values;
}

void CrosswalkReader::read(const pugi::xml_node& root, Crosswalk& crosswalk) {
    for (const char* attribute : {"framework", "from", "to"})
        if (common::fold_whitespace(root.attribute(attribute).value()).empty())
            error(root, std::string("<crosswalk> needs a '") + attribute + "' attribute");
    crosswalk.framework_id = common::fold_whitespace(root.attribute("framework").value());
    crosswalk.from_version = common::fold_whitespace(root.attribute("from").value());
    crosswalk.to_version = common::fold_whitespace(root.attribute("to").value());

    for (const auto& node : root.children()) {
        if (node.type() != pugi::node_element) continue;
        const std::string_view name = node.name();
        CrosswalkEntry entry;
        entry.line = detail::position_of(node, lines_).line;
        if (name == "kept" || name == "revised") {
            entry.kind = name == "kept" ? CrosswalkKind::Kept : CrosswalkKind::Revised;
            entry.old_ids = entry.new_ids = ids(node, "id", false);
        } else if (name == "split") {
            entry.kind = CrosswalkKind::Split;
            entry.old_ids = ids(node, "id", false);
            entry.new_ids = ids(node, "into", true);
            if (entry.new_ids.size() == 1) error(node, "a split needs at least two ids in into=\"...\"; one is <revised>");
        } else if (name == "merged") {
            entry.kind = CrosswalkKind::Merged;
            entry.old_ids = ids(node, "ids", true);
            entry.new_ids = ids(node, "into", false);
            if (entry.old_ids.size() == 1) error(node, "a merge needs at least two ids in ids=\"...\"; one is <revised>");
        } else if (name == "retired") {
            entry.kind = CrosswalkKind::Retired;
            entry.old_ids = ids(node, "id", false);
        } else if (name == "new") {
            entry.kind = CrosswalkKind::New;
            entry.new_ids = ids(node, "id", false);
        } else {
            error(node, "unknown element <" + std::string(name) +
                            "> in a crosswalk: use kept, revised, split, merged, retired or new");
            continue;
        }
        for (auto note = node.child("note"); note; note = note.next_sibling("note")) {
            const std::string lang = common::fold_whitespace(note.attribute("lang").value());
            if (lang.empty()) error(note, "<note> needs a lang attribute (such as lang=\"en\")");
            else if (entry.note.has(lang)) error(note, "two notes in '" + lang + "'; keep one");
            else entry.note.set(lang, detail::folded_text(note));
        }
        // Only a kept or new indicator goes without saying.
        if (entry.note.empty() && entry.kind != CrosswalkKind::Kept && entry.kind != CrosswalkKind::New)
            error(node, "<" + std::string(name) + "> needs a <note> saying what changed and why");
        crosswalk.entries.push_back(std::move(entry));
    }
    // Each old id is accounted for once, and each new id has one origin.
    std::map<std::string, int> old_seen, new_seen;
    for (const auto& entry : crosswalk.entries) {
        for (const auto& id : entry.old_ids)
            if (const auto [it, first] = old_seen.emplace(id, entry.line); !first)
                error_at(entry.line, 1, "old indicator '" + id + "' appears a second time (first on line " +
                                            std::to_string(it->second) + "); each appears exactly once");
        for (const auto& id : entry.new_ids)
            if (const auto [it, first] = new_seen.emplace(id, entry.line); !first)
                error_at(entry.line, 1, "new indicator '" + id + "' is already a target on line " +
                                            std::to_string(it->second) + "; a new id has one origin");
    }
}

void CrosswalkReader::check_against(const Crosswalk& crosswalk, const pugi::xml_node& root, const Framework* from,
                                    const Framework* to) {
    const auto check_framework = [&](const Framework* framework, const std::string& version, const char* which) {
        if (!framework) return;
        if (framework->id != crosswalk.framework_id || framework->version != version)
            error(root, std::string("the crosswalk's '") + which + "' is " + crosswalk.framework_id + " " + version +
                            ", but the framework given is " + framework->id + " " + framework->version);
    };
    check_framework(from, crosswalk.from_version, "from");
    check_framework(to, crosswalk.to_version, "to");
    if (from) {
        for (const auto& entry : crosswalk.entries)
            for (const auto& id : entry.old_ids)
                if (!from->find_indicator(id))
                    error_at(entry.line, 1, "'" + id + "' is not an indicator of " + from->id + " " + from->version);
        for (const auto& domain : from->domains)
            for (const auto& indicator : domain.indicators)
                if (!crosswalk.for_old(indicator.id))
                    error(root, "indicator '" + indicator.id + "' of " + from->version +
                                    " is missing: say whether it is kept, revised, split, merged or retired");
    }
    if (to) {
        for (const auto& entry : crosswalk.entries)
            for (const auto& id : entry.new_ids)
                if (!to->find_indicator(id))
                    error_at(entry.line, 1, "'" + id + "' is not an indicator of " + to->id + " " + to->version +
                                                " (check the id)");
        for (const auto& domain : to->domains)
            for (const auto& indicator : domain.indicators)
                if (crosswalk.for_new(indicator.id).empty())
                    error(root, "indicator '" + indicator.id + "' of " + to->version +
                                    " has no origin: list it as a target (kept, revised, split, merged) or as <new>");
    }
}

}  // namespace

CrosswalkLoadResult load_crosswalk(std::string_view bytes, const std::string& source_name, const Framework* from,
                                   const Framework* to) {
    CrosswalkLoadResult result;
    const common::LineIndex lines(bytes);
    pugi::xml_document doc;
    if (!detail::parse_xml(doc, bytes, source_name, lines, result.diagnostics)) return result;
    const auto root = doc.document_element();
    if (std::string_view(root.name()) != "crosswalk") {
        const auto at = detail::position_of(root, lines);
        result.diagnostics.error(source_name, at.line, at.column,
                                 "the root element is <" + std::string(root.name()) +
                                     ">, but a crosswalk file starts with <crosswalk>");
        return result;
    }
    Crosswalk crosswalk;
    CrosswalkReader reader(source_name, lines, result.diagnostics);
    reader.read(root, crosswalk);
    reader.check_against(crosswalk, root, from, to);
    result.diagnostics.sort_by_position();
    if (result.diagnostics.has_errors()) return result;
    crosswalk.source_name = source_name;
    result.crosswalk = std::move(crosswalk);
    return result;
}

CrosswalkLoadResult load_crosswalk_file(const std::filesystem::path& path, const Framework* from, const Framework* to) {
    CrosswalkLoadResult result;
    const auto bytes = common::read_file_or_diagnose(path, result.diagnostics);
    if (!bytes) return result;
    return load_crosswalk(*bytes, common::path_to_utf8(path), from, to);
}

std::vector<Crosswalk> builtin_crosswalks() {
    std::vector<Crosswalk> all;
    for (const auto& resource : embedded::builtin_crosswalks()) {
        auto result = load_crosswalk(resource.bytes, "builtin:" + std::string(resource.name));
        // The tests check every built-in crosswalk: failing here is a broken build.
        if (!result.ok()) throw common::LogicError("built-in crosswalk " + std::string(resource.name) + " is invalid");
        all.push_back(std::move(*result.crosswalk));
    }
    return all;
}

const Crosswalk* find_crosswalk(const std::vector<Crosswalk>& all, std::string_view framework_id,
                                std::string_view from_version, std::string_view to_version) {
    for (const auto& crosswalk : all)
        if (crosswalk.framework_id == framework_id && crosswalk.from_version == from_version &&
            crosswalk.to_version == to_version)
            return &crosswalk;
    return nullptr;
}

namespace {
std::vector<std::string> version_parts(std::string_view version) {
    std::vector<std::string> parts(1);
    for (const char c : version) {
        if (c == '.') parts.emplace_back();
        else parts.back() += c;
    }
    return parts;
}
}  // namespace

bool version_less(std::string_view a, std::string_view b) {
    const auto parts_a = version_parts(a);
    const auto parts_b = version_parts(b);
    for (std::size_t i = 0; i < std::min(parts_a.size(), parts_b.size()); ++i) {
        const auto number_a = common::parse_int(parts_a[i]);
        const auto number_b = common::parse_int(parts_b[i]);
        if (number_a && number_b) {
            if (*number_a != *number_b) return *number_a < *number_b;
        } else if (parts_a[i] != parts_b[i]) {
            return parts_a[i] < parts_b[i];
        }
    }
    return parts_a.size() < parts_b.size();
}

std::optional<Upgrade> find_upgrade(const FrameworkCatalog& catalog, const std::vector<Crosswalk>& crosswalks,
                                    std::string_view framework_id, std::string_view version) {
    const Framework* newest = nullptr;
    for (const auto& entry : catalog.entries())
        if (entry.framework.id == framework_id && (!newest || version_less(newest->version, entry.framework.version)))
            newest = &entry.framework;
    if (!newest || !version_less(version, newest->version)) return std::nullopt;
    const auto* crosswalk = find_crosswalk(crosswalks, framework_id, version, newest->version);
    if (!crosswalk) return std::nullopt;
    return Upgrade{newest, crosswalk};
}

}  // namespace socle::frameworks
