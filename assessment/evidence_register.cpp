#include "assessment/evidence_register.h"

#include <set>

namespace socle::assessment {

const EvidenceDocument* find_document(const Assessment& assessment, std::string_view document_id) {
    for (const auto& document : assessment.evidence)
        if (document.id == document_id) return &document;
    return nullptr;
}

std::vector<const EvidenceDocument*> documents_supporting(const Assessment& assessment, std::string_view indicator_id) {
    std::vector<const EvidenceDocument*> out;
    for (const auto& document : assessment.evidence)
        if (document.supports(indicator_id)) out.push_back(&document);
    return out;
}

int count_documents_supporting(const Assessment& assessment, std::string_view indicator_id) {
    int count = 0;
    for (const auto& document : assessment.evidence)
        if (document.supports(indicator_id)) ++count;
    return count;
}

std::string next_document_id(const Assessment& assessment) {
    for (int n = 1;; ++n) {
        std::string id = "doc" + std::to_string(n);
        if (!find_document(assessment, id)) return id;
    }
}

std::vector<std::string> document_problems(const Assessment& assessment, const EvidenceDocument& document) {
    std::vector<std::string> problems;
    if (document.id.empty()) problems.push_back("the document has no id");
    if (document.title.empty() && !assessment.anonymised) problems.push_back("the document has no title");
    if (!document.date.empty() && !is_evidence_date(document.date))
        problems.push_back("date '" + document.date + "' is not YYYY-MM-DD, YYYY-MM or YYYY");
    if (!document.sha256.empty() && !is_sha256_hex(document.sha256))
        problems.push_back("sha256 '" + document.sha256 + "' is not 64 hexadecimal digits");
    std::set<std::string> seen;
    for (const auto& indicator : document.indicators) {
        if (!assessment.framework().find_indicator(indicator))
            problems.push_back("indicator '" + indicator + "' is not in framework '" + assessment.framework().id +
                               "' " + assessment.framework().version);
        else if (!seen.insert(indicator).second)
            problems.push_back("indicator '" + indicator + "' is linked twice");
    }
    return problems;
}

}  // namespace socle::assessment
