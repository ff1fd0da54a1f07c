#pragma once
// The names a framework's domains, indicators and profile questions take in
// a survey form (XLSForm, for KoboToolbox and ODK) and in the CSV those tools
// export. An XLSForm name starts with a letter or "_" and holds letters,
// digits, "_", "-" and "."; ODK Central joins group and field with "-" and
// KoboToolbox with "/", so Socle keeps to letters, digits and "_":
// every other character of an id becomes "_" ("Q1.1" -> "Q1_1"), an id that
// starts with a digit gains "i_" in front ("1.2" -> "i_1_2"), and when two
// ids meet in one name (compared case-insensitively: exports may lower-case
// headers) the later one gains "_2", "_3"... The form writer and the
// submissions import both call this, so they always agree.
#include <map>
#include <string>

#include "frameworks/framework.h"

namespace socle::frameworks {

struct FormFieldNames {
    std::map<std::string, std::string> domains;     // domain id -> group name
    std::map<std::string, std::string> indicators;  // indicator id -> field name
    std::map<std::string, std::string> questions;   // profile question id -> field name
};

// Names for every domain, indicator and profile question of the framework.
// The names of the form's own fields (participant_name, institution, role)
// and of the profile group are never given to framework items.
FormFieldNames form_field_names(const Framework& framework);

// The fixed fields of the form besides the framework's.
inline constexpr const char* kFormParticipantName = "participant_name";
inline constexpr const char* kFormInstitution = "institution";
inline constexpr const char* kFormRole = "role";
inline constexpr const char* kFormProfileGroup = "profile";

}  // namespace socle::frameworks
