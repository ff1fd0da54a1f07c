#pragma once
// The questionnaire as a tree: each domain with its progress (rated of
// applicable, as on the dashboard), each indicator with its status as a symbol, a word in the
// tooltip-free label and a colour (never colour alone).
#include <functional>
#include <map>
#include <string>

#include <wx/panel.h>
#include <wx/treectrl.h>

namespace socle::desktop {

class Document;
class FocusFrame;

class Navigator : public wxPanel {
public:
    Navigator(wxWindow* parent, Document& document);

    // Updates every label and status (after an edit).
    void refresh();
    // Selects the document's current indicator without telling anyone.
    void select_current();
    void set_on_select(std::function<void(const std::string& indicator_id)> on_select) {
        on_select_ = std::move(on_select);
    }
    wxTreeCtrl* tree() { return tree_; }
    FocusFrame* focus_frame() { return frame_; }

private:
    void build();

    Document& document_;
    wxTreeCtrl* tree_ = nullptr;
    FocusFrame* frame_ = nullptr;
    std::map<std::string, wxTreeItemId> indicator_items_;
    std::map<std::string, wxTreeItemId> domain_items_;
    std::function<void(const std::string&)> on_select_;
    bool selecting_ = false;
};

}  // namespace socle::desktop
