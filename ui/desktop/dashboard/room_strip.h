#pragma once
// Beside the slide while room voting is on: the QR code and the address
// the phones open, the session code, where the room is in the round and
// how many have voted. Drawn as large as the strip allows, for the back of
// the room; its label carries the same words for screen readers and tests.
#include <wx/window.h>

#include <optional>
#include <vector>

namespace socle::desktop {

class RoomVoting;

class RoomStrip : public wxWindow {
public:
    explicit RoomStrip(wxWindow* parent);
    void show(const RoomVoting& room);

private:
    void on_paint(wxPaintEvent& event);

    std::vector<bool> modules_;  // the QR code, row by row
    int modules_per_side_ = 0;
    std::vector<wxString> lines_;  // address, code, position, status, hint
    bool open_ = false;
};

}  // namespace socle::desktop
