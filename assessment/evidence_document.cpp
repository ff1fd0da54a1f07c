#include "assessment/evidence_document.h"

#include <algorithm>

#include "common/i18n.h"
#include "common/text.h"

namespace socle::assessment {

namespace {

struct ConfidentialityInfo {
    Confidentiality value;
    std::string_view key;
    std::string_view label;
};
constexpr ConfidentialityInfo kConfidentiality[] = {
    {Confidentiality::Public, "public", N_("Public")},
    {Confidentiality::Internal, "internal", N_("Internal")},
    {Confidentiality::Confidential, "confidential", N_("Confidential")},
};

struct TypeInfo {
    DocumentType value;
    std::string_view key;
    std::string_view label;
};
constexpr TypeInfo kTypes[] = {
    {DocumentType::Law, "law", N_("Law or regulation")},
    {DocumentType::Policy, "policy", N_("Policy or strategy")},
    {DocumentType::Manual, "manual", N_("Manual or procedure")},
    {DocumentType::Report, "report", N_("Report or statistics")},
    {DocumentType::SystemDocumentation, "system_documentation", N_("System documentation")},
    {DocumentType::Agreement, "agreement", N_("Agreement or MoU")},
    {DocumentType::Other, "other", N_("Other document")},
};

bool digits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A two-digit field within [low, high].
bool two_digits_within(std::string_view text, int low, int high) {
    if (text.size() != 2 || !digits(text)) return false;
    const int value = (text[0] - '0') * 10 + (text[1] - '0');
    return value >= low && value <= high;
}

}  // namespace

std::string_view confidentiality_key(Confidentiality value) { return kConfidentiality[static_cast<int>(value)].key; }
std::string_view confidentiality_label(Confidentiality value) {
    return kConfidentiality[static_cast<int>(value)].label;
}

std::optional<Confidentiality> parse_confidentiality(std::string_view key) {
    const std::string lower = common::to_lower_ascii(common::trim(key));
    for (const auto& info : kConfidentiality)
        if (info.key == lower) return info.value;
    return std::nullopt;
}

std::string_view document_type_key(DocumentType type) { return kTypes[static_cast<int>(type)].key; }
std::string_view document_type_label(DocumentType type) { return kTypes[static_cast<int>(type)].label; }

std::optional<DocumentType> parse_document_type(std::string_view key) {
    std::string lower = common::to_lower_ascii(common::trim(key));
    std::replace(lower.begin(), lower.end(), '-', '_');
    for (const auto& info : kTypes)
        if (info.key == lower) return info.value;
    // The spellings of the labels' first words, so "regulation" or "mou" work too.
    if (lower == "regulation") return DocumentType::Law;
    if (lower == "strategy") return DocumentType::Policy;
    if (lower == "procedure") return DocumentType::Manual;
    if (lower == "statistics") return DocumentType::Report;
    if (lower == "mou") return DocumentType::Agreement;
    return std::nullopt;
}

const std::vector<DocumentType>& document_types() {
    static const std::vector<DocumentType> kAll = [] {
        std::vector<DocumentType> all;
        for (const auto& info : kTypes) all.push_back(info.value);
        return all;
    }();
    return kAll;
}

bool EvidenceDocument::supports(std::string_view indicator_id) const {
    return std::find(indicators.begin(), indicators.end(), indicator_id) != indicators.end();
}

std::string indicator_list(const EvidenceDocument& document, std::string_view separator) {
    std::string out;
    for (const auto& id : document.indicators) {
        if (!out.empty()) out += separator;
        out += id;
    }
    return out;
}

bool is_sha256_hex(std::string_view text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

bool is_evidence_date(std::string_view text) {
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
    if (!digits(text.substr(0, 4))) return false;
    if (text.size() == 4) return true;
    if (text[4] != '-' || !two_digits_within(text.substr(5, 2), 1, 12)) return false;
    if (text.size() == 7) return true;
    return text[7] == '-' && two_digits_within(text.substr(8, 2), 1, 31);
}

}  // namespace socle::assessment
