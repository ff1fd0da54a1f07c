#pragma once
// The people in the room: a list with Add, Edit and Remove, and the keys
// Insert, Enter and Delete, named under the list (removing a
// participant removes their votes; undo brings both back).
#include <string>
#include <vector>

#include <wx/panel.h>

class wxListCtrl;
class wxButton;

namespace socle::desktop {

class Document;
class WrappedText;

class ParticipantsPanel : public wxPanel {
public:
    ParticipantsPanel(wxWindow* parent, Document& document);
    void refresh();

    wxListCtrl* list() { return list_; }
    wxButton* add_button() { return add_; }
    wxButton* edit_button() { return edit_; }
    wxButton* remove_button() { return remove_; }
    // "Insert adds a participant, ...": the list's keys.
    WrappedText* keys_hint() { return hint_; }

private:
    void on_add();
    void on_edit();
    void on_remove();
    long selected() const;
    void update_buttons();
    // Lays the page out again after the keys' line changed height.
    void relayout_page();

    Document& document_;
    wxListCtrl* list_ = nullptr;
    wxButton* add_ = nullptr;
    wxButton* edit_ = nullptr;
    wxButton* remove_ = nullptr;
    WrappedText* hint_ = nullptr;
};

}  // namespace socle::desktop
