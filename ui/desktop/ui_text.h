#pragma once
// Conversions between the core's UTF-8 std::string / std::filesystem::path
// and wxString, in one place so that no file guesses an encoding.
#include <filesystem>
#include <string>
#include <string_view>

#include <wx/intl.h>
#include <wx/string.h>

namespace socle::desktop {

inline wxString to_wx(std::string_view text) { return wxString::FromUTF8(text.data(), text.size()); }
inline std::string to_utf8(const wxString& text) { return std::string(text.utf8_str()); }

inline wxString path_to_wx(const std::filesystem::path& path) { return wxString(path.wstring()); }
inline std::filesystem::path to_path(const wxString& text) { return std::filesystem::path(text.ToStdWstring()); }

// A core label marked N_() (English, UTF-8), translated for display.
inline wxString translated(std::string_view core_label) { return wxGetTranslation(to_wx(core_label)); }

}  // namespace socle::desktop
