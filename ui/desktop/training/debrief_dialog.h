#pragma once
// Training > Training debrief: several teams' files of one case side by
// side against the expert key (docs/training.md, "On the desktop"). One
// row per indicator: the key's level, then each team's agreed level marked
// exact, one level off or further (scoring::check_against_key); then one
// row per domain and one for the whole case with the counts.
#include <filesystem>
#include <vector>

#include <wx/dialog.h>

#include "ui/desktop/training/training_session.h"

class wxGrid;
class wxStaticText;

namespace socle::desktop {

class AppContext;

class DebriefDialog : public wxDialog {
public:
    DebriefDialog(wxWindow* parent, AppContext& context);

    // Adds teams' files (those of another case, or not training files, are
    // listed under the table and left out) and redraws the table.
    void add_files(const std::vector<std::filesystem::path>& files);
    // Asks for files (several at once) and adds them.
    void choose_files();

    wxGrid* grid() { return grid_; }
    wxStaticText* problems() { return problems_; }
    const Debrief& debrief() const { return debrief_; }

private:
    void show_table();

    AppContext& context_;
    std::vector<std::filesystem::path> files_;
    Debrief debrief_;
    wxStaticText* summary_ = nullptr;
    wxGrid* grid_ = nullptr;
    wxStaticText* problems_ = nullptr;
};

// What a debrief cell says of a team's level: "3  exact", "2  one off",
// "4  further", "-  not rated".
wxString debrief_cell(const scoring::KeyCheck& check);

}  // namespace socle::desktop
