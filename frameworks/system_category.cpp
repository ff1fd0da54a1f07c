#include "frameworks/system_category.h"

#include "common/i18n.h"

namespace socle::frameworks {

namespace {
struct CategoryInfo {
    SystemCategory category;
    std::string_view key;
    std::string_view label;
};

constexpr CategoryInfo kCategories[] = {
    {SystemCategory::CivilRegistration, "civil_registration", N_("Civil registration (CRVS)")},
    {SystemCategory::NationalId, "national_id", N_("Foundational / national ID")},
    {SystemCategory::SocialRegistry, "social_registry", N_("Social registry")},
    {SystemCategory::BeneficiaryRegistry, "beneficiary_registry", N_("Integrated beneficiary registry")},
    {SystemCategory::ProgrammeMis, "programme_mis", N_("Programme MIS")},
    {SystemCategory::SocialInsurance, "social_insurance", N_("Social insurance")},
    {SystemCategory::HealthInsurance, "health_insurance", N_("Health insurance")},
    {SystemCategory::PaymentPlatform, "payment_platform", N_("Payment platform")},
    {SystemCategory::IdAccountMapper, "id_account_mapper", N_("ID-account mapper")},
    {SystemCategory::FinancialServiceProvider, "financial_service_provider", N_("Financial service provider")},
    {SystemCategory::Tax, "tax", N_("Tax administration")},
    {SystemCategory::EmploymentServices, "employment_services", N_("Employment services")},
    {SystemCategory::Grievance, "grievance", N_("Grievance and case management")},
    {SystemCategory::DataWarehouse, "data_warehouse", N_("Data warehouse and analytics")},
    {SystemCategory::Gis, "gis", N_("GIS")},
    {SystemCategory::DataExchange, "data_exchange", N_("Data exchange layer")},
    {SystemCategory::Other, "other", N_("Other")},
};

constexpr SystemCategory kAll[] = {
    SystemCategory::CivilRegistration, SystemCategory::NationalId,      SystemCategory::SocialRegistry,
    SystemCategory::BeneficiaryRegistry, SystemCategory::ProgrammeMis,  SystemCategory::SocialInsurance,
    SystemCategory::HealthInsurance,   SystemCategory::PaymentPlatform, SystemCategory::IdAccountMapper,
    SystemCategory::FinancialServiceProvider, SystemCategory::Tax,      SystemCategory::EmploymentServices,
    SystemCategory::Grievance,         SystemCategory::DataWarehouse,   SystemCategory::Gis,
    SystemCategory::DataExchange,      SystemCategory::Other,
};
}  // namespace

std::string_view category_key(SystemCategory category) {
    return kCategories[static_cast<int>(category)].key;
}

std::string_view category_label(SystemCategory category) {
    return kCategories[static_cast<int>(category)].label;
}

std::optional<SystemCategory> parse_category(std::string_view key) {
    for (const auto& info : kCategories)
        if (info.key == key) return info.category;
    return std::nullopt;
}

std::span<const SystemCategory> all_categories() { return kAll; }

}  // namespace socle::frameworks
