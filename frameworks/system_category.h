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
// strong colour per category for bands and legends, and the pale fill
// made from it, so that a category looks the same wherever the map is seen.
// The colours come from Paul Tol's and Okabe & Ito's qualitative schemes,
// chosen so that any two differ by at least 20 CIE76 ΔE, and by 8 as seen
// with protanopia or deuteranopia (tests/frameworks/test_category_palette.cpp;
// docs/user-guide.md, "System map"). Seventeen hues cannot all stay far apart
// for every reader, so each category also has a number, drawn on the node's
// band and in the legend: the category is never told by colour alone.
struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    std::string hex() const;  // "#6a1b9a"
    bool operator==(const Rgb&) const = default;
};
Rgb category_colour(SystemCategory category);
Rgb category_fill(SystemCategory category);  // the colour taken 84 % of the way to white
int category_number(SystemCategory category);  // 1, 2, ... in the order of all_categories()

// Text on a coloured background: black or white, whichever has the higher
// WCAG 2 contrast ratio with it (never below 4.58:1, whatever the colour).
inline constexpr Rgb kDarkText{0, 0, 0};
inline constexpr Rgb kWhiteText{0xFF, 0xFF, 0xFF};
double contrast_ratio(Rgb a, Rgb b);  // WCAG 2: (L1 + 0.05) / (L2 + 0.05), 1 to 21
Rgb readable_text_on(Rgb background);

}  // namespace socle::frameworks
