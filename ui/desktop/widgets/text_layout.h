#pragma once
// Word wrapping for views that draw their own text (the radar chart's axis
// labels, the presentation page): lines that fit a width in the font
// currently set on a wxGraphicsContext.
#include <vector>

#include <wx/string.h>

class wxGraphicsContext;

namespace socle::desktop {

// Breaks `text` at spaces so that each line is at most `width` wide; a
// single word wider than that is broken between characters. Explicit
// newlines are kept. Never returns an empty list for non-empty text.
std::vector<wxString> wrap_text(wxGraphicsContext& gc, const wxString& text, double width);

// The widest line and the total height of `lines` (line height from the font).
struct TextBlockSize {
    double width = 0;
    double height = 0;
    double line_height = 0;
};
TextBlockSize measure_lines(wxGraphicsContext& gc, const std::vector<wxString>& lines);

}  // namespace socle::desktop
