#include "ui/desktop/services/samples.h"

#include <algorithm>
#include <system_error>

#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "ui/desktop/services/ui_text.h"

namespace fs = std::filesystem;

namespace socle::desktop {

std::vector<fs::path> sample_folders() {
    std::vector<fs::path> candidates;
    wxString env;
    if (wxGetEnv("SOCLE_SAMPLES_DIR", &env) && !env.empty()) candidates.push_back(to_path(env));
    const fs::path exe_dir = to_path(wxFileName(wxStandardPaths::Get().GetExecutablePath()).GetPath());
    candidates.push_back(exe_dir / "samples");
    candidates.push_back(exe_dir.parent_path() / "share" / "socle" / "samples");
    candidates.push_back(to_path(wxString::FromUTF8(SOCLE_SOURCE_SAMPLES_DIR)));

    std::vector<fs::path> found;
    std::error_code ec;
    for (const auto& dir : candidates)
        if (fs::is_directory(dir, ec) && std::find(found.begin(), found.end(), dir) == found.end()) found.push_back(dir);
    return found;
}

std::vector<fs::path> find_samples() {
    for (const auto& dir : sample_folders()) {
        std::vector<fs::path> files;
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".socle" && it->is_regular_file(ec)) files.push_back(it->path());
        if (!files.empty()) {
            std::sort(files.begin(), files.end());
            return files;
        }
    }
    return {};
}

}  // namespace socle::desktop
