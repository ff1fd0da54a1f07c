#include "frameworks/translation_units.h"

#include <algorithm>
#include <map>

#include "common/line_index.h"
#include "common/text.h"
#include "frameworks/detail/xml_support.h"

namespace socle::frameworks {

const TranslatedText* TranslationUnit::find(std::string_view lang) const {
    for (const auto& text : texts)
        if (text.lang == lang) return &text;
    return nullptr;
}

std::size_t language_rank(std::string_view lang) {
    const auto* found = std::find(std::begin(kLanguageOrder), std::end(kLanguageOrder), lang);
    return static_cast<std::size_t>(found - std::begin(kLanguageOrder));
}

namespace {

// The attributes that name an element among its siblings, first match wins;
// the same rule as the translators' strings.py, so keys stay the same.
constexpr const char* kIdAttributes[] = {"id", "level", "from", "value"};

std::string key_part(const pugi::xml_node& node) {
    std::string part = node.name();
    const std::string_view name = node.name();
    if (name == "descriptor") return part + "[" + node.attribute("level").value() + "]";
    if (name == "maps-to")
        return part + "[" + node.attribute("source").value() + "|" + node.attribute("ref").value() + "]";
    if (node.attribute("lang")) return part;
    for (const char* attribute : kIdAttributes) {
        if (const auto value = node.attribute(attribute)) return part + "[" + value.value() + "]";
    }
    return part;
}

// The end of an element that holds only text: after its "</name>" (or its
// "/>" when empty).
std::size_t element_end(std::string_view xml, std::size_t begin, std::string_view name) {
    const auto tag_close = xml.find('>', begin);
    if (tag_close == std::string_view::npos) return xml.size();
    if (tag_close > begin && xml[tag_close - 1] == '/') return tag_close + 1;
    const auto closing = xml.find("</" + std::string(name), tag_close);
    if (closing == std::string_view::npos) return xml.size();
    const auto after = xml.find('>', closing);
    return after == std::string_view::npos ? xml.size() : after + 1;
}

struct Collector {
    std::string_view xml;
    const common::LineIndex& lines;
    std::string default_lang;
    std::map<std::string, std::size_t> index;  // key -> position in units
    std::vector<TranslationUnit> units;

    void walk(const pugi::xml_node& node, const std::string& path) {
        for (auto child = node.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element) continue;
            const std::string key = path.empty() ? key_part(child) : path + "/" + key_part(child);
            if (child.attribute("lang")) add_text(child, key);
            else walk(child, key);
        }
    }

    void add_text(const pugi::xml_node& node, const std::string& key) {
        auto [where, inserted] = index.try_emplace(key, units.size());
        if (inserted) {
            units.emplace_back();
            units.back().key = key;
            units.back().element = node.name();
        }
        auto& unit = units[where->second];
        TranslatedText text;
        text.lang = common::fold_whitespace(node.attribute("lang").value());
        text.text = detail::folded_text(node);
        text.status = parse_review_status(node.attribute("status").value()).value_or(ReviewStatus::Unstated);
        text.reviewer = common::fold_whitespace(node.attribute("reviewer").value());
        text.begin = static_cast<std::size_t>(detail::offset_of(node));
        text.end = element_end(xml, text.begin, node.name());
        text.line = lines.position(detail::offset_of(node)).line;
        if (text.lang == default_lang) {
            unit.attributes.clear();
            for (const auto& attribute : node.attributes()) {
                const std::string_view name = attribute.name();
                if (name == "lang" || name == "status" || name == "reviewer") continue;
                unit.attributes.emplace_back(name, attribute.value());
            }
        }
        unit.texts.push_back(std::move(text));
    }
};

}  // namespace

std::optional<TranslationUnits> collect_translation_units(std::string_view xml, const std::string& file,
                                                          common::Diagnostics& diagnostics) {
    const common::LineIndex lines(xml);
    pugi::xml_document doc;
    if (!detail::parse_xml(doc, xml, file, lines, diagnostics)) return std::nullopt;
    const auto root = doc.document_element();
    if (std::string_view(root.name()) != "framework") {
        diagnostics.error(file, 1, 1, "this is not a Socle framework (its root element is <" +
                                          std::string(root.name()) + ">, not <framework>)");
        return std::nullopt;
    }
    TranslationUnits result;
    result.framework_id = root.attribute("id").value();
    result.version = root.attribute("version").value();
    result.default_lang = root.attribute("default-lang").as_string("en");
    Collector collector{xml, lines, result.default_lang, {}, {}};
    collector.walk(root, "");
    for (auto& unit : collector.units)
        if (unit.find(result.default_lang)) result.units.push_back(std::move(unit));
    return result;
}

}  // namespace socle::frameworks
