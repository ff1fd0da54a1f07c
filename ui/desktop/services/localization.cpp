#include "ui/desktop/services/localization.h"

#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>
#include <wx/utils.h>

namespace socle::desktop {

namespace {
wxString g_current = "en";

bool is_supported(const wxString& code) {
    for (const auto& language : interface_languages())
        if (language.code == code) return true;
    return false;
}

wxString system_language() {
    const wxString name = wxUILocale::GetLanguageCanonicalName(wxUILocale::GetSystemLanguage());
    return name.BeforeFirst('_');
}

void add_prefix_if_exists(const wxString& dir) {
    if (!dir.empty() && wxFileName::DirExists(dir)) wxFileTranslationsLoader::AddCatalogLookupPathPrefix(dir);
}
}  // namespace

const std::vector<InterfaceLanguage>& interface_languages() {
    static const std::vector<InterfaceLanguage> kLanguages = {
        {"en", "English"},
        {"fr", wxString::FromUTF8("Français")},
        {"ru", wxString::FromUTF8("Русский")},
        // Draft catalogs, pending a native speaker's review (docs/translating.md).
        {"lo", wxString::FromUTF8("ລາວ")},
        {"tg", wxString::FromUTF8("Тоҷикӣ")},
    };
    return kLanguages;
}

void add_catalog_search_paths() {
    wxString env;
    if (wxGetEnv("SOCLE_LOCALE_DIR", &env)) add_prefix_if_exists(env);
    const wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
    add_prefix_if_exists(exe.GetPath() + wxFILE_SEP_PATH + "locale");
    wxFileName installed(exe.GetPath(), "");
    installed.RemoveLastDir();
    add_prefix_if_exists(installed.GetPath() + wxFILE_SEP_PATH + "share" + wxFILE_SEP_PATH + "locale");
    add_prefix_if_exists(wxString::FromUTF8(SOCLE_BUILD_LOCALE_DIR));
}

wxString apply_interface_language(const wxString& code) {
    wxString wanted = code.empty() ? system_language() : code;
    if (!is_supported(wanted)) wanted = "en";
    auto* translations = new wxTranslations;
    translations->SetLanguage(wanted);
    if (wanted != "en") {
        translations->AddStdCatalog();
        translations->AddCatalog("socle");
    }
    wxTranslations::Set(translations);  // takes ownership, deletes the previous one
    g_current = wanted;
    return wanted;
}

wxString current_interface_language() { return g_current; }

}  // namespace socle::desktop
