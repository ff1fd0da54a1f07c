// Reads a .socle document. Every problem is reported with its line and
// column; an assessment is returned only when the file is sound, so a
// damaged file is never half-loaded (and so never saved back half-empty).
#include <set>
#include <unordered_set>

#include "assessment/assessment_io.h"
#include "assessment/detail_evidence_xml.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "common/path_text.h"
#include "common/sha256.h"
#include "common/text.h"
#include "common/utf8.h"
#include "frameworks/detail/xml_support.h"
#include "frameworks/framework_loader.h"

namespace socle::assessment {

namespace {

namespace fx = frameworks::detail;

class AssessmentReader {
public:
    AssessmentReader(std::string file, const common::LineIndex& lines, common::Diagnostics& diagnostics)
        : file_(std::move(file)), lines_(lines), diagnostics_(diagnostics) {}

    std::shared_ptr<const frameworks::Framework> read_framework(const pugi::xml_node& root,
                                                                const FrameworkResolver& resolver);
    void read_body(const pugi::xml_node& root, Assessment& assessment);

private:
    void error(const pugi::xml_node& node, const std::string& message) {
        const auto at = fx::position_of(node, lines_);
        diagnostics_.error(file_, at.line, at.column, message);
    }
    // Element text as written (not folded: evidence keeps its line breaks).
    static std::string text(const pugi::xml_node& node) { return node.text().get(); }
    static std::string child_text(const pugi::xml_node& node, const char* name) { return text(node.child(name)); }

    std::optional<Vote> vote(const pugi::xml_node& node, const char* value, int levels);
    void read_metadata(const pugi::xml_node& node, Metadata& metadata);
    void read_participants(const pugi::xml_node& node, Assessment& assessment);
    void read_responses(const pugi::xml_node& node, Assessment& assessment);
    void read_previous(const pugi::xml_node& node, Assessment& assessment);
    void read_systems(const pugi::xml_node& root, SystemMap& map);
    void read_roadmap(const pugi::xml_node& node, RoadmapChoices& roadmap);

