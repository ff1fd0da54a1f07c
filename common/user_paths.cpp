#include "common/user_paths.h"

#include <cstdlib>
#include <string>

namespace fs = std::filesystem;

namespace socle::common {

namespace {
// On Windows the narrow environment is in the ANSI code page: a user folder
// named in Cyrillic or Lao only survives the wide one.
fs::path env_path(const char* name) {
#if defined(_WIN32)
    const std::wstring wide_name(name, name + std::char_traits<char>::length(name));
    const wchar_t* value = ::_wgetenv(wide_name.c_str());
#else
    const char* value = std::getenv(name);
#endif
    return value && *value ? fs::path(value) : fs::path();
}
}  // namespace

fs::path user_data_dir() {
#if defined(_WIN32)
    if (auto appdata = env_path("APPDATA"); !appdata.empty()) return appdata / "Socle";
    return fs::temp_directory_path() / "Socle";
#elif defined(__APPLE__)
    if (auto home = env_path("HOME"); !home.empty()) return home / "Library" / "Application Support" / "Socle";
    return fs::temp_directory_path() / "Socle";
#else
    if (auto xdg = env_path("XDG_DATA_HOME"); !xdg.empty()) return xdg / "socle";
    if (auto home = env_path("HOME"); !home.empty()) return home / ".local" / "share" / "socle";
    return fs::temp_directory_path() / "socle";
#endif
}

fs::path user_frameworks_dir() {
    if (auto dir = env_path("SOCLE_FRAMEWORKS_DIR"); !dir.empty()) return dir;
    return user_data_dir() / "frameworks";
}

fs::path user_practices_dir() {
    if (auto dir = env_path("SOCLE_PRACTICES_DIR"); !dir.empty()) return dir;
    return user_data_dir() / "practices";
}

}  // namespace socle::common
