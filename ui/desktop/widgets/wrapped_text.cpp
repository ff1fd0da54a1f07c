#include "ui/desktop/widgets/wrapped_text.h"

#include <algorithm>

#include <wx/dcbuffer.h>
#include <wx/dcclient.h>

#include "ui/desktop/widgets/text_layout.h"


namespace socle::desktop {

WrappedText::WrappedText(wxWindow* parent, const wxFont& font, const wxColour& colour)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE) {
    SetFont(font);
    SetForegroundColour(colour);
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) {
        wxAutoBufferedPaintDC dc(this);
        dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
        dc.Clear();
        dc.SetFont(GetFont());
        dc.SetTextForeground(GetForegroundColour());
        int y = 0;
        for (const auto& line : lines_) {
            dc.DrawText(line, 0, y);
            y += dc.GetCharHeight();
        }
    });
}

void WrappedText::set_text(const wxString& text) {
    if (text == text_) return;
    text_ = text;
    SetName(text);
    rewrap();
    Refresh();
}

void WrappedText::set_colour(const wxColour& colour) {
    SetForegroundColour(colour);
    Refresh();
}

bool WrappedText::set_wrap_width(int width) {
    if (width <= 20 || width == width_) return false;
    width_ = width;
    const int before = height_;
    rewrap();
    Refresh();
    return height_ != before;
}

void WrappedText::rewrap() {
    wxClientDC dc(this);
    dc.SetFont(GetFont());
    lines_ = wrap_text(dc, text_, width_);
    height_ = static_cast<int>(lines_.size()) * dc.GetCharHeight();
    InvalidateBestSize();
    SetMinSize(wxSize(std::min(width_, 100), height_));
}

// Only the height is asked for: the width is the sizer's to give.
wxSize WrappedText::DoGetBestClientSize() const { return wxSize(std::min(width_, 100), height_); }

}  // namespace socle::desktop
