#include "room/qr_code.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <limits>

namespace socle::room {

namespace {

constexpr int kMaxVersion = 10;
// Level M, by version (index 0 unused): error correction codewords per block
// and number of blocks (ISO/IEC 18004 table 9).
constexpr int kEccPerBlock[kMaxVersion + 1] = {0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26};
constexpr int kBlocks[kMaxVersion + 1] = {0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5};

// Modules left for data and error correction once the function patterns
// are drawn, in codewords.
int raw_codewords(int version) {
    int modules = (16 * version + 128) * version + 64;
    if (version >= 2) {
        const int aligns = version / 7 + 2;
        modules -= (25 * aligns - 10) * aligns - 55;
        if (version >= 7) modules -= 36;
    }
    return modules / 8;
}

int data_codewords(int version) { return raw_codewords(version) - kEccPerBlock[version] * kBlocks[version]; }

std::uint8_t gf_multiply(std::uint8_t x, std::uint8_t y) {
    unsigned z = 0;
    for (int i = 7; i >= 0; --i) {
        z = (z << 1) ^ ((z >> 7) * 0x11Du);
        z ^= ((y >> i) & 1u) * x;
    }
    return static_cast<std::uint8_t>(z);
}

// Generator polynomial of the given degree (leading 1 left out).
std::vector<std::uint8_t> rs_divisor(int degree) {
    std::vector<std::uint8_t> result(static_cast<std::size_t>(degree), 0);
    result.back() = 1;
    std::uint8_t root = 1;
    for (int i = 0; i < degree; ++i) {
        for (std::size_t j = 0; j < result.size(); ++j) {
            result[j] = gf_multiply(result[j], root);
            if (j + 1 < result.size()) result[j] ^= result[j + 1];
        }
        root = gf_multiply(root, 0x02);
    }
    return result;
}

std::vector<std::uint8_t> rs_remainder(const std::vector<std::uint8_t>& data, const std::vector<std::uint8_t>& divisor) {
    std::vector<std::uint8_t> result(divisor.size(), 0);
    for (const std::uint8_t byte : data) {
        const std::uint8_t factor = byte ^ result.front();
        result.erase(result.begin());
        result.push_back(0);
        for (std::size_t i = 0; i < result.size(); ++i) result[i] ^= gf_multiply(divisor[i], factor);
    }
    return result;
}

class Bits {
public:
    void append(unsigned value, int count) {
        for (int i = count - 1; i >= 0; --i) bits_.push_back(((value >> i) & 1u) != 0);
    }
    std::size_t size() const { return bits_.size(); }
    std::vector<std::uint8_t> bytes() const {
        std::vector<std::uint8_t> out(bits_.size() / 8, 0);
        for (std::size_t i = 0; i < out.size() * 8; ++i) {
            if (bits_[i]) out[i / 8] |= static_cast<std::uint8_t>(0x80u >> (i % 8));
        }
        return out;
    }

private:
    std::vector<bool> bits_;
};

// The matrix while it is built: modules plus which of them are patterns.
struct Grid {
    int size;
    std::vector<bool> dark;
    std::vector<bool> reserved;

