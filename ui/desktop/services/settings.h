#pragma once
// What the app remembers between runs, behind a typed facade over
// wxConfigBase: nobody else reads or writes config keys by name.
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <wx/string.h>

class wxConfigBase;

namespace socle::desktop {

class Settings {
public:
    // The config is not owned; it must outlive the settings.
    explicit Settings(wxConfigBase& config);

    // Interface language code ("en", "fr", "ru"); empty means the system's.
    wxString language() const;
    void set_language(const wxString& code);

    // Most recent first, at most kMaxRecentFiles.
    static constexpr int kMaxRecentFiles = 8;
    std::vector<std::filesystem::path> recent_files() const;
    void note_recent_file(const std::filesystem::path& path);
    void forget_recent_file(const std::filesystem::path& path);

    // Seconds between autosaves to the recovery folder (0 turns it off).
    int autosave_seconds() const;
    void set_autosave_seconds(int seconds);

    // Text size factor for the whole window (projectors need large type).
    double text_scale() const;
    void set_text_scale(double scale);

    // Where the team stopped in each file: the indicator the walkthrough
    // showed when the file was last closed or saved (empty when unknown).
    // The most recent kMaxRememberedPlaces files are remembered.
    static constexpr int kMaxRememberedPlaces = 32;
    std::string last_indicator(const std::filesystem::path& file) const;
    void note_last_indicator(const std::filesystem::path& file, const std::string& indicator_id);

    // The walkthrough's side parts, as the facilitator last left them;
    // nullopt until they first choose (the main frame then decides by the
    // screen: a projector's 1024x768 starts with both folded away).
    std::optional<bool> show_indicator_list() const;
    void set_show_indicator_list(bool shown);
    std::optional<bool> show_facilitator_notes() const;
    void set_show_facilitator_notes(bool shown);

    wxString last_folder() const;
    void set_last_folder(const wxString& folder);

    void flush();

private:
    void write_recent_files(const std::vector<std::filesystem::path>& files);
    std::vector<std::pair<std::filesystem::path, std::string>> remembered_places() const;
    wxConfigBase& config_;
};

}  // namespace socle::desktop
