#pragma once
// What the projector shows in presentation mode: the current indicator's
// question and level cards in large type, the room's derived level, spread
// and a disagreement warning; nothing the room does not need to see.
// The main frame goes full screen around it and keeps the keyboard
// (digits vote, arrows and Page keys move, V opens and closes room voting,
// Esc leaves).
#include <wx/panel.h>
#include <wx/string.h>

namespace socle::desktop {

class Document;
class RoomVoting;

class PresentationPage : public wxPanel {
public:
    PresentationPage(wxWindow* parent, Document& document);
    // Shows document.current_indicator() as it now stands.
    void refresh();
    // Room voting on (the address, QR code and count beside the slide) or
    // off (nullptr). The page does not own it: the main frame does, so it
    // outlives a rebuild of the pages.
    void set_room(const RoomVoting* room);
    // A line under the slide saying what the facilitator's next key does
    // (after `a`: the agreed level); empty takes it away.
    void set_prompt(const wxString& prompt);

private:
    struct Parts;
    Parts* parts_;
    Document& document_;
};

}  // namespace socle::desktop