    explicit Grid(int side)
        : size(side), dark(static_cast<std::size_t>(side * side)), reserved(static_cast<std::size_t>(side * side)) {}
    std::size_t at(int x, int y) const { return static_cast<std::size_t>(y * size + x); }
    void set_function(int x, int y, bool is_dark) {
        dark[at(x, y)] = is_dark;
        reserved[at(x, y)] = true;
    }
};

std::vector<int> alignment_positions(int version) {
    if (version == 1) return {};
    const int count = version / 7 + 2;
    const int size = 17 + 4 * version;
    const int step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2;
    std::vector<int> positions{6};
    for (int position = size - 7; static_cast<int>(positions.size()) < count; position -= step) {
        positions.insert(positions.begin() + 1, position);
    }
    return positions;
}

void draw_finder(Grid& grid, int centre_x, int centre_y) {
    for (int dy = -4; dy <= 4; ++dy) {
        for (int dx = -4; dx <= 4; ++dx) {
            const int x = centre_x + dx;
            const int y = centre_y + dy;
            if (x < 0 || y < 0 || x >= grid.size || y >= grid.size) continue;
            const int distance = std::max(std::abs(dx), std::abs(dy));
            grid.set_function(x, y, distance != 2 && distance != 4);
        }
    }
}

void draw_format(Grid& grid, int mask) {
    const unsigned data = 0u << 3 | static_cast<unsigned>(mask);  // level M is 00
    unsigned remainder = data;
    for (int i = 0; i < 10; ++i) remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537u);
    const unsigned bits = ((data << 10) | remainder) ^ 0x5412u;
    const auto bit = [&](int i) { return ((bits >> i) & 1u) != 0; };
    const int size = grid.size;
    for (int i = 0; i <= 5; ++i) grid.set_function(8, i, bit(i));
    grid.set_function(8, 7, bit(6));
    grid.set_function(8, 8, bit(7));
    grid.set_function(7, 8, bit(8));
    for (int i = 9; i < 15; ++i) grid.set_function(14 - i, 8, bit(i));
    for (int i = 0; i < 8; ++i) grid.set_function(size - 1 - i, 8, bit(i));
    for (int i = 8; i < 15; ++i) grid.set_function(8, size - 15 + i, bit(i));
    grid.set_function(8, size - 8, true);  // the dark module
}

void draw_function_patterns(Grid& grid, int version) {
    const int size = grid.size;
    for (int i = 0; i < size; ++i) {
        grid.set_function(6, i, i % 2 == 0);
        grid.set_function(i, 6, i % 2 == 0);
    }
    draw_finder(grid, 3, 3);
    draw_finder(grid, size - 4, 3);
    draw_finder(grid, 3, size - 4);
    const auto positions = alignment_positions(version);
    const std::size_t count = positions.size();
    for (std::size_t i = 0; i < count; ++i) {
        for (std::size_t j = 0; j < count; ++j) {
            // Not over the three finders.
            if ((i == 0 && j == 0) || (i == 0 && j == count - 1) || (i == count - 1 && j == 0)) continue;
            for (int dy = -2; dy <= 2; ++dy) {
                for (int dx = -2; dx <= 2; ++dx) {
                    grid.set_function(positions[i] + dx, positions[j] + dy,
                                      std::max(std::abs(dx), std::abs(dy)) != 1);
                }
            }
        }
    }
    draw_format(grid, 0);  // reserves the format areas; redrawn with the mask chosen
    if (version >= 7) {
        unsigned remainder = static_cast<unsigned>(version);
        for (int i = 0; i < 12; ++i) remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25u);
        const unsigned bits = static_cast<unsigned>(version) << 12 | remainder;
        for (int i = 0; i < 18; ++i) {
            const bool is_dark = ((bits >> i) & 1u) != 0;
            const int a = size - 11 + i % 3;
            const int b = i / 3;
            grid.set_function(a, b, is_dark);
            grid.set_function(b, a, is_dark);
        }
    }
}

void place_codewords(Grid& grid, const std::vector<std::uint8_t>& codewords) {
    const int size = grid.size;
    std::size_t i = 0;
    for (int right = size - 1; right >= 1; right -= 2) {
        if (right == 6) right = 5;  // the vertical timing pattern
        for (int vertical = 0; vertical < size; ++vertical) {
            for (int j = 0; j < 2; ++j) {
                const int x = right - j;
                const bool upward = ((right + 1) & 2) == 0;
                const int y = upward ? size - 1 - vertical : vertical;
                if (grid.reserved[grid.at(x, y)] || i >= codewords.size() * 8) continue;
                grid.dark[grid.at(x, y)] = ((codewords[i >> 3] >> (7 - (i & 7))) & 1) != 0;
                ++i;
            }
        }
    }
}

bool mask_bit(int mask, int x, int y) {
    switch (mask) {
        case 0: return (x + y) % 2 == 0;
        case 1: return y % 2 == 0;
        case 2: return x % 3 == 0;
        case 3: return (x + y) % 3 == 0;
        case 4: return (x / 3 + y / 2) % 2 == 0;
        case 5: return x * y % 2 + x * y % 3 == 0;
        case 6: return (x * y % 2 + x * y % 3) % 2 == 0;
        default: return ((x + y) % 2 + x * y % 3) % 2 == 0;
    }
}

void apply_mask(Grid& grid, int mask) {
    for (int y = 0; y < grid.size; ++y) {
        for (int x = 0; x < grid.size; ++x) {
            if (!grid.reserved[grid.at(x, y)] && mask_bit(mask, x, y)) grid.dark[grid.at(x, y)].flip();
        }
    }
}

// The standard's penalty (runs, 2x2 blocks, finder look-alikes, balance):
// the mask with the lowest is the easiest for a camera to read.
long penalty(const Grid& grid) {
    const int size = grid.size;
    long score = 0;
    const auto module = [&](int x, int y, bool by_row) { return by_row ? grid.dark[grid.at(x, y)] : grid.dark[grid.at(y, x)]; };
    for (const bool by_row : {true, false}) {
        for (int line = 0; line < size; ++line) {
            int run = 1;
            for (int i = 1; i <= size; ++i) {
                if (i < size && module(i, line, by_row) == module(i - 1, line, by_row)) {
                    ++run;
                    continue;
                }
                if (run >= 5) score += 3 + (run - 5);
                run = 1;
            }
            // 1:1:3:1:1 with four light modules on one side.
            for (int i = 0; i + 11 <= size; ++i) {
                static constexpr bool kPattern[] = {true, false, true, true, true, false, true};
                bool before = true;
                bool after = true;
                for (int k = 0; k < 11; ++k) {
                    const bool value = module(i + k, line, by_row);
                    before = before && value == (k < 4 ? false : kPattern[k - 4]);
                    after = after && value == (k < 7 ? kPattern[k] : false);
                }
                if (before) score += 40;
                if (after) score += 40;
            }
        }
    }
    int dark = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            dark += grid.dark[grid.at(x, y)] ? 1 : 0;
            if (x + 1 < size && y + 1 < size) {
                const bool value = grid.dark[grid.at(x, y)];
                if (value == grid.dark[grid.at(x + 1, y)] && value == grid.dark[grid.at(x, y + 1)] &&
                    value == grid.dark[grid.at(x + 1, y + 1)]) {
                    score += 3;
                }
            }
        }
    }
    const int total = size * size;
    const int deviation = std::abs(dark * 20 - total * 10);  // in steps of 5 % of the total
    score += 10L * ((deviation + total - 1) / total - 1 > 0 ? (deviation + total - 1) / total - 1 : 0);
    return score;
}

}  // namespace

