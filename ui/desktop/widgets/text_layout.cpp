#include "ui/desktop/widgets/text_layout.h"

#include <algorithm>

#include <wx/dc.h>
#include <wx/graphics.h>
#include <wx/tokenzr.h>

namespace socle::desktop {

namespace {

double text_width(wxGraphicsContext& gc, const wxString& text) {
    double w = 0, h = 0;
    gc.GetTextExtent(text, &w, &h);
    return w;
}

// Appends the pieces of a word too wide for a line, character by character.
void break_word(const wxString& word, double width, const MeasureText& measure, std::vector<wxString>& lines) {
    wxString piece;
    for (const auto ch : word) {
        wxString next = piece + ch;
        if (!piece.empty() && measure(next) > width) {
            lines.push_back(piece);
            piece = wxString(ch);
        } else {
            piece = next;
        }
    }
    if (!piece.empty()) lines.push_back(piece);
}

void wrap_paragraph(const wxString& paragraph, double width, const MeasureText& measure, std::vector<wxString>& lines) {
    const auto before = lines.size();
    wxString line;
    wxStringTokenizer words(paragraph, " ", wxTOKEN_STRTOK);
    while (words.HasMoreTokens()) {
        const wxString word = words.GetNextToken();
        const wxString candidate = line.empty() ? word : line + " " + word;
        if (measure(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (!line.empty()) lines.push_back(line);
        line.clear();
        if (measure(word) <= width) {
            line = word;
        } else {
            break_word(word, width, measure, lines);
            line = lines.back();  // keep filling after the last piece
            lines.pop_back();
        }
    }
    if (!line.empty() || lines.size() == before) lines.push_back(line);
}

}  // namespace

std::vector<wxString> wrap_words(const wxString& text, double width, const MeasureText& measure) {
    std::vector<wxString> lines;
    if (text.empty()) return lines;
    wxStringTokenizer paragraphs(text, "\n", wxTOKEN_RET_EMPTY_ALL);
    while (paragraphs.HasMoreTokens()) wrap_paragraph(paragraphs.GetNextToken(), width, measure, lines);
    return lines;
}

std::vector<wxString> wrap_words(const wxString& text, double width, const MeasureText& measure, std::size_t max_lines) {
    auto lines = wrap_words(text, width, measure);
    if (lines.size() <= max_lines) return lines;
    if (max_lines == 0) return {};
    // What does not fit joins the last line, which is then cut to the width.
    wxString last = lines[max_lines - 1] + " " + lines[max_lines];
    lines.resize(max_lines);
    const wxString ellipsis = "...";
    while (!last.empty() && measure(last + ellipsis) > width) last.RemoveLast();
    lines.back() = last.Trim() + ellipsis;
    return lines;
}

std::vector<wxString> wrap_text(wxGraphicsContext& gc, const wxString& text, double width) {
    return wrap_words(text, width, [&gc](const wxString& piece) { return text_width(gc, piece); });
}

std::vector<wxString> wrap_text(wxDC& dc, const wxString& text, double width) {
    return wrap_words(text, width, [&dc](const wxString& piece) { return dc.GetTextExtent(piece).GetWidth(); });
}

std::vector<wxString> wrap_lines(wxDC& dc, const wxString& text, double width, std::size_t max_lines) {
    return wrap_words(text, width, [&dc](const wxString& piece) { return dc.GetTextExtent(piece).GetWidth(); },
                      max_lines);
}

TextBlockSize measure_lines(wxGraphicsContext& gc, const std::vector<wxString>& lines) {
    TextBlockSize size;
    double w = 0, h = 0, descent = 0, leading = 0;
    gc.GetTextExtent("Ag", &w, &h, &descent, &leading);
    size.line_height = h;
    for (const auto& line : lines) size.width = std::max(size.width, text_width(gc, line));
    size.height = size.line_height * static_cast<double>(lines.size());
    return size;
}

}  // namespace socle::desktop
