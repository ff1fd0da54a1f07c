#pragma once
// The presenter view: with a second screen (the projector), presentation
// mode puts the slide in a window of its own, full screen on that screen,
// and the laptop keeps the walkthrough with the votes, the names and the
// facilitator's notes that the room should not see.
#include <functional>
#include <optional>

#include <wx/frame.h>

namespace socle::desktop {

class Document;
class PresentationPage;

class SlideWindow : public wxFrame {
public:
    // Full screen on display `display`; `on_closed` runs when the window is
    // closed from its own screen (Alt+F4 on the projector), and `on_key`
    // gets the keys pressed while it has the focus (someone clicked the
    // projector's screen): they mean what they mean on the laptop.
    SlideWindow(wxWindow* owner, Document& document, unsigned display, std::function<void()> on_closed,
                std::function<void(wxKeyEvent&)> on_key);
    PresentationPage* page() { return page_; }

private:
    PresentationPage* page_ = nullptr;
};

// The screen the slide should go to: the first one that does not show
// `window`; nullopt with a single screen.
std::optional<unsigned> other_display(const wxWindow* window);

}  // namespace socle::desktop
