// Rebuilding an assessment from merged fields (for the merge).
#include "assessment/detail_merge_fields.h"
#include "common/text.h"

namespace socle::assessment::detail {

namespace {

std::vector<std::string> split(const std::string& joined) {
    std::vector<std::string> out;
    if (joined.empty()) return out;
    std::size_t start = 0;
    for (std::size_t at; (at = joined.find(kListSeparator, start)) != std::string::npos; start = at + 1)
        out.push_back(joined.substr(start, at - start));
    out.push_back(joined.substr(start));
    return out;
}

void set_metadata(Assessment& a, const std::string& field, const std::string& value) {
    auto& m = a.metadata;
    if (field == "title") m.title = value;
    else if (field == "country") m.country = value;
    else if (field == "round") m.round = value;
    else if (field == "start-date") m.start_date = value;
    else if (field == "end-date") m.end_date = value;
    else if (field == "facilitator") m.facilitator = value;
    else if (field == "language") m.language = value;
    else if (field == "notes") m.notes = value;
    else if (field == "institutions") m.institutions = split(value);
    else if (field == "anonymised") a.anonymised = value == "true";
    else if (field == "core-schemes") a.core.schemes = split(value);
    else if (field == "core-systems") a.core.systems = split(value);
    else if (field == "method") a.method = common::parse_int(value).value_or(1);
    else if (field == "baseline-file") m.baseline.file = value;
    else if (field == "baseline-round") m.baseline.round = value;
    else if (field == "baseline-fingerprint") m.baseline.fingerprint = value;
}

void set_previous(PreviousRating& last, const std::string& field, const std::string& value, int levels) {
    if (field == "result") last.result = parse_vote(value, levels).value_or(last.result);
    else if (field == "target") last.target = common::parse_int(value);
    else if (field == "carried-from") last.carried_from = value;
}

void set_response(IndicatorResponse& r, const std::string& field, const std::string& value, int levels) {
    if (field == "agreed") r.agreed = parse_vote(value, levels);
    else if (field == "rationale") r.rationale = value;
    else if (field == "carried-from") r.carried_from = value;
    else if (field == "target") r.target = common::parse_int(value);
    else if (field == "confidence") r.confidence = parse_confidence(value).value_or(Confidence::Unset);
    else if (field == "evidence") r.evidence = value;
    else if (field == "links") r.links = split(value);
    else if (field == "notes") r.notes = value;
}

void set_participant(Participant& p, const std::string& field, const std::string& value) {
    if (field == "name") p.name = value;
    else if (field == "institution") p.institution = value;
    else if (field == "role") p.role = value;
    else if (field == "anonymous") p.anonymous = value == "true";
}

void set_system(InformationSystem& s, const std::string& field, const std::string& value) {
    if (field == "name") s.name = value;
    else if (field == "category") s.category = frameworks::parse_category(value).value_or(s.category);
    else if (field == "owner") s.owner = value;
    else if (field == "status") s.status = parse_status(value).value_or(s.status);
    else if (field == "hosting") s.hosting = value;
    else if (field == "maturity") s.maturity = common::parse_int(value);
    else if (field == "notes") s.notes = value;
    else if (field == "indicators") s.linked_indicators = split(value);
}

void set_flow(DataFlow& f, const std::string& field, const std::string& value) {
    if (field == "from") f.from = value;
    else if (field == "to") f.to = value;
    else if (field == "data") f.data = value;
    else if (field == "mechanism") f.mechanism = parse_mechanism(value).value_or(f.mechanism);
    else if (field == "frequency") f.frequency = value;
    else if (field == "agreement") f.agreement = value == "yes";
    else if (field == "notes") f.notes = value;
}

void set_step(StepOverride& s, const std::string& field, const std::string& value) {
    if (field == "owner") s.owner = value;
    else if (field == "phase") s.pinned_phase = value;
    else if (field == "excluded") s.excluded = value == "true";
    else if (field == "reason") s.exclusion_reason = value;
}

// Items in the given order, then any others in id order.
template <typename T>
std::vector<T> ordered(std::map<std::string, T>& items, const std::vector<std::string>& order) {
    std::vector<T> out;
    for (const auto& id : order) {
        const auto it = items.find(id);
        if (it == items.end()) continue;
        out.push_back(std::move(it->second));
        items.erase(it);
    }
    for (auto& [id, item] : items) out.push_back(std::move(item));
    return out;
}

}  // namespace

void set_document_field(EvidenceDocument& d, const std::string& field, const std::string& value) {
    if (field == "title") d.title = value;
    else if (field == "issuer") d.issuer = value;
    else if (field == "date") d.date = value;
    else if (field == "seen-by") d.seen_by = value;
    else if (field == "kept-at") d.kept_at = value;
    else if (field == "confidentiality") d.confidentiality = parse_confidentiality(value).value_or(d.confidentiality);
    else if (field == "sha256") d.sha256 = value;
    else if (field == "type") d.type = parse_document_type(value).value_or(d.type);
    else if (field == "indicators") d.indicators = split(value);
}

Assessment unflatten(const Fields& fields, std::shared_ptr<const frameworks::Framework> framework,
                     const ItemOrder& order) {
    Assessment a(std::move(framework));
    a.metadata.language.clear();
    const int levels = a.framework().level_count();
    std::map<std::string, Participant> participants;
    std::map<std::string, InformationSystem> systems;
    std::map<std::string, DataFlow> flows;
    std::map<std::string, EvidenceDocument> documents;
    // Items exist only through their "" field; the others fill them in.
    for (const auto& [key, value] : fields) {
        if (!is_item_section(key.section) || !key.field.empty()) continue;
        if (key.section == Section::Participant) participants[key.item].id = key.item;
        else if (key.section == Section::System) systems[key.item].id = key.item;
        else if (key.section == Section::Document) documents[key.item].id = key.item;
        else flows[key.item].id = key.item;
    }
    for (const auto& [key, value] : fields) {
        switch (key.section) {
        case Section::Framework: break;
        case Section::Metadata: set_metadata(a, key.field, value); break;
        case Section::Profile: a.profile[key.item] = value; break;
        case Section::Response: set_response(a.responses[key.item], key.field, value, levels); break;
        case Section::Vote:
            if (const auto vote = parse_vote(value, levels)) a.responses[key.item].votes[key.field] = *vote;
            break;
        case Section::Participant:
            if (const auto it = participants.find(key.item); it != participants.end())
                set_participant(it->second, key.field, value);
            break;
        case Section::System:
            if (const auto it = systems.find(key.item); it != systems.end()) set_system(it->second, key.field, value);
            break;
        case Section::Flow:
            if (const auto it = flows.find(key.item); it != flows.end()) set_flow(it->second, key.field, value);
            break;
        case Section::Step: set_step(a.roadmap.steps[key.item], key.field, value); break;
        case Section::DomainLead: a.roadmap.domain_leads[key.item] = value; break;
        case Section::Previous: set_previous(a.previous[key.item], key.field, value, levels); break;
        case Section::Document:
            if (const auto it = documents.find(key.item); it != documents.end())
                set_document_field(it->second, key.field, value);
            break;
        }
    }
    // A last-round entry whose result did not survive the merge holds nothing.
    std::erase_if(a.previous, [](const auto& entry) {
        return entry.second.result.kind == VoteKind::Level && entry.second.result.level < 1;
    });
    a.participants = ordered(participants, order.participants);
    a.systems.systems = ordered(systems, order.systems);
    a.systems.flows = ordered(flows, order.flows);
    a.evidence = ordered(documents, order.documents);
    return a;
}

}  // namespace socle::assessment::detail
