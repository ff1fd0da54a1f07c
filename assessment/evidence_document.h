#pragma once
// One document of the evidence register: something the team has seen that
// supports the level of one or more indicators (a law, a manual, a report).
// The register turns "the ministry says so" into "the team read it": the
// score says per indicator whether its level is documented or only stated
// (docs/methodology.md, "Evidence register").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace socle::assessment {

enum class Confidentiality { Public, Internal, Confidential };
std::string_view confidentiality_key(Confidentiality value);    // "public", "internal", "confidential"
std::string_view confidentiality_label(Confidentiality value);  // N_() marked
std::optional<Confidentiality> parse_confidentiality(std::string_view key);

enum class DocumentType { Law, Policy, Manual, Report, SystemDocumentation, Agreement, Other };
// "law", "policy", "manual", "report", "system_documentation", "agreement", "other"
std::string_view document_type_key(DocumentType type);
std::string_view document_type_label(DocumentType type);  // N_() marked: "Law or regulation", ...
std::optional<DocumentType> parse_document_type(std::string_view key);
// Every type, in the order a list shows them.
const std::vector<DocumentType>& document_types();

struct EvidenceDocument {
    std::string id;        // "doc1", unique in the assessment
    std::string title;
    std::string issuer;    // who issued it: "Ministry of Labour and Social Welfare"
    std::string date;      // ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY (anonymised copies keep the year)
    std::string seen_by;   // who on the team read it
    std::string kept_at;   // where it can be found again: a folder, a URL, an office
    Confidentiality confidentiality = Confidentiality::Internal;
    std::string sha256;    // of the file, 64 lower-case hex digits; empty when no file was hashed
    DocumentType type = DocumentType::Other;
    std::vector<std::string> indicators;  // ids of the indicators it supports, in the order linked

    bool supports(std::string_view indicator_id) const;
    bool operator==(const EvidenceDocument&) const = default;
};

// The supported indicators' ids joined: "D1.1, D4.2".
std::string indicator_list(const EvidenceDocument& document, std::string_view separator = ", ");

// 64 hex digits (either case: the reader and the CLI lower-case them).
bool is_sha256_hex(std::string_view text);
// YYYY, YYYY-MM or YYYY-MM-DD with a month 01-12 and a day 01-31.
bool is_evidence_date(std::string_view text);

}  // namespace socle::assessment
