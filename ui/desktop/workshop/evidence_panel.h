#pragma once
// The documents of the evidence register that support the current
// indicator, in the walkthrough: a list with Add (a new document, linked to
// this indicator), Link (a document already in the register) and Unlink.
// Every change is an edit, so undo takes it back.
#include <string>
#include <vector>

#include <wx/panel.h>

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
    // The ids of the documents listed, in list order.
    const std::vector<std::string>& shown_ids() const { return shown_; }

private:
    void on_add();
    void on_link();
    void on_unlink();

    Document& document_;
    wxStaticText* summary_ = nullptr;
    wxListBox* list_ = nullptr;
    wxButton* add_ = nullptr;
    wxButton* link_ = nullptr;
    wxButton* unlink_ = nullptr;
    std::vector<std::string> shown_;
};

}  // namespace socle::desktop