    std::string file_;
    const common::LineIndex& lines_;
    common::Diagnostics& diagnostics_;
};

std::shared_ptr<const frameworks::Framework> AssessmentReader::read_framework(const pugi::xml_node& root,
                                                                              const FrameworkResolver& resolver) {
    const auto ref = root.child("framework");
    if (!ref) {
        error(root, "the file does not say which framework it was made with (<framework> is missing)");
        return nullptr;
    }
    const std::string id = ref.attribute("id").value();
    const std::string version = ref.attribute("version").value();
    const std::string sha256 = ref.attribute("sha256").value();
    const auto snapshot = root.child("framework-snapshot");
    const auto restore_advice = "restore " + file_ + ".bak or a recovery file";
    // The reference names the framework; the snapshot must be that one.
    auto checked = [&](std::shared_ptr<const frameworks::Framework> framework) -> std::shared_ptr<const frameworks::Framework> {
        if (framework->id != id || framework->version != version) {
            error(ref, "the file says it was made with framework '" + id + "' " + version + ", but its snapshot is '" +
                           framework->id + "' " + framework->version + ": the file was edited by hand; " +
                           restore_advice);
            return nullptr;
        }
        return framework;
    };
    if (resolver) {
        if (auto known = resolver(id, version, sha256)) {
            // A cache is found by the fingerprint the file claims: trust it
            // only once the snapshot's bytes are hashed and match (a
            // tampered snapshot in a folder of files used to pass).
            if (!snapshot || common::sha256_hex(snapshot.text().get()) == sha256) return checked(std::move(known));
            error(snapshot, "the framework snapshot does not match its fingerprint (sha256): the file was damaged or "
                            "edited by hand; " + restore_advice);
            return nullptr;
        }
    }
    if (!snapshot) {
        error(ref, "the framework snapshot is missing and framework '" + id + "' " + version +
                       " is not installed; open the file on the computer where it was made and save it again");
        return nullptr;
    }
    // load_framework fingerprints the bytes it reads: compare with the
    // fingerprint recorded at save time (hashing twice would double the cost).
    auto loaded = frameworks::load_framework(snapshot.text().get(), file_ + " (framework snapshot)");
    if (!loaded.ok() || loaded.framework->sha256 != sha256) {
        error(snapshot, "the framework snapshot does not match its fingerprint (sha256): the file was damaged or "
                        "edited by hand; " + restore_advice);
        return nullptr;
    }
    return checked(std::make_shared<const frameworks::Framework>(std::move(*loaded.framework)));
}

std::optional<Vote> AssessmentReader::vote(const pugi::xml_node& node, const char* value, int levels) {
    auto parsed = parse_vote(value, levels);
    if (!parsed)
        error(node, "vote '" + std::string(value) + "' is not a level from 1 to " + std::to_string(levels) +
                        ", 'na' or 'unknown'");
    return parsed;
}

void AssessmentReader::read_metadata(const pugi::xml_node& node, Metadata& metadata) {
    metadata.title = child_text(node, "title");
    metadata.country = child_text(node, "country");
    for (auto child = node.child("institution"); child; child = child.next_sibling("institution"))
        metadata.institutions.push_back(text(child));
    metadata.round = child_text(node, "round");
    metadata.start_date = child_text(node, "start-date");
    metadata.end_date = child_text(node, "end-date");
    metadata.facilitator = child_text(node, "facilitator");
    metadata.language = child_text(node, "language");
    metadata.notes = child_text(node, "notes");
    const auto baseline = node.child("baseline");
    metadata.baseline.file = baseline.attribute("file").value();
    metadata.baseline.round = baseline.attribute("round").value();
    metadata.baseline.fingerprint = baseline.attribute("fingerprint").value();
}

void AssessmentReader::read_participants(const pugi::xml_node& node, Assessment& assessment) {
    std::set<std::string> ids;
    for (auto child = node.child("participant"); child; child = child.next_sibling("participant")) {
        Participant participant;
        participant.id = child.attribute("id").value();
        if (participant.id.empty() || !ids.insert(participant.id).second) {
            error(child, participant.id.empty() ? "a participant has no id"
                                                : "participant id '" + participant.id + "' is used twice");
            continue;
        }
        participant.name = text(child);
        participant.institution = child.attribute("institution").value();
        participant.role = child.attribute("role").value();
        participant.anonymous = child.attribute("anonymous").as_bool();
        assessment.participants.push_back(std::move(participant));
    }
}

void AssessmentReader::read_responses(const pugi::xml_node& node, Assessment& assessment) {
    const auto& framework = assessment.framework();
    const int levels = framework.level_count();
    std::unordered_set<std::string_view> participants;  // views into assessment.participants, unchanged here
    for (const auto& participant : assessment.participants) participants.insert(participant.id);
    std::set<std::string> recorded;
    for (auto child = node.child("indicator"); child; child = child.next_sibling("indicator")) {
        const std::string id = child.attribute("id").value();
        if (!framework.find_indicator(id)) {
            error(child, "indicator '" + id + "' is not in framework '" + framework.id + "' " + framework.version);
            continue;
        }
        if (!recorded.insert(id).second) {
            error(child, "indicator '" + id + "' is recorded twice");
            continue;
        }
        IndicatorResponse response;
        if (const auto target = child.attribute("target")) {
            const auto value = common::parse_int(target.value());
            if (value && *value >= 1 && *value <= levels) response.target = value;
            else error(child, "target '" + std::string(target.value()) + "' is not a level from 1 to " + std::to_string(levels));
        }
        response.carried_from = child.attribute("carried-from").value();
        if (const auto confidence = parse_confidence(child.attribute("confidence").value()))
            response.confidence = *confidence;
        else
            error(child, "confidence '" + std::string(child.attribute("confidence").value()) + "' is not known");
        // One pass over the children (votes, then agreed/rationale, evidence,
        // links, notes): looking each name up with child() would scan all
        // the votes again for every field. The first of each field counts.
        pugi::xml_node agreed, rationale, evidence, notes;
        for (auto item = child.first_child(); item; item = item.next_sibling()) {
            const std::string_view name = item.name();
            if (name == "vote") {
                const std::string_view participant = item.attribute("participant").value();
                if (!participants.count(participant)) {
                    error(item, "vote by unknown participant '" + std::string(participant) + "'");
                    continue;
                }
                // Votes are written in id order: the hint makes each insert O(1).
                if (const auto parsed = vote(item, item.text().get(), levels))
                    response.votes.emplace_hint(response.votes.end(), participant, *parsed);
            } else if (name == "link") {
                response.links.push_back(text(item));
            } else if (name == "agreed") {
                if (!agreed) agreed = item;
            } else if (name == "rationale") {
                if (!rationale) rationale = item;
            } else if (name == "evidence") {
                if (!evidence) evidence = item;
            } else if (name == "notes") {
                if (!notes) notes = item;
            }
        }
        if (agreed) {
            response.agreed = vote(agreed, agreed.attribute("vote").value(), levels);
            response.rationale = text(agreed);
        } else {
            response.rationale = text(rationale);
        }
        // A file edited by hand (or by an older tool) must not bring in what
        // the editors refuse.
        const auto* indicator = framework.find_indicator(id);
        for (const auto& [participant, given] : response.votes)
            if (const auto refusal = refusal_of(*indicator, given))
                error(child, "the vote of '" + participant + "' on " + id + " is N/A: " + *refusal);
        if (response.agreed)
            if (const auto refusal = refusal_of(*indicator, *response.agreed))
                error(agreed, "the agreed level of " + id + " is N/A: " + *refusal);
        response.evidence = text(evidence);
        response.notes = text(notes);
        // An empty <indicator/> (hand-written; Socle never writes one) holds
        // nothing: kept, it made an assessment that saved without it and so
        // reopened different (found by fuzzing). Edits keep no empty response.
        if (!response.empty()) assessment.responses.emplace(id, std::move(response));
    }
}

void AssessmentReader::read_previous(const pugi::xml_node& node, Assessment& assessment) {
    const auto& framework = assessment.framework();
    const int levels = framework.level_count();
    for (auto child = node.child("indicator"); child; child = child.next_sibling("indicator")) {
        const std::string id = child.attribute("id").value();
        const auto* indicator = framework.find_indicator(id);
        if (!indicator) {
            error(child, "the last round's result names indicator '" + id + "', which is not in framework '" +
                             framework.id + "' " + framework.version + "; delete the line or restore " + file_ + ".bak");
            continue;
        }
        if (assessment.previous.count(id)) {
            error(child, "the last round's result on '" + id + "' is recorded twice; keep one");
            continue;
        }
        PreviousRating last;
        const auto result = vote(child, child.attribute("result").value(), levels);
        if (!result) continue;
        last.result = *result;
        if (const auto target = child.attribute("target")) {
            const auto value = common::parse_int(target.value());
            if (value && *value >= 1 && *value <= levels) last.target = value;
            else error(child, "target '" + std::string(target.value()) + "' is not a level from 1 to " + std::to_string(levels));
        }
        last.carried_from = child.attribute("carried-from").value();
        assessment.previous.emplace(id, std::move(last));
    }
}

void AssessmentReader::read_systems(const pugi::xml_node& root, SystemMap& map) {
    std::set<std::string> ids;
    for (auto child = root.child("systems").child("system"); child; child = child.next_sibling("system")) {
        InformationSystem system;
        system.id = child.attribute("id").value();
        if (system.id.empty() || !ids.insert(system.id).second) {
            error(child, system.id.empty() ? "a system has no id" : "system id '" + system.id + "' is used twice");
            continue;
        }
        const auto category = frameworks::parse_category(child.attribute("category").value());
        const auto status = parse_status(child.attribute("status").value());
        if (!category) error(child, "unknown system category '" + std::string(child.attribute("category").value()) + "'");
        if (!status) error(child, "unknown system status '" + std::string(child.attribute("status").value()) + "'");
        system.category = category.value_or(frameworks::SystemCategory::Other);
        system.status = status.value_or(SystemStatus::Operational);
        if (const auto maturity = child.attribute("maturity")) system.maturity = common::parse_int(maturity.value());
        system.name = child_text(child, "name");
        system.owner = child_text(child, "owner");
        system.hosting = child_text(child, "hosting");
        system.notes = child_text(child, "notes");
        for (auto link = child.child("indicator"); link; link = link.next_sibling("indicator"))
            system.linked_indicators.push_back(link.attribute("ref").value());
        map.systems.push_back(std::move(system));
    }
    std::set<std::string> flow_ids;
    for (auto child = root.child("flows").child("flow"); child; child = child.next_sibling("flow")) {
        DataFlow flow;
        flow.id = child.attribute("id").value();
        if (!flow.id.empty() && !flow_ids.insert(flow.id).second) {
            error(child, "flow id '" + flow.id + "' is used twice; each flow needs its own id (or none)");
            continue;
        }
        flow.from = child.attribute("from").value();
        flow.to = child.attribute("to").value();
        if (!ids.count(flow.from) || !ids.count(flow.to)) {
            error(child, "flow " + flow.from + " -> " + flow.to + " names a system that is not in <systems>");
            continue;
        }
        const auto mechanism = parse_mechanism(child.attribute("mechanism").value());
        if (!mechanism) error(child, "unknown flow mechanism '" + std::string(child.attribute("mechanism").value()) + "'");
        flow.mechanism = mechanism.value_or(FlowMechanism::Manual);
        flow.agreement = std::string_view(child.attribute("agreement").value()) == "yes";
        flow.data = child_text(child, "data");
        flow.frequency = child_text(child, "frequency");
        flow.notes = child_text(child, "notes");
        map.flows.push_back(std::move(flow));
    }
    // Files written before flows had ids: ids from the file alone.
    assign_legacy_flow_ids(map);
}

void AssessmentReader::read_roadmap(const pugi::xml_node& node, RoadmapChoices& roadmap) {
    for (auto child = node.child("domain-lead"); child; child = child.next_sibling("domain-lead"))
        roadmap.domain_leads[child.attribute("domain").value()] = text(child);
    for (auto child = node.child("step"); child; child = child.next_sibling("step")) {
        StepOverride choice;
        choice.owner = child.attribute("owner").value();
        if (const auto phase = child.attribute("phase")) choice.pinned_phase = phase.value();
        choice.excluded = child.attribute("excluded").as_bool();
        choice.exclusion_reason = text(child);
        roadmap.steps[child.attribute("id").value()] = std::move(choice);
    }
}

void AssessmentReader::read_body(const pugi::xml_node& root, Assessment& assessment) {
    assessment.anonymised = root.attribute("anonymised").as_bool();
    read_metadata(root.child("metadata"), assessment.metadata);
    for (auto answer = root.child("profile").child("answer"); answer; answer = answer.next_sibling("answer"))
        assessment.profile[answer.attribute("question").value()] = text(answer);
    for (auto name = root.child("core").child("scheme"); name; name = name.next_sibling("scheme"))
        assessment.core.schemes.push_back(text(name));
    for (auto name = root.child("core").child("system"); name; name = name.next_sibling("system"))
        assessment.core.systems.push_back(text(name));
    // Files written before the method was recorded were rated under method 1.
    if (const auto method = root.attribute("method")) {
        const auto value = common::parse_int(method.value());
        if (!value || *value < 1 || *value > kScoringMethod)
            error(root, "method=\"" + std::string(method.value()) + "\" is not a scoring method this Socle knows (1 to " +
                            std::to_string(kScoringMethod) + "); update Socle to open the file");
        else
            assessment.method = *value;
    } else {
        assessment.method = 1;
    }
    read_participants(root.child("participants"), assessment);
    read_responses(root.child("responses"), assessment);
    read_previous(root.child("previous-round"), assessment);
    read_systems(root, assessment.systems);
    read_roadmap(root.child("roadmap"), assessment.roadmap);
    detail::read_evidence(root.child("evidence"), assessment,
                          [this](const pugi::xml_node& node, const std::string& message) { error(node, message); });
}

// The writer leaves out the control characters XML 1.0 cannot hold, so one
// read from a file (raw, or written as a reference such as &#20;) would be
// lost silently at the next save: the fuzzer found an assessment that
// reopened different from what was saved. Refused at its place instead.
bool refuse_control_characters(const pugi::xml_node& root, const std::string& file, const common::LineIndex& lines,
                               common::Diagnostics& diagnostics) {
    auto refused = [&](const pugi::xml_node& node, const char* value) {
        // A reference to no character (&#55296; a surrogate, or a number
        // beyond U+10FFFF) becomes bytes that are not UTF-8: the file saved
        // from it would not reopen (found by fuzzing).
        if (common::find_invalid_utf8(value)) {
            const auto at = fx::position_of(node, lines);
            diagnostics.error(file, at.line, at.column,
                              "this text holds a character reference (&#...;) to no valid character: the file was "
                              "edited by hand or damaged; correct it, or restore " + file + ".bak or a recovery file");
            return true;
        }
        const auto control = common::find_control_character(value);
        if (!control) return false;
        const auto at = fx::position_of(node, lines);
        diagnostics.error(file, at.line, at.column,
                          "this text holds an invisible control character (code " +
                              std::to_string(static_cast<unsigned char>(value[*control])) +
                              ") that a .socle file cannot keep: the file was edited by hand or damaged; delete the "
                              "character, or restore " + file + ".bak or a recovery file");
        return true;
    };
    // Every node in document order, without recursion (a deep file must not
    // exhaust the stack).
    auto node = root;
    while (node) {
        if (refused(node, node.value())) return true;
        for (const auto& attribute : node.attributes())
            if (refused(node, attribute.value())) return true;
        if (const auto child = node.first_child()) {
            node = child;
            continue;
        }
        while (node != root && !node.next_sibling()) node = node.parent();
        if (node == root) break;
        node = node.next_sibling();
    }
    return false;
}

}  // namespace

AssessmentLoadResult read_assessment(std::string_view bytes, const std::string& file, const FrameworkResolver& resolver) {
    AssessmentLoadResult result;
    const common::LineIndex lines(bytes);
    // pugixml takes any byte in; a file damaged by an editor in another
    // encoding must not be loaded and saved back as it is.
    if (const auto bad = common::find_invalid_utf8(bytes)) {
        const auto here = lines.position(static_cast<std::ptrdiff_t>(*bad));
        result.diagnostics.error(file, here.line, here.column,
                                 "the file is not UTF-8 here: it was edited in another encoding or damaged; "
                                 "restore " + file + ".bak or a recovery file");
        return result;
    }
    pugi::xml_document doc;
    if (!fx::parse_xml(doc, bytes, file, lines, result.diagnostics)) return result;
    const auto root = doc.document_element();
    if (std::string_view(root.name()) != "socle-assessment") {
        const auto here = fx::position_of(root, lines);
        result.diagnostics.error(file, here.line, here.column,
                                 "the root element is <" + std::string(root.name()) +
                                     ">, but a .socle file starts with <socle-assessment>");
        return result;
    }
    const auto format = common::parse_int(root.attribute("format").value());
    if (!format || *format < 1 || *format > kAssessmentFormat) {
        const auto here = fx::position_of(root, lines);
        result.diagnostics.error(file, here.line, here.column,
                                 format && *format > kAssessmentFormat
                                     ? "this file was saved by a newer Socle (format " + std::to_string(*format) +
                                           "); update Socle to open it"
                                     : "the file has no valid format number");
        return result;
    }
    if (refuse_control_characters(root, file, lines, result.diagnostics)) return result;
    AssessmentReader reader(file, lines, result.diagnostics);
    auto framework = reader.read_framework(root, resolver);
    if (!framework) return result;
    Assessment assessment(std::move(framework));
    reader.read_body(root, assessment);
    if (!result.diagnostics.has_errors()) result.assessment = std::move(assessment);
    return result;
}

AssessmentLoadResult load_assessment_file(const std::filesystem::path& path, const FrameworkResolver& resolver) {
    AssessmentLoadResult result;
    const auto bytes = common::read_file_or_diagnose(path, result.diagnostics);
    if (!bytes) return result;
    return read_assessment(*bytes, common::path_to_utf8(path), resolver);
}

std::shared_ptr<const frameworks::Framework> FrameworkCache::find(std::string_view sha256) const {
    for (const auto& framework : frameworks_)
        if (framework->sha256 == sha256) return framework;
    return nullptr;
}

void FrameworkCache::add(std::shared_ptr<const frameworks::Framework> framework) {
    if (framework && !find(framework->sha256)) frameworks_.push_back(std::move(framework));
}

FrameworkResolver FrameworkCache::resolver() {
    return [this](std::string_view, std::string_view, std::string_view sha256) { return find(sha256); };
}

}  // namespace socle::assessment
