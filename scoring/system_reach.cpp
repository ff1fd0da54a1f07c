#include "scoring/detail/system_reach.h"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace socle::scoring::detail {

namespace {

using Word = std::uint64_t;
constexpr std::size_t kBits = 64;

// Appends the set bits of `row` (column `lo` + i for bit i) to `out` until it
// holds `keep` entries.
void take_first(const Word* row, std::size_t words, std::size_t lo, std::size_t keep, std::vector<std::size_t>& out) {
    for (std::size_t w = 0; w < words && out.size() < keep; ++w) {
        for (Word bits = row[w]; bits && out.size() < keep; bits &= bits - 1)
            out.push_back(lo + w * kBits + static_cast<std::size_t>(std::countr_zero(bits)));
    }
}

}  // namespace

ComponentReach component_reach(std::size_t vertices, const std::vector<std::vector<std::size_t>>& members,
                               const std::vector<std::vector<std::size_t>>& next,
                               const std::vector<std::size_t>& visit_order, std::size_t keep, std::size_t band_bytes) {
    const std::size_t components = members.size();
    ComponentReach out;
    out.count.assign(components, 0);
    out.first.assign(components, {});
    if (components == 0) return out;

    const std::size_t all_words = (vertices + kBits - 1) / kBits;
    const std::size_t words = std::clamp<std::size_t>(band_bytes / (sizeof(Word) * components), 1, all_words);
    const std::size_t band = words * kBits;
    std::vector<Word> rows(components * words);

    for (std::size_t lo = 0; lo < vertices; lo += band) {
        const std::size_t hi = std::min(vertices, lo + band);
        for (const auto c : visit_order) {
            Word* row = rows.data() + c * words;
            std::fill(row, row + words, Word{0});
            for (const auto v : members[c])
                if (v >= lo && v < hi) row[(v - lo) / kBits] |= Word{1} << ((v - lo) % kBits);
            for (const auto other : next[c]) {
                const Word* from = rows.data() + other * words;
                for (std::size_t w = 0; w < words; ++w) row[w] |= from[w];
            }
            std::size_t ones = 0;
            for (std::size_t w = 0; w < words; ++w) ones += static_cast<std::size_t>(std::popcount(row[w]));
            out.count[c] += ones;
            if (out.first[c].size() < keep) take_first(row, words, lo, keep, out.first[c]);
        }
    }
    return out;
}

}  // namespace socle::scoring::detail
