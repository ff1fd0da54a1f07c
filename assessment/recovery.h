#pragma once
// Autosave and crash recovery. While an assessment is open, the app writes
// it now and then to a recovery folder (user_data_dir()/recovery), as a
// complete .socle file plus a small sidecar saying which file it belongs to.
// A clean save or close deletes both; whatever is still there at the next
// start was left by a crash, and the app offers to bring it back.
#include <filesystem>
#include <string>
#include <vector>

#include "assessment/assessment_io.h"
#include "assessment/edit_history.h"

namespace socle::assessment {

// One autosaved assessment found in the recovery folder.
struct RecoveryEntry {
    std::string slot;                 // the name of the pair of files, without extension
    std::filesystem::path file;       // the autosaved .socle
    std::filesystem::path original;   // the file it belongs to; empty when never saved
    std::string title;                // the assessment's title when autosaved
    std::string saved_at;             // UTC, "YYYY-MM-DD HH:MM:SS"
};

class RecoveryStore {
public:
    explicit RecoveryStore(std::filesystem::path dir);
    // user_data_dir()/recovery.
    static std::filesystem::path default_dir();
    const std::filesystem::path& dir() const { return dir_; }

    // The slot of a saved file: stable for a path (its stem and a hash of the
    // absolute path), so autosaves of one file replace each other.
    static std::string slot_for(const std::filesystem::path& original);
    // A fresh slot for an assessment that has no file yet.
    static std::string new_untitled_slot();

    // Writes the assessment and its sidecar atomically. Throws common::IoError.
    void write(const std::string& slot, const Assessment& assessment,
               const std::filesystem::path& original) const;
    // Removes a slot's files; never throws (a missing slot is not an error).
    void discard(const std::string& slot) const;

    // Every complete slot in the folder, newest first. A .socle without its
    // sidecar (or the reverse) is a write cut short and is left out.
    std::vector<RecoveryEntry> entries() const;

    // Reads an autosaved assessment back.
    AssessmentLoadResult load(const RecoveryEntry& entry, const FrameworkResolver& resolver = {}) const;

private:
    std::filesystem::path dir_;
};

// An edit that swaps the whole assessment, such as taking in recovered
// changes on top of the saved file: undo gives the saved file back.
Edit replace_assessment(const Assessment& before, Assessment after, std::string description);

}  // namespace socle::assessment
