#pragma once
// Where Socle keeps per-user files, following each platform's convention.
// The core cannot ask wx (wxStandardPaths), so it reads the same environment
// variables the platforms define.
#include <filesystem>

namespace socle::common {

// Per-user data folder: $XDG_DATA_HOME/socle (~/.local/share/socle) on
// Linux, %APPDATA%\Socle on Windows, ~/Library/Application Support/Socle on
// macOS.
std::filesystem::path user_data_dir();

// Folder for user-authored frameworks: $SOCLE_FRAMEWORKS_DIR when set,
// otherwise user_data_dir()/frameworks.
std::filesystem::path user_frameworks_dir();

// Folder for the team's own and imported good-practice cases:
// $SOCLE_PRACTICES_DIR when set, otherwise user_data_dir()/practices.
std::filesystem::path user_practices_dir();

}  // namespace socle::common
