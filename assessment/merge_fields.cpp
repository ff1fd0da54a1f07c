// An assessment as a flat map of text fields and back (for the merge).
#include "assessment/detail_merge_fields.h"
#include "common/text.h"

namespace socle::assessment::detail {

namespace {

std::string join(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& value : values) {
        if (!out.empty()) out += kListSeparator;
        out += value;
    }
    return out;
}

class Flattener {
public:
    void put(Section section, const std::string& item, const std::string& field, std::string value) {
        if (!value.empty()) fields[{section, item, field}] = std::move(value);
    }
    Fields fields;
};

// The flows with their ids; one built in code may lack them, and gets the
// ids a file without them gets when read.
std::vector<DataFlow> flows_with_ids(const SystemMap& map) {
    SystemMap copy{{}, map.flows};
    assign_legacy_flow_ids(copy);
    return std::move(copy.flows);
}

void flatten_items(const Assessment& a, Flattener& out) {
    for (const auto& p : a.participants) {
        out.put(Section::Participant, p.id, "", "present");
        out.put(Section::Participant, p.id, "name", p.name);
        out.put(Section::Participant, p.id, "institution", p.institution);
        out.put(Section::Participant, p.id, "role", p.role);
        out.put(Section::Participant, p.id, "anonymous", p.anonymous ? "true" : "");
    }
    for (const auto& s : a.systems.systems) {
        out.put(Section::System, s.id, "", "present");
        out.put(Section::System, s.id, "name", s.name);
        out.put(Section::System, s.id, "category", std::string(frameworks::category_key(s.category)));
        out.put(Section::System, s.id, "owner", s.owner);
        out.put(Section::System, s.id, "status", std::string(status_key(s.status)));
        out.put(Section::System, s.id, "hosting", s.hosting);
        out.put(Section::System, s.id, "maturity", s.maturity ? std::to_string(*s.maturity) : "");
        out.put(Section::System, s.id, "notes", s.notes);
        out.put(Section::System, s.id, "indicators", join(s.linked_indicators));
    }
    // Flows by their id, so that two flows between the same two systems
    // are told apart whatever was removed or added around them.
    for (const auto& f : flows_with_ids(a.systems)) {
        out.put(Section::Flow, f.id, "", "present");
        out.put(Section::Flow, f.id, "from", f.from);
        out.put(Section::Flow, f.id, "to", f.to);
        out.put(Section::Flow, f.id, "data", f.data);
        out.put(Section::Flow, f.id, "mechanism", std::string(mechanism_key(f.mechanism)));
        out.put(Section::Flow, f.id, "frequency", f.frequency);
        out.put(Section::Flow, f.id, "agreement", f.agreement ? "yes" : "no");
        out.put(Section::Flow, f.id, "notes", f.notes);
    }
}

}  // namespace

// The evidence register: each document is an item (matched by id) whose
// fields merge one by one like a system's; its supported indicators are one
// list, so links added on both sides differently are a conflict to settle.
void flatten_evidence(const Assessment& a, Fields& fields) {
    for (const auto& d : a.evidence) {
        auto put = [&](const char* field, std::string value) {
            if (!value.empty()) fields[{Section::Document, d.id, field}] = std::move(value);
        };
        put("", "present");
        put("title", d.title);
        put("issuer", d.issuer);
        put("date", d.date);
        put("seen-by", d.seen_by);
        put("kept-at", d.kept_at);
        put("confidentiality", std::string(confidentiality_key(d.confidentiality)));
        put("sha256", d.sha256);
        put("type", std::string(document_type_key(d.type)));
        // The supported indicators as one list: a link added on one side
        // and another on the other side is a conflict the team settles.
        put("indicators", join(d.indicators));
    }
}

