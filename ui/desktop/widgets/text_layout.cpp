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

// Lao (and Thai) vowel signs and tone marks written above or below the
// consonant, and Latin/Cyrillic combining accents: they belong to the
// character before them, so a line never starts with one.
bool is_combining_mark(wxUniChar ch) {
    const auto c = ch.GetValue();
    return (c >= 0x0300 && c <= 0x036F) || c == 0x0EB1 || (c >= 0x0EB4 && c <= 0x0EBC) || (c >= 0x0EC8 && c <= 0x0ECD) ||
           c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

// Lao vowels written before the consonant they follow in speech (e, ae, o,
// ai, ay): they belong to the character after them, so a line never ends
// with one.
bool is_preposed_vowel(wxUniChar ch) {
    const auto c = ch.GetValue();
    return (c >= 0x0EC0 && c <= 0x0EC4) || (c >= 0x0E40 && c <= 0x0E44);
}

// Scripts whose readers expect a hyphen where a word is broken (Latin,
// Greek, Cyrillic); Lao and Thai are written without spaces between words
// and break without one.
bool takes_hyphen(wxUniChar ch) {
    const auto c = ch.GetValue();
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0x00C0 && c <= 0x052F);
}

// The word as the units a line may break between: a character with the
// marks that follow it, a preposed vowel with the character after it.
std::vector<wxString> break_units(const wxString& word) {
    std::vector<wxString> units;
    bool join_next = false;
    for (const auto ch : word) {
        if (!units.empty() && (join_next || is_combining_mark(ch)))
            units.back() += ch;
        else
            units.emplace_back(ch);
        join_next = is_preposed_vowel(ch);
    }
    return units;
}

// Appends the pieces of a word too wide for a line. The caller has already
// made the type as small as it may go; what is still too wide is broken
// between characters, with a hyphen where the script uses one, so that
// "Optimi-" / "sing" reads as one word, never as two.
void break_word(const wxString& word, double width, const MeasureText& measure, std::vector<wxString>& lines) {
    const auto units = break_units(word);
    wxString piece;
    for (std::size_t i = 0; i < units.size(); ++i) {
        const wxString next = piece + units[i];
        const bool last = i + 1 == units.size();
        // Room is kept for the hyphen the piece may end with.
        const bool hyphen = !last && takes_hyphen(units[i][0]) && takes_hyphen(units[i + 1][0]);
        if (!piece.empty() && measure(hyphen ? next + "-" : next) > width) {
            const bool hyphenate = takes_hyphen(piece.Last()) && takes_hyphen(units[i][0]);
            lines.push_back(hyphenate ? piece + "-" : piece);
            piece = units[i];
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

double widest_word(const wxString& text, const MeasureText& measure) {
    double widest = 0;
    wxStringTokenizer words(text, " \n", wxTOKEN_STRTOK);
    while (words.HasMoreTokens()) widest = std::max(widest, measure(words.GetNextToken()));
    return widest;
}

MeasureText measure_in(wxGraphicsContext& gc) {
    return [&gc](const wxString& piece) { return text_width(gc, piece); };
}

std::vector<wxString> wrap_text(wxGraphicsContext& gc, const wxString& text, double width) {
    return wrap_words(text, width, measure_in(gc));
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
