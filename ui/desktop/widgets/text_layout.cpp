#include "ui/desktop/widgets/text_layout.h"

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
void break_word(wxGraphicsContext& gc, const wxString& word, double width, std::vector<wxString>& lines) {
    wxString piece;
    for (const auto ch : word) {
        wxString next = piece + ch;
        if (!piece.empty() && text_width(gc, next) > width) {
            lines.push_back(piece);
            piece = wxString(ch);
        } else {
            piece = next;
        }
    }
    if (!piece.empty()) lines.push_back(piece);
}

void wrap_paragraph(wxGraphicsContext& gc, const wxString& paragraph, double width, std::vector<wxString>& lines) {
    const auto before = lines.size();
    wxString line;
    wxStringTokenizer words(paragraph, " ", wxTOKEN_STRTOK);
    while (words.HasMoreTokens()) {
        const wxString word = words.GetNextToken();
        const wxString candidate = line.empty() ? word : line + " " + word;
        if (text_width(gc, candidate) <= width) {
            line = candidate;
            continue;
        }
        if (!line.empty()) lines.push_back(line);
        line.clear();
        if (text_width(gc, word) <= width) {
            line = word;
        } else {
            break_word(gc, word, width, lines);
            line = lines.back();  // keep filling after the last piece
            lines.pop_back();
        }
    }
    if (!line.empty() || lines.size() == before) lines.push_back(line);
}

}  // namespace

std::vector<wxString> wrap_text(wxGraphicsContext& gc, const wxString& text, double width) {
    std::vector<wxString> lines;
    if (text.empty()) return lines;
    wxStringTokenizer paragraphs(text, "\n", wxTOKEN_RET_EMPTY_ALL);
    while (paragraphs.HasMoreTokens()) wrap_paragraph(gc, paragraphs.GetNextToken(), width, lines);
    return lines;
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
