#pragma once
// The dashboard the room watches while votes come in: a radar chart of
// current vs target per domain, the domain table (level, stage, weakest
// indicator, completeness), the largest gaps and the strongest
// disagreements. Every figure can explain how it was computed (which
// indicators and weights), through ExplanationDialog.
#include <wx/panel.h>

namespace socle::desktop {

class Document;

class DashboardPage : public wxPanel {
public:
    DashboardPage(wxWindow* parent, Document& document);
    // Re-reads the document's scores; the main frame calls it after every change.
    void refresh();

private:
    struct Parts;
    Parts* parts_;  // owned by wx's window tree; plain pointers to child windows
    Document& document_;
};

}  // namespace socle::desktop
