#pragma once
// The taxonomy of social protection information systems (aligned with the
// Digital Convergence Initiative's building blocks). Frameworks tag
// indicators with these keys; the system map classifies systems with them.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace socle::frameworks {

enum class SystemCategory {
    CivilRegistration,
    NationalId,
    SocialRegistry,
    BeneficiaryRegistry,
    ProgrammeMis,
    SocialInsurance,
    HealthInsurance,
    PaymentPlatform,
    IdAccountMapper,
    FinancialServiceProvider,
    Tax,
    EmploymentServices,
    Grievance,
    DataWarehouse,
    Gis,
    DataExchange,
    Other,
};

// The key used in files ("social_registry").
std::string_view category_key(SystemCategory category);
// English label, marked for translation ("Social registry").
std::string_view category_label(SystemCategory category);
std::optional<SystemCategory> parse_category(std::string_view key);
std::span<const SystemCategory> all_categories();

// One palette for every picture of the map (the screen, PNG, SVG, DOT): a
// strong colour per category for borders and legends, and the pale fill
// made from it, so that a category looks the same wherever the map is seen.
struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    std::string hex() const;  // "#6a1b9a"
    bool operator==(const Rgb&) const = default;
};
Rgb category_colour(SystemCategory category);
Rgb category_fill(SystemCategory category);  // the colour taken 84 % of the way to white

}  // namespace socle::frameworks
