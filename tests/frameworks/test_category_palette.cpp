// The system map's category palette: every two categories differ enough
// to be told apart (CIE 1976 ΔE in CIELAB, and again as seen with the
// two common red-green colour-vision deficiencies), each has its own
// number as a second cue, and the text drawn on a category's colour and on
// its pale fill is readable (WCAG 2 contrast ratio). The colour science is
// computed here, independently of the code under test.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <string>

#include "frameworks/system_category.h"

using namespace socle::frameworks;

namespace {

using Vec = std::array<double, 3>;
using Matrix = std::array<Vec, 3>;

double linear(std::uint8_t channel) {  // sRGB decoding (IEC 61966-2-1)
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Vec linear_rgb(Rgb colour) { return {linear(colour.r), linear(colour.g), linear(colour.b)}; }

// Linear sRGB -> XYZ (D65) -> CIELAB.
Vec lab(Vec rgb) {
    const double x = 0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2];
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = 0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2];
    const auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    const double fx = f(x / 0.95047), fy = f(y), fz = f(z / 1.08883);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

double delta_e(Vec a, Vec b) { return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]); }

// Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
constexpr Matrix kProtanopia{{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix kDeuteranopia{{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};

Vec seen_with(const Matrix& m, Vec rgb) {
    Vec out{};
    for (int i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    return out;
}

// WCAG 2.x relative luminance and contrast ratio.
double luminance(Rgb colour) {
    const auto rgb = linear_rgb(colour);
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

double contrast(Rgb a, Rgb b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST_CASE("category palette: every two category colours differ by at least 20 CIE76 ΔE") {
    // 20 is far above a just-noticeable difference (about 2.3): the
    // colours differ at a glance, not only side by side.
    const auto categories = all_categories();
    REQUIRE(categories.size() >= 13);
    double smallest = 1e9;
    for (std::size_t i = 0; i < categories.size(); ++i)
        for (std::size_t j = i + 1; j < categories.size(); ++j) {
            const auto a = category_colour(categories[i]), b = category_colour(categories[j]);
            const double difference = delta_e(lab(linear_rgb(a)), lab(linear_rgb(b)));
            INFO(a.hex() << " vs " << b.hex() << ": " << difference);
            CHECK(difference >= 20);
            smallest = std::min(smallest, difference);
        }
    MESSAGE("smallest ΔE between two categories: " << smallest);
}

TEST_CASE("category palette: with protanopia or deuteranopia every two colours still differ by 8 ΔE") {
    // Thirteen and more hues cannot all stay far apart for a dichromat;
    // the number on the band carries the rest (next case).
    const auto categories = all_categories();
    for (const auto* matrix : {&kProtanopia, &kDeuteranopia})
        for (std::size_t i = 0; i < categories.size(); ++i)
            for (std::size_t j = i + 1; j < categories.size(); ++j) {
                const auto a = category_colour(categories[i]), b = category_colour(categories[j]);
                const double difference =
                    delta_e(lab(seen_with(*matrix, linear_rgb(a))), lab(seen_with(*matrix, linear_rgb(b))));
                INFO(a.hex() << " vs " << b.hex() << (matrix == &kProtanopia ? " (protanopia): " : " (deuteranopia): ")
                             << difference);
                CHECK(difference >= 8);
            }
}

TEST_CASE("category palette: each category has its own number, a cue that is not colour") {
    std::set<int> numbers;
    for (auto category : all_categories()) {
        const int number = category_number(category);
        CHECK(number >= 1);
        CHECK(number <= static_cast<int>(all_categories().size()));
        numbers.insert(number);
    }
    CHECK(numbers.size() == all_categories().size());
}

TEST_CASE("category palette: text on a category colour and on its fill meets the WCAG contrast ratio") {
    for (auto category : all_categories()) {
        const auto strong = category_colour(category), fill = category_fill(category);
        INFO(category_key(category) << " " << strong.hex() << " / fill " << fill.hex());
        // The number on the band: normal-size text, WCAG AA (4.5:1).
        CHECK(contrast(readable_text_on(strong), strong) >= 4.5);
        // The system's name on the pale fill: WCAG AAA (7:1), for a projector.
        CHECK(contrast(readable_text_on(fill), fill) >= 7);
        // The picker takes the better of dark and white.
        const Rgb other = readable_text_on(strong) == kWhiteText ? kDarkText : kWhiteText;
        CHECK(contrast(readable_text_on(strong), strong) >= contrast(other, strong));
    }
    // Both answers occur: the palette has light and dark colours.
    std::set<std::string> texts;
    for (auto category : all_categories()) texts.insert(readable_text_on(category_colour(category)).hex());
    CHECK(texts.size() == 2);
}