Fields flatten(const Assessment& a) {
    Flattener out;
    out.put(Section::Framework, "", "", a.framework_ref().sha256);
    const auto& m = a.metadata;
    const std::pair<const char*, const std::string*> metadata[] = {
        {"title", &m.title},         {"country", &m.country},   {"round", &m.round},
        {"start-date", &m.start_date}, {"end-date", &m.end_date}, {"facilitator", &m.facilitator},
        {"language", &m.language},   {"notes", &m.notes}};
    for (const auto& [name, value] : metadata) out.put(Section::Metadata, "", name, *value);
    out.put(Section::Metadata, "", "institutions", join(m.institutions));
    out.put(Section::Metadata, "", "anonymised", a.anonymised ? "true" : "");
    for (const auto& [question, answer] : a.profile) out.put(Section::Profile, question, "", answer);
    out.put(Section::Metadata, "", "core-schemes", join(a.core.schemes));
    out.put(Section::Metadata, "", "core-systems", join(a.core.systems));
    out.put(Section::Metadata, "", "method", std::to_string(a.method));
    out.put(Section::Metadata, "", "baseline-file", m.baseline.file);
    out.put(Section::Metadata, "", "baseline-round", m.baseline.round);
    out.put(Section::Metadata, "", "baseline-fingerprint", m.baseline.fingerprint);
    for (const auto& [id, last] : a.previous) {
        out.put(Section::Previous, id, "result", vote_key(last.result));
        out.put(Section::Previous, id, "target", last.target ? std::to_string(*last.target) : "");
        out.put(Section::Previous, id, "carried-from", last.carried_from);
    }
    for (const auto& [id, r] : a.responses) {
        out.put(Section::Response, id, "agreed", r.agreed ? vote_key(*r.agreed) : "");
        out.put(Section::Response, id, "rationale", r.rationale);
        out.put(Section::Response, id, "carried-from", r.carried_from);
        out.put(Section::Response, id, "target", r.target ? std::to_string(*r.target) : "");
        out.put(Section::Response, id, "confidence", std::string(confidence_key(r.confidence)));
        out.put(Section::Response, id, "evidence", r.evidence);
        out.put(Section::Response, id, "links", join(r.links));
        out.put(Section::Response, id, "notes", r.notes);
        for (const auto& [participant, vote] : r.votes) out.put(Section::Vote, id, participant, vote_key(vote));
    }
    flatten_items(a, out);
    flatten_evidence(a, out.fields);
    for (const auto& [id, step] : a.roadmap.steps) {
        out.put(Section::Step, id, "owner", step.owner);
        out.put(Section::Step, id, "phase", step.pinned_phase.value_or(""));
        out.put(Section::Step, id, "excluded", step.excluded ? "true" : "");
        out.put(Section::Step, id, "reason", step.exclusion_reason);
        // A step choice that is all defaults still exists as an entry.
        if (step == StepOverride{}) out.put(Section::Step, id, "", "present");
    }
    for (const auto& [domain, lead] : a.roadmap.domain_leads) out.put(Section::DomainLead, domain, "", lead);
    return std::move(out.fields);
}

ItemOrder item_order(const Assessment& a) {
    ItemOrder order;
    for (const auto& p : a.participants) order.participants.push_back(p.id);
    for (const auto& s : a.systems.systems) order.systems.push_back(s.id);
    for (const auto& f : flows_with_ids(a.systems)) order.flows.push_back(f.id);
    for (const auto& d : a.evidence) order.documents.push_back(d.id);
    return order;
}

std::string describe(const FieldKey& key) {
    auto item = [&](const char* what) {
        std::string out = std::string(what) + "[" + key.item + "]";
        return key.field.empty() ? out : out + "." + key.field;
    };
    switch (key.section) {
    case Section::Framework: return "framework";
    case Section::Metadata: return "metadata." + key.field;
    case Section::Profile: return "profile[" + key.item + "]";
    case Section::Participant: return item("participant");
    case Section::Response: return item("indicator");
    case Section::Vote: return "indicator[" + key.item + "].vote[" + key.field + "]";
    case Section::System: return item("system");
    case Section::Flow: return item("flow");
    case Section::Step: return item("roadmap.step");
    case Section::DomainLead: return "roadmap.domain-lead[" + key.item + "]";
    case Section::Previous: return "previous-round[" + key.item + "]." + key.field;
    case Section::Document: return item("document");
    }
    return key.item + "." + key.field;
}

std::string readable(const std::string& value) {
    std::string out;
    for (char c : value) {
        if (c == kListSeparator) out += "; ";
        else out += c;
    }
    return out;
}

}  // namespace socle::assessment::detail
