// Writes an Assessment as a .socle document (format 1). The order of
// elements is fixed and maps are ordered, so output is deterministic.
#include <algorithm>
#include <string>

#include "assessment/assessment_io.h"
#include "assessment/detail_evidence_xml.h"
#include "assessment/detail_xml_out.h"
#include "common/atomic_file.h"
#include "common/version.h"

namespace socle::assessment {

namespace {

using detail::XmlOut;

void write_metadata(XmlOut& xml, const Metadata& metadata) {
    xml.open("metadata", 1);
    xml.close_open();
    xml.text_element("title", metadata.title, 2);
    xml.text_element("country", metadata.country, 2);
    for (const auto& institution : metadata.institutions) xml.text_element("institution", institution, 2);
    xml.text_element("round", metadata.round, 2);
    xml.text_element("start-date", metadata.start_date, 2);
    xml.text_element("end-date", metadata.end_date, 2);
    xml.text_element("facilitator", metadata.facilitator, 2);
    xml.text_element("language", metadata.language, 2);
    xml.text_element("notes", metadata.notes, 2);
    if (!metadata.baseline.empty()) {
        xml.open("baseline", 2);
        xml.attribute("file", metadata.baseline.file);
        xml.attribute("round", metadata.baseline.round);
        xml.attribute("fingerprint", metadata.baseline.fingerprint);
        xml.close_empty();
    }
    xml.end("metadata", 1);
}

void write_participants(XmlOut& xml, const std::vector<Participant>& participants) {
    if (participants.empty()) return;
    xml.open("participants", 1);
    xml.close_open();
    for (const auto& participant : participants) {
        xml.open("participant", 2);
        xml.attribute("id", participant.id);
        if (!participant.institution.empty()) xml.attribute("institution", participant.institution);
        if (!participant.role.empty()) xml.attribute("role", participant.role);
        if (participant.anonymous) xml.attribute("anonymous", "true");
        if (participant.name.empty()) xml.close_empty();
        else xml.close_with_text("participant", participant.name);
    }
    xml.end("participants", 1);
}

void write_response(XmlOut& xml, const std::string& indicator_id, const IndicatorResponse& response) {
    xml.open("indicator", 2);
    xml.attribute("id", indicator_id);
    if (response.target) xml.attribute("target", std::to_string(*response.target));
    if (response.confidence != Confidence::Unset) xml.attribute("confidence", confidence_key(response.confidence));
    if (response.provisional()) xml.attribute("carried-from", response.carried_from);
    xml.close_open();
    for (const auto& [participant, vote] : response.votes) {
        xml.open("vote", 3);
        xml.attribute("participant", participant);
        xml.close_with_text("vote", vote_key(vote));
    }
    if (response.agreed) {
        xml.open("agreed", 3);
        xml.attribute("vote", vote_key(*response.agreed));
        if (response.rationale.empty()) xml.close_empty();
        else xml.close_with_text("agreed", response.rationale);
    } else {
        xml.text_element("rationale", response.rationale, 3);
    }
    xml.text_element("evidence", response.evidence, 3);
    for (const auto& link : response.links) xml.text_element("link", link, 3);
    xml.text_element("notes", response.notes, 3);
    xml.end("indicator", 2);
}

// The last round's results (next_round.h), apart from this round's
// responses so that rating an indicator anew never changes them.
void write_previous(XmlOut& xml, const std::map<std::string, PreviousRating>& previous) {
    if (previous.empty()) return;
    xml.open("previous-round", 1);
    xml.close_open();
    for (const auto& [indicator, last] : previous) {
        xml.open("indicator", 2);
        xml.attribute("id", indicator);
        xml.attribute("result", vote_key(last.result));
        if (last.target) xml.attribute("target", std::to_string(*last.target));
        if (!last.carried_from.empty()) xml.attribute("carried-from", last.carried_from);
        xml.close_empty();
    }
    xml.end("previous-round", 1);
}

void write_systems(XmlOut& xml, const SystemMap& map) {
    if (!map.systems.empty()) {
        xml.open("systems", 1);
        xml.close_open();
        for (const auto& system : map.systems) {
            xml.open("system", 2);
            xml.attribute("id", system.id);
            xml.attribute("category", frameworks::category_key(system.category));
            xml.attribute("status", status_key(system.status));
            if (system.maturity) xml.attribute("maturity", std::to_string(*system.maturity));
            xml.close_open();
            xml.text_element("name", system.name, 3);
            xml.text_element("owner", system.owner, 3);
            xml.text_element("hosting", system.hosting, 3);
            xml.text_element("notes", system.notes, 3);
            for (const auto& indicator : system.linked_indicators) {
                xml.open("indicator", 3);
                xml.attribute("ref", indicator);
                xml.close_empty();
            }
            xml.end("system", 2);
        }
        xml.end("systems", 1);
    }
    if (!map.flows.empty()) {
        // A map built in code may have flows without ids: they get the ids
        // the reader would give them, so the file reopens unchanged.
        std::vector<DataFlow> with_ids;
        const auto missing = [](const DataFlow& flow) { return flow.id.empty(); };
        if (std::any_of(map.flows.begin(), map.flows.end(), missing)) {
            SystemMap copy{{}, map.flows};
            assign_legacy_flow_ids(copy);
            with_ids = std::move(copy.flows);
        }
        xml.open("flows", 1);
        xml.close_open();
        for (const auto& flow : with_ids.empty() ? map.flows : with_ids) {
            xml.open("flow", 2);
            xml.attribute("id", flow.id);
            xml.attribute("from", flow.from);
            xml.attribute("to", flow.to);
            xml.attribute("mechanism", mechanism_key(flow.mechanism));
            xml.attribute("agreement", flow.agreement ? "yes" : "no");
            if (flow.data.empty() && flow.frequency.empty() && flow.notes.empty()) {
                xml.close_empty();
                continue;
            }
            xml.close_open();
            xml.text_element("data", flow.data, 3);
            xml.text_element("frequency", flow.frequency, 3);
            xml.text_element("notes", flow.notes, 3);
            xml.end("flow", 2);
        }
        xml.end("flows", 1);
    }
}

void write_roadmap(XmlOut& xml, const RoadmapChoices& roadmap) {
    if (roadmap == RoadmapChoices{}) return;
    xml.open("roadmap", 1);
    xml.close_open();
    for (const auto& [domain, lead] : roadmap.domain_leads) {
        xml.open("domain-lead", 2);
        xml.attribute("domain", domain);
        xml.close_with_text("domain-lead", lead);
    }
    for (const auto& [step, choice] : roadmap.steps) {
        xml.open("step", 2);
        xml.attribute("id", step);
        if (!choice.owner.empty()) xml.attribute("owner", choice.owner);
        if (choice.pinned_phase) xml.attribute("phase", *choice.pinned_phase);
        if (choice.excluded) xml.attribute("excluded", "true");
        if (choice.exclusion_reason.empty()) xml.close_empty();
        else xml.close_with_text("step", choice.exclusion_reason);
    }
    xml.end("roadmap", 1);
}

}  // namespace

std::string write_assessment(const Assessment& assessment) {
    const auto& framework = assessment.framework();
    std::string out;
    out.reserve(framework.source_bytes.size() * 13 / 10 + 4096 + assessment.responses.size() * 512);
    XmlOut xml(out);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml.open("socle-assessment", 0);
    xml.attribute("format", std::to_string(kAssessmentFormat));
    xml.attribute("generator", "Socle " + std::string(common::kVersion));
    xml.attribute("method", std::to_string(assessment.method));
    if (assessment.anonymised) xml.attribute("anonymised", "true");
    xml.close_open();
    write_metadata(xml, assessment.metadata);

    const auto& ref = assessment.framework_ref();
    xml.open("framework", 1);
    xml.attribute("id", ref.id);
    xml.attribute("version", ref.version);
    xml.attribute("sha256", ref.sha256);
    xml.close_empty();

    if (!assessment.profile.empty()) {
        xml.open("profile", 1);
        xml.close_open();
        for (const auto& [question, answer] : assessment.profile) {
            xml.open("answer", 2);
            xml.attribute("question", question);
            xml.close_with_text("answer", answer);
        }
        xml.end("profile", 1);
    }
    if (!assessment.core.empty()) {
        xml.open("core", 1);
        xml.close_open();
        for (const auto& scheme : assessment.core.schemes) xml.text_element("scheme", scheme, 2);
        for (const auto& system : assessment.core.systems) xml.text_element("system", system, 2);
        xml.end("core", 1);
    }
    write_participants(xml, assessment.participants);
    if (!assessment.responses.empty()) {
        xml.open("responses", 1);
        xml.close_open();
        for (const auto& [indicator, response] : assessment.responses)
            if (!response.empty()) write_response(xml, indicator, response);
        xml.end("responses", 1);
    }
    write_previous(xml, assessment.previous);
    write_systems(xml, assessment.systems);
    write_roadmap(xml, assessment.roadmap);
    detail::write_evidence(xml, assessment.evidence);

    // Last, because it is long: the framework exactly as it was loaded, so
    // the file opens anywhere and its fingerprint can be checked.
    xml.open("framework-snapshot", 1);
    xml.close_with_text("framework-snapshot", framework.source_bytes);
    xml.end("socle-assessment", 0);
    return out;
}

void save_assessment_file(const Assessment& assessment, const std::filesystem::path& path) {
    common::write_file_atomically(path, write_assessment(assessment), {.keep_backup = true});
}

}  // namespace socle::assessment
