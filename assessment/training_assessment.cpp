#include "assessment/training_assessment.h"

#include "common/error.h"

namespace socle::assessment {

namespace {

constexpr std::string_view kNotePrefix = "training case ";

const std::string& in(const frameworks::LocalizedText& text, const std::string& lang) {
    return text.get(lang, frameworks::kTrainingDefaultLanguage);
}

}  // namespace

std::string training_case_note(const frameworks::TrainingCase& training_case) {
    return std::string(kNotePrefix) + training_case.id + " " + training_case.version;
}

std::string training_case_named_in(const Metadata& metadata) {
    const auto at = metadata.notes.find(kNotePrefix);
    if (at == std::string::npos) return {};
    const auto start = at + kNotePrefix.size();
    const auto end = metadata.notes.find_first_of(" \n", start);
    return metadata.notes.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

TrainingAssessmentResult new_training_assessment(const frameworks::TrainingCase& training_case,
                                                 std::shared_ptr<const frameworks::Framework> framework,
                                                 const std::string& lang) {
    if (framework->id != training_case.framework || framework->version != training_case.framework_version)
        throw common::LogicError("new_training_assessment: the framework is not the case's");
    TrainingAssessmentResult result;
    Assessment made(std::move(framework));
    auto& metadata = made.metadata;
    metadata.title = in(training_case.title, lang);
    metadata.country = in(training_case.country_name, lang);
    metadata.round = kTrainingRound;
    metadata.language = lang;
    metadata.notes = training_case_note(training_case);
    for (const auto& institution : training_case.institutions)
        metadata.institutions.push_back(in(institution.name, lang));
    for (const auto& answer : training_case.answers) made.profile[answer.question] = answer.value;

    const auto& file = training_case.source_name;
    for (const auto& system : training_case.systems) {
        InformationSystem copy;
        copy.id = system.id;
        copy.name = in(system.name, lang);
        copy.category = system.category;
        // A .socle file names the owner, in the team's language.
        if (const auto* owner = training_case.find_institution(system.owner)) copy.owner = in(owner->name, lang);
        if (const auto status = parse_status(system.status))
            copy.status = *status;
        else
            result.diagnostics.error(file, system.line, 0,
                                     "system '" + system.id + "': status '" + system.status +
                                         "' is not a status of the assessment format (such as operational or pilot)");
        copy.notes = in(system.notes, lang);
        made.systems.systems.push_back(std::move(copy));
    }
    for (const auto& flow : training_case.flows) {
        DataFlow copy;
        copy.from = flow.from;
        copy.to = flow.to;
        copy.data = in(flow.data, lang);
        copy.frequency = in(flow.frequency, lang);
        copy.agreement = flow.agreement;
        if (const auto mechanism = parse_mechanism(flow.mechanism))
            copy.mechanism = *mechanism;
        else
            result.diagnostics.error(file, flow.line, 0,
                                     "the flow " + flow.from + " -> " + flow.to + ": mechanism '" + flow.mechanism +
                                         "' is not one of manual, file, database, api, standard_api");
        made.systems.flows.push_back(std::move(copy));
    }
    assign_fresh_flow_ids(made.systems);
    if (!result.diagnostics.has_errors()) result.assessment = std::move(made);
    return result;
}

}  // namespace socle::assessment
