#pragma once
// The taxonomy of social protection information systems (aligned with the
// Digital Convergence Initiative's building blocks). Frameworks tag
// indicators with these keys; the system map classifies systems with them.
#include <optional>
#include <span>
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

}  // namespace socle::frameworks
