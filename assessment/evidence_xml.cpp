// <evidence> in a .socle file (docs/assessment-format.md, "Evidence register").
#include <set>

#include "assessment/detail_evidence_xml.h"
#include "common/text.h"

namespace socle::assessment::detail {

void write_evidence(XmlOut& xml, const std::vector<EvidenceDocument>& documents) {
    if (documents.empty()) return;
    xml.open("evidence", 1);
    xml.close_open();
    for (const auto& document : documents) {
        xml.open("document", 2);
        xml.attribute("id", document.id);
        xml.attribute("type", document_type_key(document.type));
        xml.attribute("confidentiality", confidentiality_key(document.confidentiality));
        if (!document.date.empty()) xml.attribute("date", document.date);
        if (!document.sha256.empty()) xml.attribute("sha256", document.sha256);
        xml.close_open();
        xml.text_element("title", document.title, 3);
        xml.text_element("issuer", document.issuer, 3);
        xml.text_element("seen-by", document.seen_by, 3);
        xml.text_element("kept-at", document.kept_at, 3);
        for (const auto& indicator : document.indicators) {
            xml.open("supports", 3);
            xml.attribute("indicator", indicator);
            xml.close_empty();
        }
        xml.end("document", 2);
    }
    xml.end("evidence", 1);
}

namespace {

std::string child_text(const pugi::xml_node& node, const char* name) { return node.child(name).text().get(); }

}  // namespace

void read_evidence(const pugi::xml_node& node, Assessment& assessment, const ErrorAt& error) {
    const auto& framework = assessment.framework();
    std::set<std::string> ids;
    for (auto child = node.child("document"); child; child = child.next_sibling("document")) {
        EvidenceDocument document;
        document.id = child.attribute("id").value();
        if (document.id.empty() || !ids.insert(document.id).second) {
            error(child, document.id.empty() ? "a document of the evidence register has no id"
                                             : "document id '" + document.id + "' is used twice");
            continue;
        }
        const std::string type = child.attribute("type").value();
        if (const auto parsed = parse_document_type(type)) document.type = *parsed;
        else error(child, "document type '" + type + "' is not one of law, policy, manual, report, "
                          "system_documentation, agreement, other");
        const std::string confidentiality = child.attribute("confidentiality").value();
        if (const auto parsed = parse_confidentiality(confidentiality)) document.confidentiality = *parsed;
        else error(child, "confidentiality '" + confidentiality + "' is not public, internal or confidential");
        document.date = child.attribute("date").value();
        if (!document.date.empty() && !is_evidence_date(document.date))
            error(child, "date '" + document.date + "' of document '" + document.id +
                             "' is not YYYY-MM-DD, YYYY-MM or YYYY");
        // Stored lower-case so that one file always has one spelling (the
        // writer would otherwise keep whatever case a hand edit used).
        const std::string sha256 = child.attribute("sha256").value();
        if (!sha256.empty() && !is_sha256_hex(sha256))
            error(child, "sha256 '" + sha256 + "' of document '" + document.id +
                             "' is not 64 hexadecimal digits; correct it or remove the attribute");
        document.sha256 = common::to_lower_ascii(sha256);
        document.title = child_text(child, "title");
        document.issuer = child_text(child, "issuer");
        document.seen_by = child_text(child, "seen-by");
        document.kept_at = child_text(child, "kept-at");
        std::set<std::string> linked;
        for (auto link = child.child("supports"); link; link = link.next_sibling("supports")) {
            const std::string indicator = link.attribute("indicator").value();
            if (!framework.find_indicator(indicator)) {
                error(link, "document '" + document.id + "' supports indicator '" + indicator +
                                "', which is not in framework '" + framework.id + "' " + framework.version);
                continue;
            }
            if (!linked.insert(indicator).second) {
                error(link, "document '" + document.id + "' supports indicator '" + indicator + "' twice");
                continue;
            }
            document.indicators.push_back(indicator);
        }
        assessment.evidence.push_back(std::move(document));
    }
}

}  // namespace socle::assessment::detail
