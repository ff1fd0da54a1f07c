#include "frameworks/glossary.h"

#include <set>

#include "builtin_glossary.h"
#include "common/collation.h"
#include "common/csv.h"
#include "common/error.h"
#include "common/line_index.h"
#include "common/text.h"
#include "frameworks/detail/xml_support.h"
#include "frameworks/script_check.h"
#include "frameworks/translation_units.h"

namespace socle::frameworks {

std::vector<const GlossaryTerm*> Glossary::search(std::string_view query) const {
    const std::string wanted = common::fold_case(common::trim(query));
    std::vector<const GlossaryTerm*> found;
    for (const auto& term : terms) {
        for (const auto& [lang, text] : term.name.all()) {
            if (wanted.empty() || common::fold_case(text).find(wanted) != std::string::npos) {
                found.push_back(&term);
                break;
            }
        }
    }
    return found;
}

std::optional<Glossary> load_glossary(std::string_view bytes, const std::string& source_name,
                                      common::Diagnostics& diagnostics) {
    const common::LineIndex lines(bytes);
    pugi::xml_document doc;
    if (!detail::parse_xml(doc, bytes, source_name, lines, diagnostics)) return std::nullopt;
    const auto root = doc.document_element();
    if (std::string_view(root.name()) != "glossary") {
        diagnostics.error(source_name, 1, 1, "this is not a Socle glossary (its root element is not <glossary>)");
        return std::nullopt;
    }
    const auto error = [&](const pugi::xml_node& node, const std::string& message) {
        const auto at = detail::position_of(node, lines);
        diagnostics.error(source_name, at.line, at.column, message);
    };
    Glossary glossary;
    std::set<std::string> ids;
    for (const auto& node : root.children("term")) {
        GlossaryTerm term;
        term.id = common::fold_whitespace(node.attribute("id").value());
        if (!common::is_valid_id(term.id)) error(node, "<term> needs an id of letters, digits and '-' (such as id=\"social-registry\")");
        else if (!ids.insert(term.id).second) error(node, "the term id '" + term.id + "' is used twice");
        for (const auto& name : node.children("name")) {
            const std::string lang = common::fold_whitespace(name.attribute("lang").value());
            const std::string text = detail::folded_text(name);
            if (lang.empty() || text.empty()) {
                error(name, "a <name> needs a lang attribute and a text");
                continue;
            }
            if (const auto problem = check_script(lang, text)) error(name, "'" + term.id + "' in " + lang + ": " + *problem);
            term.name.set(lang, text);
            if (const auto status = parse_review_status(name.attribute("status").value())) term.name.set_status(lang, *status);
        }
        if (!term.name.has("en")) error(node, "the term '" + term.id + "' has no English <name lang=\"en\">");
        glossary.terms.push_back(std::move(term));
    }
    if (diagnostics.has_errors()) return std::nullopt;
    return glossary;
}

const Glossary& builtin_glossary() {
    static const Glossary glossary = [] {
        const auto resources = embedded::builtin_glossary();
        common::Diagnostics diagnostics;
        auto loaded = load_glossary(resources.front().bytes, "builtin:glossary.xml", diagnostics);
        if (!loaded) throw common::LogicError("the built-in glossary is invalid");
        return std::move(*loaded);
    }();
    return glossary;
}

std::string glossary_csv(const Glossary& glossary, std::string_view lang) {
    std::vector<std::string> languages{"en"};
    if (lang != "en") languages.emplace_back(lang);
    for (const auto code : kLanguageOrder)
        if (code != "en" && code != lang) languages.emplace_back(code);
    std::vector<std::string> header{"id"};
    header.insert(header.end(), languages.begin(), languages.end());
    std::string csv = common::csv_line(header);
    for (const auto& term : glossary.terms) {
        std::vector<std::string> row{term.id};
        for (const auto& code : languages) {
            const auto* text = term.name.find(code);
            row.push_back(text ? *text : std::string());
        }
        csv += common::csv_line(row);
    }
    return common::csv_file_content(std::move(csv));
}

}  // namespace socle::frameworks
