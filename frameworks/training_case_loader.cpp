#include "frameworks/training_case_loader.h"

#include <algorithm>
#include <set>

#include "common/atomic_file.h"
#include "common/path_text.h"
#include "common/text.h"
#include "common/utf8.h"
#include "frameworks/detail/content_reader.h"
#include "frameworks/detail/xml_support.h"

namespace socle::frameworks {

namespace {

constexpr int kSupportedFormat = 1;
constexpr int kHighestLevel = 5;  // the key is on a five-level scale; check_training_case knows the framework's

// The profile keeps its paragraphs (an empty line between two), each with
// its whitespace folded.
std::string folded_paragraphs(const std::string& text) {
    std::string out;
    std::string paragraph;
    auto flush = [&] {
        const std::string folded = common::fold_whitespace(paragraph);
        if (!folded.empty()) out += (out.empty() ? "" : "\n\n") + folded;
        paragraph.clear();
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        const std::string line = text.substr(start, end - start);
        if (common::fold_whitespace(line).empty())
            flush();
        else
            paragraph += line + " ";
        start = end + 1;
    }
    flush();
    return out;
}

class TrainingReader : private detail::ContentReader {
public:
    TrainingReader(std::string file, const common::LineIndex& lines, common::Diagnostics& diagnostics)
        : ContentReader(std::move(file), lines, diagnostics, "docs/training.md") {
        default_lang_ = kTrainingDefaultLanguage;
    }

    void read(const pugi::xml_node& root, TrainingCase& training_case);

private:
    void read_country(const pugi::xml_node& node, TrainingCase& training_case);
    void read_institutions(const pugi::xml_node& node, TrainingCase& training_case);
    void read_systems(const pugi::xml_node& node, TrainingCase& training_case);
    void read_system(const pugi::xml_node& node, TrainingCase& training_case);
    void read_flow(const pugi::xml_node& node, TrainingCase& training_case);
    void read_indicator(const pugi::xml_node& node, TrainingCase& training_case);
    std::vector<TrainingEvidence> read_evidence(const pugi::xml_node& node, const char* element,
                                                const char* label, const std::string& owner);
    void read_key(const pugi::xml_node& node, TrainingIndicator& indicator, const std::string& owner);

