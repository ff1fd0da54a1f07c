#pragma once
// Internal to the merge (merge.cpp): an assessment seen as a flat map of
// fields, each a text value, so that a three-way merge is the same small
// rule for every field. Empty values are absent.
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "assessment/assessment.h"

namespace socle::assessment::detail {

enum class Section { Framework, Metadata, Profile, Participant, Response, Vote, System, Flow, Step, DomainLead, Previous,
                     Document };

// Participants, systems, flows and evidence documents are items: they exist
// (field "") or not.
inline bool is_item_section(Section section) {
    return section == Section::Participant || section == Section::System || section == Section::Flow ||
           section == Section::Document;
}

struct FieldKey {
    Section section = Section::Metadata;
    std::string item;   // participant, indicator, system, flow, step, domain or question id
    std::string field;  // "" for an item's existence (and single-valued entries)
    auto operator<=>(const FieldKey&) const = default;
};

using Fields = std::map<FieldKey, std::string>;

// Lists (institutions, links, linked indicators) are one field, joined by a
// separator XML text can never hold.
inline constexpr char kListSeparator = '\x1e';

Fields flatten(const Assessment& assessment);

// The order participants, systems and flows appear in, for rebuilding.
struct ItemOrder {
    std::vector<std::string> participants, systems, flows, documents;
};
ItemOrder item_order(const Assessment& assessment);

// The evidence register's documents as fields (merge_evidence.cpp), and
// one field set back on a document.
void flatten_evidence(const Assessment& assessment, Fields& fields);
void set_document_field(EvidenceDocument& document, const std::string& field, const std::string& value);

// Rebuilds an assessment of `framework` from merged fields; items in the
// order given (then any others in key order).
Assessment unflatten(const Fields& fields, std::shared_ptr<const frameworks::Framework> framework,
                     const ItemOrder& order);

// "indicator[D1.1].evidence": what a person reads in the conflict list.
std::string describe(const FieldKey& key);
// A value as a person reads it (list separators as "; ").
std::string readable(const std::string& value);

}  // namespace socle::assessment::detail
