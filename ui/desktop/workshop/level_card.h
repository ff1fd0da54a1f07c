#pragma once
// One level of the scale as a large card the room can read from the back:
// the level number on its colour, the level's name, the indicator's
// descriptor for that level, and how many participants voted for it.
// Cards are focusable; a click, Space or Enter picks the level.
#include <functional>
#include <vector>

#include <wx/window.h>

namespace socle::desktop {

class LevelCard : public wxWindow {
public:
    LevelCard(wxWindow* parent, int level, int level_count);

    void set_content(const wxString& name, const wxString& descriptor);
    // votes: how many chose this level; current: the room's level is this
    // one; agreed: recorded as the agreed level; mine: the selected
    // participant's vote.
    void set_state(int votes, bool current, bool agreed, bool mine);
    void set_on_pick(std::function<void(int level)> on_pick) { on_pick_ = std::move(on_pick); }
    // Called (after the paint) when the card found it needs another height.
    void set_on_height_change(std::function<void()> on_change) { on_height_change_ = std::move(on_change); }
    // Lays the text out for this width and asks for the height it needs.
    void set_wrap_width(int width);

    int level() const { return level_; }
    bool AcceptsFocusFromKeyboard() const override { return true; }
    bool AcceptsFocus() const override { return true; }

protected:
    wxSize DoGetBestClientSize() const override;

private:
    void on_paint(wxPaintEvent& event);
    void layout_text();
    int badge_width() const;

    int level_;
    int level_count_;
    wxString name_;
    wxString descriptor_;
    std::vector<wxString> lines_;
    int votes_ = 0;
    bool current_ = false;
    bool agreed_ = false;
    bool mine_ = false;
    int wrap_width_ = 600;
    int needed_height_ = 60;
    std::function<void(int)> on_pick_;
    std::function<void()> on_height_change_;
};


}  // namespace socle::desktop
