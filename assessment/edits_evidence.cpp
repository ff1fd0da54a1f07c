// Edits of the evidence register (see edits.h).
#include <algorithm>

#include "assessment/edits.h"
#include "assessment/evidence_register.h"

namespace socle::assessment::edits {

namespace {

Edit set_register(const Assessment& assessment, std::vector<EvidenceDocument> after, std::string description) {
    return Edit{std::move(description), [after = std::move(after)](Assessment& a) { a.evidence = after; },
                [before = assessment.evidence](Assessment& a) { a.evidence = before; }};
}

void refuse_problems(const Assessment& assessment, const EvidenceDocument& document) {
    const auto problems = document_problems(assessment, document);
    if (!problems.empty()) throw EditRefused(problems.front());
}

std::vector<EvidenceDocument>::iterator find_or_throw(std::vector<EvidenceDocument>& documents,
                                                      const std::string& document_id) {
    const auto it = std::find_if(documents.begin(), documents.end(),
                                 [&](const EvidenceDocument& d) { return d.id == document_id; });
    if (it == documents.end()) throw common::LogicError("unknown document '" + document_id + "'");
    return it;
}

}  // namespace

Edit add_document(const Assessment& assessment, EvidenceDocument document) {
    if (find_document(assessment, document.id))
        throw common::LogicError("document id '" + document.id + "' is already used");
    refuse_problems(assessment, document);
    auto documents = assessment.evidence;
    const std::string description = "document " + document.title;
    documents.push_back(std::move(document));
    return set_register(assessment, std::move(documents), description);
}

Edit update_document(const Assessment& assessment, EvidenceDocument document) {
    auto documents = assessment.evidence;
    auto it = find_or_throw(documents, document.id);
    refuse_problems(assessment, document);
    const std::string description = "document " + document.title;
    *it = std::move(document);
    return set_register(assessment, std::move(documents), description);
}

Edit remove_document(const Assessment& assessment, const std::string& document_id) {
    auto documents = assessment.evidence;
    auto it = find_or_throw(documents, document_id);
    const std::string description = "removal of document " + it->title;
    documents.erase(it);
    return set_register(assessment, std::move(documents), description);
}

Edit link_document(const Assessment& assessment, const std::string& document_id, const std::string& indicator_id) {
    if (!assessment.framework().find_indicator(indicator_id))
        throw common::LogicError("unknown indicator '" + indicator_id + "'");
    auto documents = assessment.evidence;
    auto it = find_or_throw(documents, document_id);
    if (!it->supports(indicator_id)) it->indicators.push_back(indicator_id);
    return set_register(assessment, std::move(documents), "link of " + document_id + " to " + indicator_id);
}

Edit unlink_document(const Assessment& assessment, const std::string& document_id, const std::string& indicator_id) {
    auto documents = assessment.evidence;
    auto it = find_or_throw(documents, document_id);
    std::erase(it->indicators, indicator_id);
    return set_register(assessment, std::move(documents), "unlink of " + document_id + " from " + indicator_id);
}

}  // namespace socle::assessment::edits
