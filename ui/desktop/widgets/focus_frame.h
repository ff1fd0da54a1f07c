#pragma once
// A panel around one list that paints a thick accent border while the
// focus is inside that list, so a room (and the facilitator) always sees
// which list the keys act on. GTK's own focus ring is a thin dotted line,
// invisible on a projector.
#include <wx/panel.h>

namespace socle::desktop {

class FocusFrame : public wxPanel {
public:
    // Create with the frame as parent of the framed window, then call set_content().
    explicit FocusFrame(wxWindow* parent);

    // The window it frames (a child of this frame); laid out with the border around it.
    void set_content(wxWindow* content);
    // Whether the border shows now (the focus was inside the content at the last check).
    bool marked() const { return marked_; }
    // Re-reads where the focus is; the frame also does this on idle.
    void update_mark();

    static int border_width_dip() { return 3; }

private:
    wxWindow* content_ = nullptr;
    bool marked_ = false;
};

// Whether window is ancestor or inside it (where the keyboard focus is).
bool is_within(const wxWindow* window, const wxWindow* ancestor);

}  // namespace socle::desktop
