#pragma once
// Questions asked of an assessment's evidence register (Assessment::evidence).
#include <string>
#include <string_view>
#include <vector>

#include "assessment/assessment.h"

namespace socle::assessment {

// The document with this id, or null.
const EvidenceDocument* find_document(const Assessment& assessment, std::string_view document_id);
// The documents that support an indicator, in register order.
std::vector<const EvidenceDocument*> documents_supporting(const Assessment& assessment, std::string_view indicator_id);
int count_documents_supporting(const Assessment& assessment, std::string_view indicator_id);
// A document id not yet used ("doc1", "doc2", ...).
std::string next_document_id(const Assessment& assessment);

// What is wrong with a document before it enters the register (the CLI and
// the desktop check with this): empty when nothing. Messages in English.
std::vector<std::string> document_problems(const Assessment& assessment, const EvidenceDocument& document);

}  // namespace socle::assessment
