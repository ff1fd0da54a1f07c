#include "ui/desktop/services/settings.h"

#include <algorithm>

#include <wx/config.h>

#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {
constexpr const char* kLanguage = "/Interface/Language";
constexpr const char* kTextScale = "/Interface/TextScale";
constexpr const char* kAutosave = "/Files/AutosaveSeconds";
constexpr const char* kLastFolder = "/Files/LastFolder";
constexpr const char* kIndicatorList = "/Walkthrough/IndicatorList";
constexpr const char* kFacilitatorNotes = "/Walkthrough/FacilitatorNotes";
constexpr const char* kRecentCount = "/Files/Recent/Count";
constexpr int kDefaultAutosaveSeconds = 60;

wxString recent_key(int index) { return wxString::Format("/Files/Recent/File%d", index + 1); }

// A list like the recent files (a path is no config key: it holds the
// group separator): Place<n>/File and Place<n>/Indicator, most recent first.
constexpr const char* kPlaceCount = "/Files/Places/Count";
wxString place_key(int index, const char* what) { return wxString::Format("/Files/Places/Place%d/%s", index + 1, what); }
}  // namespace

Settings::Settings(wxConfigBase& config) : config_(config) {}

wxString Settings::language() const { return config_.Read(kLanguage, wxString()); }
void Settings::set_language(const wxString& code) { config_.Write(kLanguage, code); }

std::vector<std::filesystem::path> Settings::recent_files() const {
    std::vector<std::filesystem::path> files;
    const long count = config_.ReadLong(kRecentCount, 0);
    for (int i = 0; i < count && i < kMaxRecentFiles; ++i) {
        const wxString value = config_.Read(recent_key(i), wxString());
        if (!value.empty()) files.push_back(to_path(value));
    }
    return files;
}

void Settings::write_recent_files(const std::vector<std::filesystem::path>& files) {
    const int count = std::min<int>(static_cast<int>(files.size()), kMaxRecentFiles);
    config_.Write(kRecentCount, count);
    for (int i = 0; i < count; ++i) config_.Write(recent_key(i), path_to_wx(files[static_cast<std::size_t>(i)]));
}

void Settings::note_recent_file(const std::filesystem::path& path) {
    auto files = recent_files();
    std::erase(files, path);
    files.insert(files.begin(), path);
    write_recent_files(files);
}

void Settings::forget_recent_file(const std::filesystem::path& path) {
    auto files = recent_files();
    std::erase(files, path);
    write_recent_files(files);
}

int Settings::autosave_seconds() const {
    return std::max(0, static_cast<int>(config_.ReadLong(kAutosave, kDefaultAutosaveSeconds)));
}
void Settings::set_autosave_seconds(int seconds) { config_.Write(kAutosave, std::max(0, seconds)); }

double Settings::text_scale() const { return std::clamp(config_.ReadDouble(kTextScale, 1.0), 0.7, 2.5); }
void Settings::set_text_scale(double scale) { config_.Write(kTextScale, std::clamp(scale, 0.7, 2.5)); }

std::vector<std::pair<std::filesystem::path, std::string>> Settings::remembered_places() const {
    std::vector<std::pair<std::filesystem::path, std::string>> places;
    const long count = config_.ReadLong(kPlaceCount, 0);
    for (int i = 0; i < count && i < kMaxRememberedPlaces; ++i) {
        const wxString file = config_.Read(place_key(i, "File"), wxString());
        const wxString indicator = config_.Read(place_key(i, "Indicator"), wxString());
        if (!file.empty() && !indicator.empty()) places.emplace_back(to_path(file), to_utf8(indicator));
    }
    return places;
}

std::string Settings::last_indicator(const std::filesystem::path& file) const {
    for (const auto& place : remembered_places())
        if (place.first == file) return place.second;
    return {};
}

void Settings::note_last_indicator(const std::filesystem::path& file, const std::string& indicator_id) {
    if (file.empty() || indicator_id.empty()) return;
    auto places = remembered_places();
    std::erase_if(places, [&file](const auto& place) { return place.first == file; });
    places.insert(places.begin(), {file, indicator_id});
    const int count = std::min<int>(static_cast<int>(places.size()), kMaxRememberedPlaces);
    config_.Write(kPlaceCount, count);
    for (int i = 0; i < count; ++i) {
        const auto& place = places[static_cast<std::size_t>(i)];
        config_.Write(place_key(i, "File"), path_to_wx(place.first));
        config_.Write(place_key(i, "Indicator"), to_wx(place.second));
    }
}

namespace {
std::optional<bool> read_choice(const wxConfigBase& config, const char* key) {
    if (!config.HasEntry(key)) return std::nullopt;
    return config.ReadBool(key, true);
}
}  // namespace

std::optional<bool> Settings::show_indicator_list() const { return read_choice(config_, kIndicatorList); }
void Settings::set_show_indicator_list(bool shown) { config_.Write(kIndicatorList, shown); }
std::optional<bool> Settings::show_facilitator_notes() const { return read_choice(config_, kFacilitatorNotes); }
void Settings::set_show_facilitator_notes(bool shown) { config_.Write(kFacilitatorNotes, shown); }

wxString Settings::last_folder() const { return config_.Read(kLastFolder, wxString()); }
void Settings::set_last_folder(const wxString& folder) { config_.Write(kLastFolder, folder); }

void Settings::flush() { config_.Flush(); }

}  // namespace socle::desktop
