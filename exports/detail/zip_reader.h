#pragma once
// Reading a zip archive held in memory: the central directory, then stored
// or deflated entries (zlib's inflate). Our own small reader rather than
// minizip's unzip, which the Windows build does not have (libxlsxwriter's
// bundled minizip compiles only the writing half). The archives come from
// outside (a workbook back from a translator), so every size is bounded and
// every offset checked before it is read: a damaged or hostile file gives a
// problem in words, never a crash or an unbounded allocation. No zip64, no
// encryption, no multi-disk archives: Office and LibreOffice write none for
// files of this size. Internal to exports/.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace socle::exports::detail {

struct ZipLimits {
    std::size_t max_entries = 4096;
    std::size_t max_entry_size = 64u << 20;  // one unpacked entry
    std::size_t max_total_size = 256u << 20;  // all entries read from one archive
};

class ZipReader {
public:
    // Reads the central directory of `bytes` (which must outlive the reader).
    // When it is not a zip archive, or a damaged one, ok() is false and
    // problem() says why.
    explicit ZipReader(std::string_view bytes, ZipLimits limits = {});

    bool ok() const { return problem_.empty(); }
    const std::string& problem() const { return problem_; }
    std::vector<std::string> names() const;
    bool contains(std::string_view name) const;

    // The unpacked bytes of entry `name`; nothing, with `problem` set, when
    // it is missing, damaged (bad sizes, bad checksum) or too large.
    std::optional<std::string> read(std::string_view name, std::string& problem);

private:
    struct Entry {
        std::string name;
        std::uint16_t flags = 0;
        std::uint16_t method = 0;
        std::uint32_t crc = 0;
        std::uint64_t packed_size = 0;
        std::uint64_t size = 0;
        std::uint64_t local_offset = 0;
    };
    std::string_view bytes_;
    ZipLimits limits_;
    std::vector<Entry> entries_;
    std::size_t read_total_ = 0;
    std::string problem_;

    void read_directory();
};

}  // namespace socle::exports::detail
