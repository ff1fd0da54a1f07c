#pragma once
// The documents of the evidence register that support the current
// indicator, in the walkthrough: a list with Add (a new document, linked to
// this indicator), Link (a document already in the register), Unlink, Edit
// (correct the selected document) and Remove (take it out of the register).
// Every change is an edit, so undo takes it back.
#include <string>
#include <vector>

#include <wx/panel.h>

#include "assessment/evidence_document.h"

class wxButton;
class wxListBox;
class wxStaticText;

namespace socle::desktop {

class Document;

class EvidencePanel : public wxPanel {
public:
    EvidencePanel(wxWindow* parent, Document& document);
    // Shows the current indicator's documents.
    void refresh();

    wxListBox* list() { return list_; }
    wxButton* add_button() { return add_; }
    wxButton* link_button() { return link_; }
    wxButton* unlink_button() { return unlink_; }
    wxButton* edit_button() { return edit_; }
    wxButton* remove_button() { return remove_; }
    // The ids of the documents listed, in list order.
    const std::vector<std::string>& shown_ids() const { return shown_; }

private:
    void on_add();
    void on_link();
    void on_unlink();
    // The selected document: its fields corrected, or taken out of the
    // register altogether (from every indicator). Both undoable.
    void on_edit();
    void on_remove();
    const assessment::EvidenceDocument* selected() const;
    void enable_selection_buttons();

    Document& document_;
    wxStaticText* summary_ = nullptr;
    wxListBox* list_ = nullptr;
    wxButton* add_ = nullptr;
    wxButton* link_ = nullptr;
    wxButton* unlink_ = nullptr;
    wxButton* edit_ = nullptr;
    wxButton* remove_ = nullptr;
    std::vector<std::string> shown_;
};

}  // namespace socle::desktop
