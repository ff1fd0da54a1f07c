#pragma once
// The interface language: gettext catalogs (po/*.po compiled to
// <prefix>/<lang>/LC_MESSAGES/socle.mo) loaded through wxTranslations.
// Framework content is not translated here: it carries its own languages.
#include <vector>

#include <wx/string.h>

namespace socle::desktop {

struct InterfaceLanguage {
    wxString code;         // "en", "fr", "ru"
    wxString native_name;  // shown in the menu in its own language
};

// The languages the interface is complete in.
const std::vector<InterfaceLanguage>& interface_languages();

// Registers the folders searched for catalogs: $SOCLE_LOCALE_DIR, next to
// the executable, the installed share/locale and the build tree. Call once.
void add_catalog_search_paths();

// Switches the interface to `code` (empty: the system language, when the
// interface has it, else English). Returns the code in force.
wxString apply_interface_language(const wxString& code);

// The code in force ("en" when none was applied).
wxString current_interface_language();

}  // namespace socle::desktop
