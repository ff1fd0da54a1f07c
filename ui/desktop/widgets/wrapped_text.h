#pragma once
// A label that wraps its text to the width it is given and asks for exactly
// the height that needs. wxStaticText::Wrap() re-wraps unreliably when a
// panel is resized many times (text was left clipped under GTK), and the
// walkthrough resizes all the time. Its accessible name is the text.
#include <vector>

#include <wx/window.h>

namespace socle::desktop {

class WrappedText : public wxWindow {
public:
    WrappedText(wxWindow* parent, const wxFont& font, const wxColour& colour);

    void set_text(const wxString& text);
    const wxString& text() const { return text_; }
    void set_colour(const wxColour& colour);
    // Wraps to `width` pixels; returns true when the needed height changed.
    bool set_wrap_width(int width);
    bool AcceptsFocus() const override { return false; }

protected:
    wxSize DoGetBestClientSize() const override;

private:
    void rewrap();

    wxString text_;
    std::vector<wxString> lines_;
    int width_ = 400;
    int height_ = 0;
};

}  // namespace socle::desktop
