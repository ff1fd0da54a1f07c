// Word wrapping for the drawn views (radar labels, presentation slide),
// measured with a real graphics context and the real fonts.
#include <doctest/doctest.h>

#include <memory>

#include <wx/dcmemory.h>
#include <wx/graphics.h>

#include "ui/desktop/widgets/text_layout.h"

using socle::desktop::measure_lines;
using socle::desktop::wrap_text;

namespace {

struct Context {
    wxBitmap bitmap{200, 100};
    wxMemoryDC dc{bitmap};
    std::unique_ptr<wxGraphicsContext> gc{wxGraphicsContext::Create(dc)};
    Context() {
        REQUIRE(gc);
        gc->SetFont(*wxNORMAL_FONT, *wxBLACK);
    }
    double width(const wxString& text) {
        double w = 0, h = 0;
        gc->GetTextExtent(text, &w, &h);
        return w;
    }
};

}  // namespace

TEST_CASE("wrap_text: lines fit the width and keep every word in order") {
    Context c;
    const wxString text = "Data governance, protection and safeguards of personal records";
    const double width = c.width("protection and");
    const auto lines = wrap_text(*c.gc, text, width);
    REQUIRE(lines.size() >= 3);
    wxString joined;
    for (const auto& line : lines) {
        CHECK(c.width(line) <= width + 0.5);
        joined << (joined.empty() ? "" : " ") << line;
    }
    CHECK(joined == text);
    CHECK(wrap_text(*c.gc, text, 10000).size() == 1);
    CHECK(wrap_text(*c.gc, "", 100).empty());
}

TEST_CASE("wrap_text: explicit newlines stay, and a word wider than the line is split") {
    Context c;
    const auto two = wrap_text(*c.gc, "Financing\n(not rated)", 10000);
    REQUIRE(two.size() == 2);
    CHECK(two[1] == "(not rated)");
    const wxString word = "Interoperability";
    const double width = c.width("Inter");
    const auto pieces = wrap_text(*c.gc, word, width);
    REQUIRE(pieces.size() >= 3);
    wxString joined;
    for (const auto& piece : pieces) {
        CHECK(c.width(piece) <= width + 0.5);
        joined << piece;
    }
    CHECK(joined.Freq('-') == static_cast<int>(pieces.size()) - 1);
    joined.Replace("-", "");
    CHECK(joined == word);
    const auto size = measure_lines(*c.gc, pieces);
    CHECK(size.height == doctest::Approx(size.line_height * static_cast<double>(pieces.size())));
    CHECK(size.width <= width + 0.5);
}

// One character, one unit: the algorithm alone, whatever the fonts.
TEST_CASE("wrap_words: one algorithm for every view, with the measure given by the caller") {
    const socle::desktop::MeasureText count = [](const wxString& text) { return static_cast<double>(text.length()); };
    const auto lines = socle::desktop::wrap_words("the room agreed a level", 10, count);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "the room");
    CHECK(lines[1] == "agreed a");
    CHECK(lines[2] == "level");
    // At most two lines: what does not fit ends the last one with "...", within the width.
    const auto cut = socle::desktop::wrap_words("the room agreed a level", 10, count, 2);
    REQUIRE(cut.size() == 2);
    CHECK(cut[0] == "the room");
    CHECK(cut[1].EndsWith("..."));
    CHECK(cut[1].length() <= 10);
    // A word longer than the line is broken between characters with a
    // hyphen, each piece with its hyphen within the width, nothing lost.
    const wxString word = wxString::FromUTF8("Оптимизирующийся");
    const auto long_word = socle::desktop::wrap_words(word, 6, count);
    REQUIRE(long_word.size() == 3);
    wxString joined;
    for (std::size_t i = 0; i < long_word.size(); ++i) {
        const auto& line = long_word[i];
        CHECK(line.length() <= 6);
        const bool last = i + 1 == long_word.size();
        CHECK(line.EndsWith("-") == !last);
        joined += last ? line : line.Left(line.length() - 1);
    }
    CHECK(joined == word);
    CHECK(long_word[0] == wxString::FromUTF8("Оптим-"));
    // A word already ending a piece with its own hyphen gets no second one.
    const auto compound = socle::desktop::wrap_words("e-government", 3, count);
    for (const auto& line : compound) CHECK_FALSE(line.EndsWith("--"));
}

TEST_CASE("wrap_words: Lao breaks without a hyphen and never before a vowel sign or tone mark") {
    const socle::desktop::MeasureText count = [](const wxString& text) { return static_cast<double>(text.length()); };
    // "ການປະເມີນ" (assessment): consonants carrying vowel signs and a tone
    // mark above, and the preposed vowel e before its consonant.
    const wxString word = wxString::FromUTF8("ການປະເມີນ");
    const auto lines = socle::desktop::wrap_words(word, 2, count);
    REQUIRE(lines.size() >= 3);
    wxString joined;
    for (const auto& line : lines) {
        REQUIRE_FALSE(line.empty());
        const auto first = line[0].GetValue();
        CHECK_FALSE(((first >= 0x0EB4 && first <= 0x0EBC) || first == 0x0EB1 || (first >= 0x0EC8 && first <= 0x0ECD)));
        const auto last = line.Last().GetValue();
        CHECK_FALSE((last >= 0x0EC0 && last <= 0x0EC4));
        CHECK_FALSE(line.EndsWith("-"));
        joined += line;
    }
    CHECK(joined == word);
}

TEST_CASE("widest_word: the widest word decides how small the type must go") {
    const socle::desktop::MeasureText count = [](const wxString& text) { return static_cast<double>(text.length()); };
    CHECK(socle::desktop::widest_word("the room\nagreed a level", count) == doctest::Approx(6));
    CHECK(socle::desktop::widest_word("", count) == doctest::Approx(0));
}
