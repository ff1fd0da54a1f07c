#include "frameworks/framework_loader.h"

#include <set>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/path_text.h"
#include "common/sha256.h"
#include "common/text.h"
#include "common/utf8.h"
#include "frameworks/detail/framework_checks.h"
#include "frameworks/detail/xml_support.h"

namespace socle::frameworks {

namespace {

constexpr int kSupportedFormat = 2;

using common::TextPosition;

// Reads one framework document into the model, recording problems as it
// goes. Cross-references (prerequisites, relevance, cycles) are checked once
// everything is read, in framework_checks.cpp.
class FrameworkReader {
public:
    FrameworkReader(std::string file, const common::LineIndex& lines, common::Diagnostics& diagnostics)
        : file_(std::move(file)), lines_(lines), diagnostics_(diagnostics) {}

    void read(const pugi::xml_node& root, Framework& framework);

private:
    void error(const pugi::xml_node& node, const std::string& message) {
        const auto at = detail::position_of(node, lines_);
        diagnostics_.error(file_, at.line, at.column, message);
    }
    void warning(const pugi::xml_node& node, const std::string& message) {
        const auto at = detail::position_of(node, lines_);
        diagnostics_.warning(file_, at.line, at.column, message);
    }

    std::string required_attribute(const pugi::xml_node& node, const char* name);
    std::string required_id(const pugi::xml_node& node, std::set<std::string>& seen, const char* what);
    double weight(const pugi::xml_node& node);
    std::optional<int> level_attribute(const pugi::xml_node& node, const char* name, int lowest, int highest);
    void read_texts(const pugi::xml_node& parent, const char* element, LocalizedText& out, bool required,
                    const std::string& owner);
    void check_children(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed);

    void read_languages(const pugi::xml_node& node, Framework& framework);
    void read_scale(const pugi::xml_node& node, Framework& framework);
    void read_profile(const pugi::xml_node& node, Framework& framework);
    void read_domain(const pugi::xml_node& node, Framework& framework);
    void read_indicator(const pugi::xml_node& node, const Domain& domain, Indicator& indicator);
    void read_descriptors(const pugi::xml_node& node, Indicator& indicator);
    void read_steps(const pugi::xml_node& node, Indicator& indicator);
    void read_sources(const pugi::xml_node& node, Framework& framework);
    void read_format2_indicator(const pugi::xml_node& node, Indicator& indicator);
    void read_mapping(const pugi::xml_node& node, Indicator& indicator);
    void warn_format2_only(const pugi::xml_node& node, const std::string& what);

