#pragma once
// Word wrapping for every view that lays out or draws its own text (level
// cards, wrapped labels, the radar's axis labels, the presentation slide,
// the map's boxes, the roadmap's cards): one algorithm, with the measuring
// left to the caller (a wxDC, a wxGraphicsContext), so that the screen, PNG
// and SVG break lines the same way.
#include <cstddef>
#include <functional>
#include <vector>

#include <wx/string.h>

class wxDC;
class wxGraphicsContext;

namespace socle::desktop {

// The width of a piece of text in the caller's font.
using MeasureText = std::function<double(const wxString&)>;

// Breaks `text` at spaces so that each line is at most `width` wide; a
// single word wider than that is broken between characters, ending in a
// hyphen in Latin and Cyrillic, never before a Lao vowel sign or tone
// mark. Views shrink their type first (widest_word) so that this stays a
// last resort. Explicit newlines are kept. Never returns an empty list for
// non-empty text.
std::vector<wxString> wrap_words(const wxString& text, double width, const MeasureText& measure);

// The same, at most `max_lines` lines, the last one cut with "..." when
// the text does not fit.
std::vector<wxString> wrap_words(const wxString& text, double width, const MeasureText& measure, std::size_t max_lines);

// The width of the widest word of `text`: a view whose type makes it wider
// than the line shrinks the type before a word has to be broken.
double widest_word(const wxString& text, const MeasureText& measure);

// A MeasureText in the font currently set on `gc` (kept by reference).
MeasureText measure_in(wxGraphicsContext& gc);

// wrap_words measured in the font currently set on `gc` or `dc`.
std::vector<wxString> wrap_text(wxGraphicsContext& gc, const wxString& text, double width);
std::vector<wxString> wrap_text(wxDC& dc, const wxString& text, double width);
std::vector<wxString> wrap_lines(wxDC& dc, const wxString& text, double width, std::size_t max_lines);

// The widest line and the total height of `lines` (line height from the font).
struct TextBlockSize {
    double width = 0;
    double height = 0;
    double line_height = 0;
};
TextBlockSize measure_lines(wxGraphicsContext& gc, const std::vector<wxString>& lines);

}  // namespace socle::desktop
