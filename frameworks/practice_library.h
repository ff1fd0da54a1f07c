#pragma once
// The good-practice library: country cases that show what an indicator's
// higher levels look like in practice, each tied to the indicators and
// levels it illustrates and to the sources its facts come from. Read from
// an XML file with the same conventions as a framework (see
// docs/practice-library.md).
#include <optional>
#include <string>
#include <vector>

#include "frameworks/localized_text.h"

namespace socle::frameworks {

// A published document a case's facts come from.
struct PracticeSource {
    std::string id;
    std::string title;  // as published, not translated
    std::string publisher;
    std::string year;
    std::string url;  // empty when the document has no address
};

// "This case shows level `level` of indicator `indicator`."
struct PracticeLink {
    std::string indicator;
    int level = 0;
    int line = 0;  // where the link is written, for the link check's messages
    int column = 0;
};

struct PracticeCase {
    std::string id;
    std::string country;  // ISO 3166-1 alpha-2 code, upper case ("TG")
    std::string region;   // one of practice_regions()
    int year_from = 0;
    int year_to = 0;  // 0 while ongoing
    LocalizedText country_name;
    LocalizedText title;
    LocalizedText schemes;  // the schemes and systems involved
    LocalizedText what;     // what was done
    LocalizedText took;     // what it took: time, partners, cost where published
    LocalizedText learnt;   // what went wrong or was learnt
    // A short summary per language, for languages the full texts are not
    // written in yet (Lao, Tajik); each carries its review status, and a
    // draft is shown as one.
    LocalizedText summary;
    std::vector<PracticeLink> links;
    std::vector<std::string> sources;  // PracticeSource ids
    bool anonymised = false;           // country left out on purpose
    int line = 0;
};

struct PracticeLibrary {
    std::string id;
    std::string version;
    std::string framework;          // the framework whose indicator ids the links use
    std::string framework_version;  // and its version
    std::string default_language = "en";
    std::vector<PracticeSource> sources;
    std::vector<PracticeCase> cases;
    std::string source_name;  // file path or "builtin:..."

    const PracticeSource* find_source(const std::string& source_id) const;
    const PracticeCase* find_case(const std::string& case_id) const;
};

// The regions a case may name, as written in the file.
const std::vector<std::string>& practice_regions();

}  // namespace socle::frameworks
