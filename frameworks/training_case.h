#pragma once
// A training case (issue 21, docs/training.md): a fictional country for a
// course, with its institutions, system map, an evidence pack per indicator
// and the expert key. Content like a framework, read from XML by
// training_case_loader.h. Plain values.
#include <string>
#include <vector>

#include "frameworks/localized_text.h"
#include "frameworks/system_category.h"

namespace socle::frameworks {

// A profile answer, as in the <profile> of a .socle file.
struct TrainingAnswer {
    std::string question;  // the framework's profile question id
    std::string value;     // its option id ("yes")
    int line = 0;
};

struct TrainingInstitution {
    std::string id;
    LocalizedText name;
};

// A system of the case's map. status stays a key ("operational"): the
// assessment module, which owns the statuses, checks it when copying the
// map into a team's file (line says where).
struct TrainingSystem {
    std::string id;
    SystemCategory category = SystemCategory::Other;
    std::string owner;  // a TrainingInstitution id
    std::string status = "operational";
    LocalizedText name;
    LocalizedText notes;
    int line = 0;
};

struct TrainingFlow {
    std::string from;  // system ids
    std::string to;
    std::string mechanism;  // key of the assessment format ("api"), checked like status
    bool agreement = false;
    LocalizedText data;
    LocalizedText frequency;
    int line = 0;
};

// One excerpt of the evidence pack: a document (label = its title) or
// interview notes (label = who was heard). Matched across languages by
// order within the indicator.
struct TrainingEvidence {
    LocalizedText label;
    LocalizedText text;
};

struct TrainingIndicator {
    std::string id;
    std::vector<TrainingEvidence> documents;
    std::vector<TrainingEvidence> interviews;
    int key_level = 0;  // 1..5
    LocalizedText rationale;
    LocalizedText decisive;  // the descriptor sentence that decides the key
    int line = 0;
    int column = 0;
};

struct TrainingCase {
    std::string id;
    std::string version;
    std::string framework;  // the framework whose indicators the case rates
    std::string framework_version;
    LocalizedText title;
    LocalizedText country_name;  // says that the country is fictional
    LocalizedText profile;       // paragraphs separated by an empty line
    std::vector<TrainingAnswer> answers;
    std::vector<TrainingInstitution> institutions;
    std::vector<TrainingSystem> systems;
    std::vector<TrainingFlow> flows;
    std::vector<TrainingIndicator> indicators;
    std::string source_name;  // file path or "builtin:..."

    const TrainingInstitution* find_institution(const std::string& institution_id) const;
    const TrainingIndicator* find_indicator(const std::string& indicator_id) const;
};

// The language a case's texts fall back to.
inline constexpr const char* kTrainingDefaultLanguage = "en";

}  // namespace socle::frameworks
