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

std::string Rgb::hex() const {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out = "#";
    for (const std::uint8_t part : {r, g, b}) {
        out.push_back(kDigits[part >> 4]);
        out.push_back(kDigits[part & 0xF]);
    }
    return out;
}

Rgb category_colour(SystemCategory category) {
    using C = SystemCategory;
    switch (category) {
        case C::CivilRegistration: return {0x6A, 0x1B, 0x9A};
        case C::NationalId: return {0x45, 0x27, 0xA0};
        case C::IdAccountMapper: return {0x8E, 0x24, 0xAA};
        case C::SocialRegistry: return {0x15, 0x65, 0xC0};
        case C::BeneficiaryRegistry: return {0x02, 0x77, 0xBD};
        case C::ProgrammeMis: return {0x00, 0x83, 0x8F};
        case C::SocialInsurance: return {0x2E, 0x7D, 0x32};
        case C::HealthInsurance: return {0x55, 0x8B, 0x2F};
        case C::PaymentPlatform: return {0xEF, 0x6C, 0x00};
        case C::FinancialServiceProvider: return {0xF9, 0xA8, 0x25};
        case C::Tax: return {0x6D, 0x4C, 0x41};
        case C::EmploymentServices: return {0x9E, 0x9D, 0x24};
        case C::Grievance: return {0xD8, 0x1B, 0x60};
        case C::DataWarehouse: return {0x00, 0x60, 0x64};
        case C::Gis: return {0x4E, 0x34, 0x2E};
        case C::DataExchange: return {0x28, 0x35, 0x93};
        case C::Other: return {0x75, 0x75, 0x75};
    }
    return {0x75, 0x75, 0x75};
}

Rgb category_fill(SystemCategory category) {
    const Rgb strong = category_colour(category);
    // Rounded to the nearest, as the screen's blend does: the same bytes everywhere.
    const auto towards_white = [](std::uint8_t part) {
        return static_cast<std::uint8_t>((part * 16 + 255 * 84 + 50) / 100);
    };
    return {towards_white(strong.r), towards_white(strong.g), towards_white(strong.b)};
}

}  // namespace socle::frameworks
