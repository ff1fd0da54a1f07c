#pragma once
// The questionnaire page: the navigator on the left, the current indicator
// on the right, and the keyboard: digits vote for the selected participant
// (n not applicable, u unknown, Delete clears), Page Up/Down (and Left/Right
// outside text fields) move between indicators and put the focus in the
// votes list. Vote keys pressed in the navigator act on the votes list too.
// `a` selects no participant, so the next key records the agreed level (as
// `a` then a key does on the slide).
#include <wx/panel.h>

namespace socle::desktop {

class Document;
class Navigator;
class IndicatorPanel;

class WalkthroughPage : public wxPanel {
public:
    WalkthroughPage(wxWindow* parent, Document& document);

    void refresh();
    // After the document's current indicator was set from outside.
    void show_current_indicator();
    void commit_pending();
    // Moves to the next (+1) or previous (-1) relevant indicator.
    void move(int direction);
    // Moves, then puts the focus in the votes list (the keys and menu
    // commands of the walkthrough; presentation mode moves without it).
    void step(int direction);
    void focus_votes();
    // The indicator list on the left; hidden, the indicator takes the
    // whole width (a projector's 1024 pixels).
    void show_navigator(bool shown);
    bool navigator_shown() const;

    Navigator* navigator() { return navigator_; }
    IndicatorPanel* indicator_panel() { return indicator_; }

private:
    void on_char_hook(wxKeyEvent& event);
    void go_to(const std::string& indicator_id);

    Document& document_;
    Navigator* navigator_ = nullptr;
    IndicatorPanel* indicator_ = nullptr;
};

}  // namespace socle::desktop
