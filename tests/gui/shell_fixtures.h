#pragma once
// The real main frame for the shell's GUI tests, and the few moves a test
// makes on it with real events: menu commands, keys, modal dialogs.
#include <functional>
#include <string>

#include <wx/dialog.h>
#include <wx/image.h>

#include "tests/gui/gui_support.h"
#include "ui/desktop/shell/main_frame.h"

namespace socle::gui_test {

// A shown MainFrame over the scratch app (destroyed by ~ShownFrame without a
// close, as a crash would).
struct ShownFrame {
    explicit ShownFrame(ScratchApp& app, wxSize size = wxSize(1280, 800));
    ~ShownFrame();
    void crash();  // destroys the frame without closing it
    desktop::MainFrame* operator->() { return frame; }
    desktop::MainFrame* frame = nullptr;
};

// The interface in `code` for one test case, English again after it.
struct InterfaceLanguage {
    explicit InterfaceLanguage(const char* code);
    ~InterfaceLanguage();
};

// Adds participants p1.. pN ("Person 1", ...) to the open document through
// its history, as the set-up page does.
void add_people(desktop::MainFrame* frame, int count);

// Clicks the dialog's button with this id through a real button event; fails the test when there is none.
void press_button(wxDialog& dialog, int id);

// A child window by name, or null.
template <class T>
T* find_child(wxWindow* parent, const wxString& name) {
    return dynamic_cast<T*>(wxWindow::FindWindowByName(name, parent));
}

// A window's rectangle in the coordinates of `ancestor`'s client area.
wxRect rect_in(wxWindow* window, wxWindow* ancestor);


}  // namespace socle::gui_test
