#include "frameworks/framework.h"

namespace socle::frameworks {

std::string_view effort_key(Effort effort) {
    switch (effort) {
        case Effort::Small: return "S";
        case Effort::Medium: return "M";
        case Effort::Large: return "L";
    }
    return "M";
}

std::string_view language_status_key(LanguageStatus status) {
    switch (status) {
        case LanguageStatus::Complete: return "complete";
        case LanguageStatus::Draft: return "draft";
        case LanguageStatus::Undeclared: return "undeclared";
    }
    return "undeclared";
}

std::string_view mapping_relation_key(MappingRelation relation) {
    switch (relation) {
        case MappingRelation::Equal: return "equal";
        case MappingRelation::Subset: return "subset";
        case MappingRelation::Superset: return "superset";
        case MappingRelation::Intersect: return "intersect";
    }
    return "intersect";
}

std::size_t Framework::indicator_count() const {
    std::size_t count = 0;
    for (const auto& domain : domains) count += domain.indicators.size();
    return count;
}

const Domain* Framework::find_domain(std::string_view domain_id) const {
    for (const auto& domain : domains)
        if (domain.id == domain_id) return &domain;
    return nullptr;
}

const Indicator* Framework::find_indicator(std::string_view indicator_id) const {
    const auto it = index_.find(indicator_id);
    if (it == index_.end()) return nullptr;
    return &domains[it->second.domain].indicators[it->second.indicator];
}

const ProfileQuestion* Framework::find_question(std::string_view question_id) const {
    for (const auto& question : profile)
        if (question.id == question_id) return &question;
    return nullptr;
}

const LanguageInfo* Framework::find_language(std::string_view code) const {
    for (const auto& language : languages)
        if (language.code == code) return &language;
    return nullptr;
}

const Source* Framework::find_source(std::string_view source_id) const {
    for (const auto& source : sources)
        if (source.id == source_id) return &source;
    return nullptr;
}

void Framework::rebuild_index() {
    index_.clear();
    for (std::size_t d = 0; d < domains.size(); ++d)
        for (std::size_t i = 0; i < domains[d].indicators.size(); ++i)
            index_.emplace(domains[d].indicators[i].id, IndicatorRef{d, i});
}

}  // namespace socle::frameworks