    std::string file_;
    const common::LineIndex& lines_;
    common::Diagnostics& diagnostics_;
    std::string default_lang_;
    int levels_ = 0;
    int format_ = 1;
    std::set<std::string> domain_ids_;
    std::set<std::string> indicator_ids_;
};

std::string FrameworkReader::required_attribute(const pugi::xml_node& node, const char* name) {
    const auto attribute = node.attribute(name);
    const std::string value = common::fold_whitespace(attribute.value());
    if (!attribute || value.empty())
        error(node, "<" + std::string(node.name()) + "> needs a '" + name + "' attribute");
    return value;
}

std::string FrameworkReader::required_id(const pugi::xml_node& node, std::set<std::string>& seen,
                                         const char* what) {
    std::string id = required_attribute(node, "id");
    if (id.empty()) return id;
    if (!common::is_valid_id(id)) {
        error(node, std::string(what) + " id '" + id +
                        "' may only use letters, digits, '-', '_', '.' and ':' (no spaces)");
    } else if (!seen.insert(id).second) {
        error(node, "duplicate " + std::string(what) + " id '" + id + "': ids must be unique");
    }
    return id;
}

double FrameworkReader::weight(const pugi::xml_node& node) {
    const auto attribute = node.attribute("weight");
    if (!attribute) return 1.0;
    const auto value = common::parse_number(attribute.value());
    if (!value || *value <= 0) {
        error(node, "weight '" + std::string(attribute.value()) + "' must be a positive number (such as 1 or 1.5)");
        return 1.0;
    }
    return *value;
}

std::optional<int> FrameworkReader::level_attribute(const pugi::xml_node& node, const char* name, int lowest,
                                                    int highest) {
    const auto attribute = node.attribute(name);
    if (!attribute) {
        error(node, "<" + std::string(node.name()) + "> needs a '" + name + "' attribute");
        return std::nullopt;
    }
    const auto value = common::parse_int(attribute.value());
    if (!value || *value < lowest || *value > highest) {
        error(node, std::string(name) + "=\"" + attribute.value() + "\" is out of the scale: use a whole number from " +
                        std::to_string(lowest) + " to " + std::to_string(highest));
        return std::nullopt;
    }
    return value;
}

void FrameworkReader::read_texts(const pugi::xml_node& parent, const char* element, LocalizedText& out,
                                 bool required, const std::string& owner) {
    for (auto node = parent.child(element); node; node = node.next_sibling(element)) {
        const std::string lang = common::fold_whitespace(node.attribute("lang").value());
        if (lang.empty()) {
            error(node, "<" + std::string(element) + "> needs a lang attribute (such as lang=\"" + default_lang_ + "\")");
            continue;
        }
        std::string text = detail::folded_text(node);
        if (text.empty()) {
            warning(node, "empty <" + std::string(element) + "> in '" + lang + "' is ignored");
            continue;
        }
        if (out.has(lang)) {
            error(node, owner + " has two <" + element + "> texts in '" + lang + "'; keep one");
            continue;
        }
        out.set(lang, std::move(text));
        if (const auto status = node.attribute("status")) {
            if (const auto known = parse_review_status(status.value())) out.set_status(lang, *known);
            else
                warning(node, "status=\"" + std::string(status.value()) +
                                  "\" is not a review status: use draft, reviewed or approved");
        }
    }
    if (required && !default_lang_.empty() && !out.has(default_lang_))
        error(parent, owner + " has no <" + element + "> in the default language '" + default_lang_ + "'");
}

void FrameworkReader::check_children(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed) {
    for (const auto& child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        bool known = false;
        for (auto name : allowed) known = known || name == child.name();
        if (!known)
            warning(child, "unknown element <" + std::string(child.name()) + "> inside <" + node.name() +
                               "> is ignored (see docs/framework-format.md)");
    }
}

void FrameworkReader::read(const pugi::xml_node& root, Framework& framework) {
    const std::string format = required_attribute(root, "format");
    if (!format.empty()) {
        const auto value = common::parse_int(format);
        if (!value || *value < 1) {
            error(root, "format=\"" + format + "\" must be a whole number; this version of Socle reads formats 1 and 2");
        } else if (*value > kSupportedFormat) {
            error(root, "this file uses framework format " + format + ", newer than this version of Socle reads (" +
                            std::to_string(kSupportedFormat) + "); update Socle to open it");
        } else {
            framework.format = format_ = *value;
        }
    }
    std::set<std::string> framework_ids;
    framework.id = required_id(root, framework_ids, "framework");
    framework.version = required_attribute(root, "version");
    default_lang_ = framework.default_language = required_attribute(root, "default-lang");
    check_children(root, {"title", "description", "languages", "rating-rule", "sources", "scale", "profile", "domain"});

    read_texts(root, "title", framework.title, true, "the framework");
    read_texts(root, "description", framework.description, false, "the framework");
    if (const auto languages = root.child("languages")) read_languages(languages, framework);
    if (format_ >= 2) {
        // One rule for every indicator, so that two facilitators place the
        // same country at the same level; format 2 cannot leave it out.
        if (!root.child("rating-rule"))
            error(root, "a format 2 framework needs a <rating-rule> (the rule that applies to every indicator) "
                        "in the default language '" + default_lang_ + "'");
        else
            read_texts(root, "rating-rule", framework.rating_rule, true, "the framework");
        const auto sources = root.child("sources");
        if (sources) read_sources(sources, framework);
        if (sources && sources.next_sibling("sources"))
            error(sources.next_sibling("sources"), "only one <sources> is allowed; put every <source> in the first");
    } else {
        if (const auto node = root.child("rating-rule")) warn_format2_only(node, "<rating-rule>");
        if (const auto node = root.child("sources")) warn_format2_only(node, "<sources>");
    }

    const auto scale = root.child("scale");
    if (!scale)
        error(root, "the framework needs a <scale> with its levels before any indicator can be read");
    else
        read_scale(scale, framework);
    if (scale && scale.next_sibling("scale")) error(scale.next_sibling("scale"), "only one <scale> is allowed");

    if (const auto profile = root.child("profile")) read_profile(profile, framework);

    if (!root.child("domain")) error(root, "the framework has no <domain>; it needs at least one");
    for (auto node = root.child("domain"); node; node = node.next_sibling("domain")) read_domain(node, framework);
}

void FrameworkReader::read_languages(const pugi::xml_node& node, Framework& framework) {
    check_children(node, {"language"});
    std::set<std::string> codes;
    for (auto child = node.child("language"); child; child = child.next_sibling("language")) {
        LanguageInfo info;
        info.code = required_attribute(child, "code");
        if (info.code.empty()) continue;
        if (!codes.insert(info.code).second) {
            error(child, "language '" + info.code + "' is declared twice");
            continue;
        }
        const std::string status = child.attribute("status").value();
        if (status == "complete" || status.empty()) {
            info.status = LanguageStatus::Complete;
        } else if (status == "draft") {
            info.status = LanguageStatus::Draft;
        } else {
            error(child, "status=\"" + status + "\" is not known: use \"complete\" or \"draft\"");
        }
        info.note = common::fold_whitespace(child.attribute("note").value());
        framework.languages.push_back(std::move(info));
    }
}

void FrameworkReader::read_scale(const pugi::xml_node& node, Framework& framework) {
    check_children(node, {"level"});
    std::set<std::string> ids;
    for (auto child = node.child("level"); child; child = child.next_sibling("level")) {
        Level level;
        level.id = required_id(child, ids, "level");
        const auto value = common::parse_int(child.attribute("value").value());
        const int expected = static_cast<int>(framework.levels.size()) + 1;
        if (!value || *value != expected)
            error(child, "level values must run 1, 2, 3, ... in order without gaps; expected value=\"" +
                             std::to_string(expected) + "\"");
        level.value = expected;
        const std::string owner = "level " + std::to_string(expected);
        read_texts(child, "name", level.name, true, owner);
        read_texts(child, "meaning", level.meaning, false, owner);
        framework.levels.push_back(std::move(level));
    }
    if (framework.levels.size() < 2) error(node, "the scale needs at least two <level> elements");
    levels_ = static_cast<int>(framework.levels.size());
}

void FrameworkReader::read_profile(const pugi::xml_node& node, Framework& framework) {
    check_children(node, {"question"});
    std::set<std::string> ids;
    for (auto child = node.child("question"); child; child = child.next_sibling("question")) {
        ProfileQuestion question;
        question.id = required_id(child, ids, "profile question");
        const std::string type = child.attribute("type").value();
        read_texts(child, "text", question.text, true, "profile question '" + question.id + "'");
        if (type == "yesno" || type.empty()) {
            question.type = QuestionType::YesNo;
            ProfileOption yes{"yes", {}}, no{"no", {}};
            yes.label.set("en", "Yes");
            no.label.set("en", "No");
            question.options = {std::move(yes), std::move(no)};
        } else if (type == "choice") {
            question.type = QuestionType::Choice;
            std::set<std::string> option_ids;
            for (auto option = child.child("option"); option; option = option.next_sibling("option")) {
                ProfileOption parsed;
                parsed.id = required_id(option, option_ids, "option");
                read_texts(option, "label", parsed.label, true, "option '" + parsed.id + "'");
                question.options.push_back(std::move(parsed));
            }
            if (question.options.empty()) error(child, "a choice question needs at least one <option>");
        } else {
            error(child, "type=\"" + type + "\" is not known: use \"yesno\" or \"choice\"");
        }
        framework.profile.push_back(std::move(question));
    }
}

void FrameworkReader::read_domain(const pugi::xml_node& node, Framework& framework) {
    check_children(node, {"name", "description", "indicator"});
    Domain domain;
    domain.id = required_id(node, domain_ids_, "domain");
    domain.weight = weight(node);
    const std::string owner = "domain '" + domain.id + "'";
    read_texts(node, "name", domain.name, true, owner);
    read_texts(node, "description", domain.description, false, owner);
    if (!node.child("indicator")) error(node, owner + " has no <indicator>; it needs at least one");
    for (auto child = node.child("indicator"); child; child = child.next_sibling("indicator")) {
        Indicator indicator;
        read_indicator(child, domain, indicator);
        domain.indicators.push_back(std::move(indicator));
    }
    framework.domains.push_back(std::move(domain));
}

void FrameworkReader::read_indicator(const pugi::xml_node& node, const Domain& domain, Indicator& indicator) {
    check_children(node, {"question", "guidance", "evidence", "rule", "descriptor", "step", "requires", "systems",
                          "relevant-if", "references", "maps-to"});
    indicator.id = required_id(node, indicator_ids_, "indicator");
    indicator.domain_id = domain.id;
    indicator.offset = detail::offset_of(node);
    indicator.weight = weight(node);
    if (node.attribute("target")) {
        if (const auto target = level_attribute(node, "target", 1, std::max(levels_, 1))) indicator.default_target = *target;
    } else {
        indicator.default_target = std::min(3, std::max(levels_, 1));
    }
    const std::string owner = "indicator '" + indicator.id + "'";
    read_texts(node, "question", indicator.question, true, owner);
    read_texts(node, "guidance", indicator.guidance, false, owner);
    read_texts(node, "evidence", indicator.evidence, false, owner);
    read_descriptors(node, indicator);
    read_steps(node, indicator);

    for (auto child = node.child("requires"); child; child = child.next_sibling("requires")) {
        Prerequisite prerequisite;
        prerequisite.offset = detail::offset_of(child);
        prerequisite.indicator_id = required_attribute(child, "indicator");
        if (const auto level = level_attribute(child, "level", 1, std::max(levels_, 1))) prerequisite.level = *level;
        if (child.attribute("to")) {
            if (const auto to = level_attribute(child, "to", 2, std::max(levels_, 2))) prerequisite.to_level = *to;
        }
        indicator.prerequisites.push_back(std::move(prerequisite));
    }
    for (auto child = node.child("systems"); child; child = child.next_sibling("systems")) {
        for (const auto& key : common::split_whitespace(child.text().get())) {
            if (const auto category = parse_category(key))
                indicator.systems.push_back(*category);
            else
                error(child, "unknown system category '" + key + "' (see the list in docs/framework-format.md)");
        }
    }
    for (auto child = node.child("relevant-if"); child; child = child.next_sibling("relevant-if")) {
        RelevanceCondition condition;
        condition.offset = detail::offset_of(child);
        condition.question_id = required_attribute(child, "profile");
        condition.answer = required_attribute(child, "equals");
        indicator.relevant_if.push_back(std::move(condition));
    }
    for (auto child = node.child("references"); child; child = child.next_sibling("references")) {
        if (format_ >= 2)
            warning(child, "<references> is not used in format 2: map the indicator to a <source> with <maps-to>");
        for (auto& tag : common::split_whitespace(child.text().get())) indicator.references.push_back(std::move(tag));
    }
    if (format_ >= 2) {
        read_format2_indicator(node, indicator);
    } else {
        for (const char* attribute : {"always-applicable", "core"})
            if (node.attribute(attribute)) warn_format2_only(node, std::string(attribute) + "=\"...\"");
        if (const auto child = node.child("rule")) warn_format2_only(child, "<rule>");
        if (const auto child = node.child("maps-to")) warn_format2_only(child, "<maps-to>");
    }
}

void FrameworkReader::warn_format2_only(const pugi::xml_node& node, const std::string& what) {
    warning(node, what + " belongs to framework format 2 and is ignored in a format 1 file; write format=\"2\" "
                         "on <framework> to use it");
}

// Source ids are written by hand in every <maps-to>, so they are kept to
// one spelling: lower-case letters, digits and '-'.
bool is_source_id(std::string_view id) {
    if (id.empty()) return false;
    for (const char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

void FrameworkReader::read_sources(const pugi::xml_node& node, Framework& framework) {
    check_children(node, {"source"});
    std::set<std::string> ids;
    for (auto child = node.child("source"); child; child = child.next_sibling("source")) {
        check_children(child, {"title", "publisher", "year", "edition", "url"});
        Source source;
        source.id = common::fold_whitespace(child.attribute("id").value());
        if (source.id.empty()) {
            error(child, "<source> needs an 'id' attribute (such as id=\"ilo-r202\")");
        } else if (!is_source_id(source.id)) {
            error(child, "source id '" + source.id + "' may only use lower-case letters, digits and '-'");
        } else if (!ids.insert(source.id).second) {
            error(child, "duplicate source id '" + source.id + "': ids must be unique");
        }
        const auto field = [&](const char* name, bool required) {
            const auto element = child.child(name);
            std::string value = element ? detail::folded_text(element) : std::string();
            if (required && value.empty())
                error(child, "source '" + source.id + "' needs a <" + name + ">");
            return value;
        };
        source.title = field("title", true);
        source.publisher = field("publisher", true);
        source.year = field("year", false);
        source.edition = field("edition", false);
        source.url = field("url", false);
        framework.sources.push_back(std::move(source));
    }
}

void FrameworkReader::read_format2_indicator(const pugi::xml_node& node, Indicator& indicator) {
    if (const auto attribute = node.attribute("always-applicable")) {
        const std::string value = common::fold_whitespace(attribute.value());
        if (value == "yes") indicator.always_applicable = true;
        else if (value != "no") error(node, "always-applicable=\"" + value + "\" is not known: use \"yes\" or \"no\"");
    }
    // An indicator the profile can switch off is by definition sometimes
    // not applicable: the two marks contradict each other.
    if (indicator.always_applicable) {
        if (const auto condition = node.child("relevant-if"))
            error(condition, "indicator '" + indicator.id + "' is always-applicable=\"yes\" and also has "
                             "<relevant-if>; remove one (an indicator the profile can switch off can be not applicable)");
    }
    if (const auto attribute = node.attribute("core")) {
        const auto keys = common::split_whitespace(attribute.value());
        if (keys.empty()) error(node, "core=\"\" is empty: use \"schemes\", \"systems\" or \"schemes systems\"");
        for (const auto& key : keys) {
            if (key == "schemes") indicator.core.schemes = true;
            else if (key == "systems") indicator.core.systems = true;
            else error(node, "core key '" + key + "' is not known: use \"schemes\", \"systems\" or both");
        }
    }
    read_texts(node, "rule", indicator.rule, false, "indicator '" + indicator.id + "'");
    for (auto child = node.child("maps-to"); child; child = child.next_sibling("maps-to")) read_mapping(child, indicator);
}

void FrameworkReader::read_mapping(const pugi::xml_node& node, Indicator& indicator) {
    check_children(node, {"why"});
    SourceMapping mapping;
    mapping.offset = detail::offset_of(node);
    mapping.source_id = required_attribute(node, "source");
    mapping.ref = common::fold_whitespace(node.attribute("ref").value());
    const std::string relation = common::fold_whitespace(node.attribute("relation").value());
    if (relation == "equal") mapping.relation = MappingRelation::Equal;
    else if (relation == "subset") mapping.relation = MappingRelation::Subset;
    else if (relation == "superset") mapping.relation = MappingRelation::Superset;
    else if (relation == "intersect") mapping.relation = MappingRelation::Intersect;
    else if (relation.empty()) error(node, "<maps-to> needs a 'relation' attribute: equal, subset, superset or intersect");
    else error(node, "relation=\"" + relation + "\" is not known: use equal, subset, superset or intersect");
    read_texts(node, "why", mapping.why, true,
               "the mapping of indicator '" + indicator.id + "' to '" + mapping.source_id + "'");
    indicator.mappings.push_back(std::move(mapping));
}

void FrameworkReader::read_descriptors(const pugi::xml_node& node, Indicator& indicator) {
    indicator.descriptors.assign(static_cast<std::size_t>(levels_), {});
    for (auto child = node.child("descriptor"); child; child = child.next_sibling("descriptor")) {
        const auto level = level_attribute(child, "level", 1, std::max(levels_, 1));
        const std::string lang = common::fold_whitespace(child.attribute("lang").value());
        if (!level || levels_ == 0) continue;
        if (lang.empty()) {
            error(child, "<descriptor> needs a lang attribute (such as lang=\"" + default_lang_ + "\")");
            continue;
        }
        auto& text = indicator.descriptors[static_cast<std::size_t>(*level - 1)];
        if (text.has(lang)) {
            error(child, "indicator '" + indicator.id + "' has two descriptors for level " + std::to_string(*level) +
                             " in '" + lang + "'");
            continue;
        }
        if (auto value = detail::folded_text(child); !value.empty()) text.set(lang, std::move(value));
    }
    for (int level = 1; level <= levels_; ++level)
        if (!indicator.descriptors[static_cast<std::size_t>(level - 1)].has(default_lang_))
            error(node, "indicator '" + indicator.id + "' has no descriptor for level " + std::to_string(level) +
                            " in the default language '" + default_lang_ + "'");
}

void FrameworkReader::read_steps(const pugi::xml_node& node, Indicator& indicator) {
    const int step_count = std::max(levels_ - 1, 0);
    indicator.steps.assign(static_cast<std::size_t>(step_count), {});
    std::vector<bool> seen(static_cast<std::size_t>(step_count), false);
    for (auto child = node.child("step"); child; child = child.next_sibling("step")) {
        const auto from = level_attribute(child, "from", 1, std::max(levels_ - 1, 1));
        if (!from || step_count == 0) continue;
        auto& step = indicator.steps[static_cast<std::size_t>(*from - 1)];
        if (seen[static_cast<std::size_t>(*from - 1)]) {
            error(child, "indicator '" + indicator.id + "' has two steps from level " + std::to_string(*from));
            continue;
        }
        seen[static_cast<std::size_t>(*from - 1)] = true;
        step.from = *from;
        const std::string effort = common::fold_whitespace(child.attribute("effort").value());
        if (effort == "S") step.effort = Effort::Small;
        else if (effort == "M") step.effort = Effort::Medium;
        else if (effort == "L") step.effort = Effort::Large;
        else error(child, "effort=\"" + effort + "\" is not known: use S (small), M (medium) or L (large)");
        read_texts(child, "action", step.action, true,
                   "the step of indicator '" + indicator.id + "' from level " + std::to_string(*from));
    }
    for (int from = 1; from <= step_count; ++from) {
        if (!seen[static_cast<std::size_t>(from - 1)]) {
            error(node, "indicator '" + indicator.id + "' has no <step from=\"" + std::to_string(from) +
                            "\">: every level below the top needs the action that moves it up");
            indicator.steps[static_cast<std::size_t>(from - 1)].from = from;
        }
    }
}

}  // namespace

FrameworkLoadResult load_framework(std::string_view file_bytes, const std::string& source_name) {
    FrameworkLoadResult result;
    // Refused here, not at save time: bytes that are not UTF-8, or a control
    // character (even inside a comment), would be dropped or mangled by the
    // .socle writer while the fingerprint covers them, and the saved file
    // would never open again. UTF-16 is converted; the fingerprint and the
    // snapshot are then of the UTF-8 text. A UTF-8 file keeps its exact bytes
    // (byte-order mark included), so the fingerprints of existing files hold.
    const auto decoded = common::decode_text_input(file_bytes, source_name, common::TextFileKind::Xml,
                                                   result.diagnostics);
    if (!decoded) return result;
    const bool utf16 = file_bytes.substr(0, 2) == "\xFF\xFE" || file_bytes.substr(0, 2) == "\xFE\xFF";
    const std::string_view bytes = utf16 ? std::string_view(*decoded) : file_bytes;
    const common::LineIndex lines(bytes);
    pugi::xml_document doc;
    if (!detail::parse_xml(doc, bytes, source_name, lines, result.diagnostics)) return result;

    const auto root = doc.document_element();
    if (std::string_view(root.name()) != "framework") {
        const auto at = detail::position_of(root, lines);
        result.diagnostics.error(source_name, at.line, at.column,
                                 "the root element is <" + std::string(root.name()) +
                                     ">, but a framework file starts with <framework>");
        return result;
    }

    Framework framework;
    FrameworkReader(source_name, lines, result.diagnostics).read(root, framework);
    framework.rebuild_index();
    detail::check_cross_references(framework, source_name, lines, result.diagnostics);
    result.diagnostics.sort_by_position();
    if (result.diagnostics.has_errors()) return result;

    framework.source_name = source_name;
    framework.source_bytes = std::string(bytes);
    framework.sha256 = common::sha256_hex(bytes);
    result.framework = std::move(framework);
    return result;
}

FrameworkLoadResult load_framework_file(const std::filesystem::path& path) {
    FrameworkLoadResult result;
    const auto bytes = common::read_file_or_diagnose(path, result.diagnostics);
    if (!bytes) return result;
    return load_framework(*bytes, common::path_to_utf8(path));
}

}  // namespace socle::frameworks