    std::set<std::string> institution_ids_;
    std::set<std::string> system_ids_;
    std::set<std::string> indicator_ids_;
};

void TrainingReader::read(const pugi::xml_node& root, TrainingCase& training_case) {
    check_format(root, kSupportedFormat, "training case");
    std::set<std::string> case_ids;
    training_case.id = required_id(root, case_ids, "case");
    training_case.version = required_attribute(root, "version");
    training_case.framework = required_attribute(root, "framework");
    training_case.framework_version = required_attribute(root, "framework-version");
    check_children(root, {"title", "country", "institutions", "systems", "indicator"});
    read_texts(root, "title", training_case.title, true, "the case");
    if (const auto country = root.child("country"))
        read_country(country, training_case);
    else
        error(root, "the case has no <country>; it needs the country's name and profile");
    // Institutions first: systems name their owners.
    if (const auto institutions = root.child("institutions")) read_institutions(institutions, training_case);
    if (const auto systems = root.child("systems")) read_systems(systems, training_case);
    if (!root.child("indicator")) error(root, "the case has no <indicator>; it needs one per indicator it rates");
    for (auto node = root.child("indicator"); node; node = node.next_sibling("indicator"))
        read_indicator(node, training_case);
}

void TrainingReader::read_country(const pugi::xml_node& node, TrainingCase& training_case) {
    check_children(node, {"name", "profile", "answer"});
    read_texts(node, "name", training_case.country_name, true, "the country");
    for (auto profile = node.child("profile"); profile; profile = profile.next_sibling("profile")) {
        const std::string lang = common::fold_whitespace(profile.attribute("lang").value());
        if (lang.empty()) {
            error(profile, "<profile> needs a lang attribute (such as lang=\"en\")");
            continue;
        }
        if (training_case.profile.has(lang)) {
            error(profile, "the country has two <profile> texts in '" + lang + "'; keep one");
            continue;
        }
        training_case.profile.set(lang, folded_paragraphs(profile.text().get()));
    }
    if (!training_case.profile.has(default_lang_))
        error(node, "the country has no <profile> in the default language '" + default_lang_ + "'");
    std::set<std::string> answered;
    for (auto answer = node.child("answer"); answer; answer = answer.next_sibling("answer")) {
        const std::string question = required_attribute(answer, "question");
        const std::string value = required_attribute(answer, "value");
        if (question.empty() || value.empty()) continue;
        if (!answered.insert(question).second) {
            error(answer, "the profile question '" + question + "' is answered twice; keep one answer");
            continue;
        }
        training_case.answers.push_back({question, value, line_of(answer)});
    }
}

void TrainingReader::read_institutions(const pugi::xml_node& node, TrainingCase& training_case) {
    check_children(node, {"institution"});
    for (auto item = node.child("institution"); item; item = item.next_sibling("institution")) {
        TrainingInstitution institution;
        institution.id = required_id(item, institution_ids_, "institution");
        check_children(item, {"name"});
        read_texts(item, "name", institution.name, true, "institution '" + institution.id + "'");
        training_case.institutions.push_back(std::move(institution));
    }
}

void TrainingReader::read_systems(const pugi::xml_node& node, TrainingCase& training_case) {
    check_children(node, {"system", "flow"});
    for (auto item = node.child("system"); item; item = item.next_sibling("system")) read_system(item, training_case);
    for (auto item = node.child("flow"); item; item = item.next_sibling("flow")) read_flow(item, training_case);
}

void TrainingReader::read_system(const pugi::xml_node& node, TrainingCase& training_case) {
    TrainingSystem system;
    system.line = line_of(node);
    system.id = required_id(node, system_ids_, "system");
    const std::string owner = "system '" + system.id + "'";
    const std::string category = required_attribute(node, "category");
    if (const auto parsed = parse_category(category))
        system.category = *parsed;
    else if (!category.empty())
        error(node, owner + ": category '" + category + "' is not a system category (see frameworks/system_category.cpp)");
    system.owner = required_attribute(node, "owner");
    if (!system.owner.empty() && !training_case.find_institution(system.owner))
        error(node, owner + ": owner '" + system.owner + "' is no <institution> id of the case");
    const std::string status = common::fold_whitespace(node.attribute("status").value());
    if (!status.empty()) system.status = status;
    check_children(node, {"name", "notes"});
    read_texts(node, "name", system.name, true, owner);
    read_texts(node, "notes", system.notes, false, owner);
    training_case.systems.push_back(std::move(system));
}

void TrainingReader::read_flow(const pugi::xml_node& node, TrainingCase& training_case) {
    TrainingFlow flow;
    flow.line = line_of(node);
    flow.from = required_attribute(node, "from");
    flow.to = required_attribute(node, "to");
    for (const auto* end : {&flow.from, &flow.to})
        if (!end->empty() && !system_ids_.contains(*end))
            error(node, "the flow " + flow.from + " -> " + flow.to + " names '" + *end +
                            "', which is no <system> id of the case");
    flow.mechanism = required_attribute(node, "mechanism");
    const std::string agreement = common::fold_whitespace(node.attribute("agreement").value());
    if (agreement != "" && agreement != "yes" && agreement != "no")
        error(node, "agreement=\"" + agreement + "\" must be yes or no (or left out for a flow inside one institution)");
    flow.agreement = agreement == "yes";
    check_children(node, {"data", "frequency"});
    const std::string owner = "the flow " + flow.from + " -> " + flow.to;
    read_texts(node, "data", flow.data, true, owner);
    read_texts(node, "frequency", flow.frequency, false, owner);
    training_case.flows.push_back(std::move(flow));
}

std::vector<TrainingEvidence> TrainingReader::read_evidence(const pugi::xml_node& node, const char* element,
                                                            const char* label, const std::string& owner) {
    // The n-th <element> of each language is the n-th excerpt.
    std::vector<TrainingEvidence> items;
    std::vector<std::pair<std::string, std::size_t>> counts;  // language -> excerpts seen
    for (auto item = node.child(element); item; item = item.next_sibling(element)) {
        const std::string lang = common::fold_whitespace(item.attribute("lang").value());
        if (lang.empty()) {
            error(item, "<" + std::string(element) + "> needs a lang attribute (such as lang=\"en\")");
            continue;
        }
        auto count = std::find_if(counts.begin(), counts.end(), [&](const auto& entry) { return entry.first == lang; });
        if (count == counts.end()) count = counts.insert(counts.end(), {lang, 0});
        if (count->second == items.size()) items.emplace_back();
        auto& excerpt = items[count->second++];
        excerpt.label.set(lang, required_attribute(item, label));
        const std::string text = detail::folded_text(item);
        if (text.empty()) error(item, owner + ": the <" + element + "> in '" + lang + "' is empty");
        excerpt.text.set(lang, text);
    }
    if (items.empty()) error(node, owner + " has no <" + element + ">; the evidence pack needs one");
    return items;
}

void TrainingReader::read_key(const pugi::xml_node& node, TrainingIndicator& indicator, const std::string& owner) {
    const std::string level = required_attribute(node, "level");
    if (!level.empty()) {
        const auto value = common::parse_int(level);
        if (!value || *value < 1 || *value > kHighestLevel)
            error(node, owner + ": key level=\"" + level + "\" must be a whole number from 1 to 5");
        else
            indicator.key_level = *value;
    }
    check_children(node, {"rationale", "decisive"});
    read_texts(node, "rationale", indicator.rationale, true, owner + "'s key");
    read_texts(node, "decisive", indicator.decisive, true, owner + "'s key");
}

void TrainingReader::read_indicator(const pugi::xml_node& node, TrainingCase& training_case) {
    TrainingIndicator indicator;
    const auto where = at(node);
    indicator.line = where.line;
    indicator.column = where.column;
    indicator.id = required_id(node, indicator_ids_, "indicator");
    const std::string owner = "indicator '" + indicator.id + "'";
    check_children(node, {"document", "interview", "key"});
    indicator.documents = read_evidence(node, "document", "title", owner);
    indicator.interviews = read_evidence(node, "interview", "who", owner);
    const auto key = node.child("key");
    if (!key)
        error(node, owner + " has no <key>; give the agreed level, its rationale and its decisive sentence");
    else if (key.next_sibling("key"))
        error(key.next_sibling("key"), owner + " has two <key> elements; keep one");
    if (key) read_key(key, indicator, owner);
    training_case.indicators.push_back(std::move(indicator));
}

}  // namespace

TrainingCaseLoadResult load_training_case(std::string_view file_bytes, const std::string& source_name) {
    TrainingCaseLoadResult result;
    TrainingCase training_case;
    training_case.source_name = source_name;
    const bool read = detail::read_content_xml(
        file_bytes, source_name, "training-case", "a training case", result.diagnostics,
        [&](const pugi::xml_node& root, const common::LineIndex& lines) {
            TrainingReader(source_name, lines, result.diagnostics).read(root, training_case);
        });
    if (read && !result.diagnostics.has_errors()) result.training_case = std::move(training_case);
    return result;
}

TrainingCaseLoadResult load_training_case_file(const std::filesystem::path& path) {
    TrainingCaseLoadResult result;
    const auto bytes = common::read_file_or_diagnose(path, result.diagnostics);
    if (!bytes) return result;
    return load_training_case(*bytes, common::path_to_utf8(path));
}

common::Diagnostics check_training_case(const TrainingCase& training_case, const Framework& framework) {
    common::Diagnostics diagnostics;
    const auto& file = training_case.source_name;
    if (framework.id != training_case.framework || framework.version != training_case.framework_version) {
        diagnostics.error(file, 0, 0,
                          "the case is for " + training_case.framework + " " + training_case.framework_version +
                              ", not " + framework.id + " " + framework.version + "; check it against that version");
        return diagnostics;
    }
    const std::string of_framework = " (not in " + framework.id + " " + framework.version + ")";
    for (const auto& indicator : training_case.indicators) {
        if (!framework.find_indicator(indicator.id))
            diagnostics.error(file, indicator.line, indicator.column,
                              "indicator '" + indicator.id + "' is not an indicator of the framework" + of_framework);
        else if (indicator.key_level > framework.level_count())
            diagnostics.error(file, indicator.line, indicator.column,
                              "indicator '" + indicator.id + "': key level " + std::to_string(indicator.key_level) +
                                  " is beyond the framework's " + std::to_string(framework.level_count()) + " levels");
    }
    for (const auto& domain : framework.domains)
        for (const auto& indicator : domain.indicators)
            if (!training_case.find_indicator(indicator.id))
                diagnostics.error(file, 0, 0,
                                  "indicator '" + indicator.id + "' of " + framework.id +
                                      " has no <indicator> in the case; a case rates every indicator");
    for (const auto& answer : training_case.answers) {
        const auto* question = framework.find_question(answer.question);
        if (!question) {
            diagnostics.error(file, answer.line, 0,
                              "the profile answer names question '" + answer.question + "'" + of_framework);
            continue;
        }
        const bool known = std::any_of(question->options.begin(), question->options.end(),
                                       [&](const ProfileOption& option) { return option.id == answer.value; });
        if (!known)
            diagnostics.error(file, answer.line, 0,
                              "the profile answer '" + answer.value + "' is not an answer of question '" +
                                  answer.question + "'");
    }
    return diagnostics;
}

}  // namespace socle::frameworks