std::optional<QrCode> QrCode::encode(std::string_view text) {
    int version = 1;
    for (; version <= kMaxVersion; ++version) {
        const int count_bits = version <= 9 ? 8 : 16;
        if (static_cast<long>(4 + count_bits) + 8L * static_cast<long>(text.size()) <= 8L * data_codewords(version)) {
            break;
        }
    }
    if (version > kMaxVersion) return std::nullopt;

    // Byte mode: 0100, the length, the bytes, a terminator, then padding.
    const std::size_t capacity = static_cast<std::size_t>(data_codewords(version)) * 8;
    Bits bits;
    bits.append(0b0100, 4);
    bits.append(static_cast<unsigned>(text.size()), version <= 9 ? 8 : 16);
    for (const char c : text) bits.append(static_cast<unsigned char>(c), 8);
    bits.append(0, static_cast<int>(std::min<std::size_t>(4, capacity - bits.size())));
    bits.append(0, static_cast<int>((8 - bits.size() % 8) % 8));
    for (unsigned pad = 0xEC; bits.size() < capacity; pad ^= 0xEC ^ 0x11) bits.append(pad, 8);
    const std::vector<std::uint8_t> data = bits.bytes();

    // Split into blocks (the short ones first), add each block's error
    // correction, and interleave.
    const int blocks = kBlocks[version];
    const int ecc = kEccPerBlock[version];
    const int raw = raw_codewords(version);
    const int short_blocks = blocks - raw % blocks;
    const int short_data = raw / blocks - ecc;
    const auto divisor = rs_divisor(ecc);
    std::vector<std::vector<std::uint8_t>> data_blocks;
    std::vector<std::vector<std::uint8_t>> ecc_blocks;
    std::size_t offset = 0;
    for (int b = 0; b < blocks; ++b) {
        const std::size_t length = static_cast<std::size_t>(short_data + (b < short_blocks ? 0 : 1));
        data_blocks.emplace_back(data.begin() + static_cast<std::ptrdiff_t>(offset),
                                 data.begin() + static_cast<std::ptrdiff_t>(offset + length));
        ecc_blocks.push_back(rs_remainder(data_blocks.back(), divisor));
        offset += length;
    }
    std::vector<std::uint8_t> codewords;
    for (int i = 0; i <= short_data; ++i) {
        for (const auto& block : data_blocks) {
            if (static_cast<std::size_t>(i) < block.size()) codewords.push_back(block[static_cast<std::size_t>(i)]);
        }
    }
    for (int i = 0; i < ecc; ++i) {
        for (const auto& block : ecc_blocks) codewords.push_back(block[static_cast<std::size_t>(i)]);
    }

    Grid grid(17 + 4 * version);
    draw_function_patterns(grid, version);
    place_codewords(grid, codewords);
    int best_mask = 0;
    long best_penalty = std::numeric_limits<long>::max();
    for (int mask = 0; mask < 8; ++mask) {
        Grid trial = grid;
        apply_mask(trial, mask);
        draw_format(trial, mask);
        const long score = penalty(trial);
        if (score < best_penalty) {
            best_penalty = score;
            best_mask = mask;
        }
    }
    apply_mask(grid, best_mask);
    draw_format(grid, best_mask);

    QrCode code;
    code.version_ = version;
    code.size_ = grid.size;
    code.mask_ = best_mask;
    code.modules_ = std::move(grid.dark);
    return code;
}

std::string qr_svg(const QrCode& code) {
    const int side = code.size() + 8;
    const std::string side_text = std::to_string(side);
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side_text + " " + side_text +
                      "\" shape-rendering=\"crispEdges\">\n<rect width=\"" + side_text + "\" height=\"" + side_text +
                      "\" fill=\"#fff\"/>\n<path fill=\"#000\" d=\"";
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (code.dark(x, y)) svg += "M" + std::to_string(x + 4) + " " + std::to_string(y + 4) + "h1v1h-1z";
        }
    }
    svg += "\"/>\n</svg>\n";
    return svg;
}

}  // namespace socle::room
