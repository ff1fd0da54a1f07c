#include "frameworks/practice_queries.h"

#include <algorithm>
#include <set>

namespace socle::frameworks {

namespace {

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

int level_for(const PracticeCase& item, std::string_view indicator) {
    for (const auto& link : item.links)
        if (link.indicator == indicator) return link.level;
    return 0;
}

}  // namespace

std::vector<PracticeMatch> cases_for_indicator(const PracticeLibrary& library, std::string_view indicator) {
    std::vector<PracticeMatch> matches;
    for (const auto& item : library.cases)
        if (const int level = level_for(item, indicator)) matches.push_back({&item, level});
    std::stable_sort(matches.begin(), matches.end(), [](const PracticeMatch& a, const PracticeMatch& b) {
        return a.level != b.level ? a.level > b.level : a.item->id < b.item->id;
    });
    return matches;
}

std::vector<PracticeMatch> cases_above_level(const PracticeLibrary& library, std::string_view indicator,
                                             int room_level) {
    std::vector<PracticeMatch> matches;
    for (const auto& item : library.cases)
        if (const int level = level_for(item, indicator); level > room_level) matches.push_back({&item, level});
    std::stable_sort(matches.begin(), matches.end(), [](const PracticeMatch& a, const PracticeMatch& b) {
        return a.level != b.level ? a.level < b.level : a.item->id < b.item->id;
    });
    return matches;
}

std::vector<PracticeMatch> cases_for_step(const PracticeLibrary& library, std::string_view indicator, int from,
                                          int to) {
    auto matches = cases_above_level(library, indicator, from);
    std::erase_if(matches, [&](const PracticeMatch& match) { return match.level > std::max(to, from) + 1; });
    return matches;
}

std::optional<PracticeSummary> practice_summary(const PracticeCase& item, std::string_view lang) {
    const auto* text = item.summary.find(lang);
    if (!text) return std::nullopt;
    const auto status = item.summary.status(lang);
    return PracticeSummary{*text, status == ReviewStatus::Draft || status == ReviewStatus::Unstated};
}

std::vector<const PracticeCase*> cases_for_country(const PracticeLibrary& library, std::string_view country) {
    const std::string wanted = ascii_lower(country);
    std::vector<const PracticeCase*> found;
    for (const auto& item : library.cases) {
        bool match = !item.country.empty() && ascii_lower(item.country) == wanted;
        for (const auto& [lang, name] : item.country_name.all()) match = match || ascii_lower(name) == wanted;
        if (match) found.push_back(&item);
    }
    return found;
}

std::vector<std::string> practice_countries(const PracticeLibrary& library) {
    std::set<std::string> codes;
    for (const auto& item : library.cases)
        if (!item.country.empty()) codes.insert(item.country);
    return {codes.begin(), codes.end()};
}

}  // namespace socle::frameworks
