#include "frameworks/form_field_names.h"

#include <set>

#include "common/text.h"

namespace socle::frameworks {

namespace {

std::string base_name(const std::string& id) {
    std::string name;
    for (const char c : id) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        name.push_back(keep ? c : '_');
    }
    if (name.empty() || (name.front() >= '0' && name.front() <= '9')) name = "i_" + name;
    return name;
}

// Gives out names unique regardless of case.
class NameClaims {
public:
    NameClaims() {
        for (const char* fixed : {kFormParticipantName, kFormInstitution, kFormRole, kFormProfileGroup})
            taken_.insert(fixed);
    }
    std::string claim(const std::string& id) {
        const std::string base = base_name(id);
        std::string name = base;
        for (int n = 2; taken_.count(common::to_lower_ascii(name)); ++n) name = base + "_" + std::to_string(n);
        taken_.insert(common::to_lower_ascii(name));
        return name;
    }

private:
    std::set<std::string> taken_;
};

}  // namespace

FormFieldNames form_field_names(const Framework& framework) {
    FormFieldNames names;
    NameClaims claims;
    // Profile questions first, then domains and indicators in framework
    // order: a framework that gains an indicator at the end keeps every
    // name it had.
    for (const auto& question : framework.profile) names.questions[question.id] = claims.claim(question.id);
    for (const auto& domain : framework.domains) {
        names.domains[domain.id] = claims.claim(domain.id);
        for (const auto& indicator : domain.indicators) names.indicators[indicator.id] = claims.claim(indicator.id);
    }
    return names;
}

}  // namespace socle::frameworks
