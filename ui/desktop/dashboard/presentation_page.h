#pragma once
// What the projector shows in presentation mode: the current indicator's
// question and level cards in large type, the room's derived level, spread
// and a disagreement warning; nothing the room does not need to see.
// The main frame goes full screen around it and keeps the keyboard
// (digits vote, arrows and Page keys move, Esc leaves).
#include <wx/panel.h>

namespace socle::desktop {

class Document;

class PresentationPage : public wxPanel {
public:
    PresentationPage(wxWindow* parent, Document& document);
    // Shows document.current_indicator() as it now stands.
    void refresh();

private:
    struct Parts;
    Parts* parts_;
    Document& document_;
};

}  // namespace socle::desktop
