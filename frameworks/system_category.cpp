#include "frameworks/system_category.h"

#include <algorithm>
#include <cmath>

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

// Sources, in sRGB hex: Paul Tol, "Colour schemes", SRON technical note
// SRON/EPS/TN/09-002 issue 3.2 (2021), https://personal.sron.nl/~pault/
// (schemes bright, vibrant, muted, light, medium-contrast); Okabe and Ito,
// "Color Universal Design" (2002), https://jfly.uni-koeln.de/color/. The
// seventeen were picked from those schemes' colours to keep every pair far
// apart, with and without simulated colour-vision deficiency (Machado et
// al. 2009); the neutral grey stays for "Other".
Rgb category_colour(SystemCategory category) {
    using C = SystemCategory;
    switch (category) {
        case C::CivilRegistration: return {0x33, 0x22, 0x88};         // Tol muted indigo
        case C::NationalId: return {0x44, 0x77, 0xAA};                // Tol bright blue
        case C::IdAccountMapper: return {0x33, 0xBB, 0xEE};           // Tol vibrant cyan
        case C::SocialRegistry: return {0xCC, 0x33, 0x11};            // Tol vibrant red
        case C::BeneficiaryRegistry: return {0xEE, 0x33, 0x77};       // Tol vibrant magenta
        case C::ProgrammeMis: return {0xFF, 0xAA, 0xBB};              // Tol light pink
        case C::SocialInsurance: return {0x11, 0x77, 0x33};           // Tol muted green
        case C::HealthInsurance: return {0x44, 0xBB, 0x99};           // Tol light mint
        case C::PaymentPlatform: return {0xE6, 0x9F, 0x00};           // Okabe-Ito orange
        case C::FinancialServiceProvider: return {0xF0, 0xE4, 0x42};  // Okabe-Ito yellow
        case C::Tax: return {0x99, 0x99, 0x33};                       // Tol muted olive
        case C::EmploymentServices: return {0xEE, 0xCC, 0x66};        // Tol medium-contrast light yellow
        case C::Grievance: return {0xAA, 0x44, 0x99};                 // Tol muted purple
        case C::DataWarehouse: return {0x00, 0x44, 0x88};             // Tol high/medium-contrast dark blue
        case C::Gis: return {0xEE, 0x88, 0x66};                       // Tol light orange
        case C::DataExchange: return {0x88, 0x22, 0x55};              // Tol muted wine
        case C::Other: return {0x75, 0x75, 0x75};                     // neutral grey
    }
    return {0x75, 0x75, 0x75};
}

int category_number(SystemCategory category) { return static_cast<int>(category) + 1; }

namespace {
double linear(std::uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double relative_luminance(Rgb colour) {
    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}
}  // namespace

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb readable_text_on(Rgb background) {
    return contrast_ratio(kDarkText, background) >= contrast_ratio(kWhiteText, background) ? kDarkText : kWhiteText;
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
