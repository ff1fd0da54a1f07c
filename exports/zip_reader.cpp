// The zip reader: the end-of-central-directory record, the central
// directory's entries, then one entry's local header and data on demand
// (APPNOTE.TXT, the zip format's specification by PKWARE). Every number read
// from the file is checked against the archive's size before it is used.
#include "exports/detail/zip_reader.h"

#include <zlib.h>

#include <algorithm>

namespace socle::exports::detail {

namespace {

constexpr std::uint32_t kEndOfDirectory = 0x06054b50;
constexpr std::uint32_t kDirectoryEntry = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::size_t kEndOfDirectorySize = 22;
constexpr std::size_t kDirectoryEntrySize = 46;
constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kMaxComment = 0xFFFF;
constexpr std::uint16_t kStored = 0;
constexpr std::uint16_t kDeflated = 8;
constexpr std::uint16_t kEncrypted = 1;

std::uint16_t u16(std::string_view bytes, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                      static_cast<unsigned char>(bytes[at + 1]) << 8);
}

std::uint32_t u32(std::string_view bytes, std::size_t at) {
    return static_cast<std::uint32_t>(u16(bytes, at)) | static_cast<std::uint32_t>(u16(bytes, at + 2)) << 16;
}

// Whether [offset, offset + size) lies inside a buffer of `total` bytes,
// without overflow.
bool inside(std::uint64_t offset, std::uint64_t size, std::size_t total) {
    return offset <= total && size <= total - offset;
}

std::optional<std::string> inflate_raw(std::string_view packed, std::size_t size, std::string& problem) {
    // One byte more than announced: data that holds more than its stated
    // size fills it and is refused, and an empty entry still has room.
    std::string out(size + 1, '\0');
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
        problem = "the decompressor could not start";
        return std::nullopt;
    }
    // zlib counts in uInt: an entry is at most ZipLimits::max_entry_size (far below 4 GiB).
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
    stream.avail_in = static_cast<uInt>(packed.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = inflate(&stream, Z_FINISH);
    const auto produced = stream.total_out;
    inflateEnd(&stream);
    if (result != Z_STREAM_END || produced != size) {
        problem = "its compressed data is damaged or does not match its stated size";
        return std::nullopt;
    }
    out.resize(size);
    return out;
}

}  // namespace

ZipReader::ZipReader(std::string_view bytes, ZipLimits limits) : bytes_(bytes), limits_(limits) { read_directory(); }

void ZipReader::read_directory() {
    if (bytes_.size() < kEndOfDirectorySize) {
        problem_ = "the file is too short to be a zip archive";
        return;
    }
    // The record sits at the end, followed only by a comment of at most 64 KiB.
    const std::size_t last = bytes_.size() - kEndOfDirectorySize;
    const std::size_t first = last > kMaxComment ? last - kMaxComment : 0;
    std::optional<std::size_t> end;
    for (std::size_t at = last + 1; at-- > first;) {
        if (u32(bytes_, at) == kEndOfDirectory) {
            end = at;
            break;
        }
    }
    if (!end) {
        problem_ = "it is not a zip archive (an .xlsx file is one): no zip directory at its end; the file may be "
                   "cut short or not a workbook";
        return;
    }
    const std::uint16_t disk = u16(bytes_, *end + 4);
    const std::uint16_t directory_disk = u16(bytes_, *end + 6);
    const std::uint16_t count = u16(bytes_, *end + 10);
    const std::uint32_t directory_size = u32(bytes_, *end + 12);
    const std::uint32_t directory_offset = u32(bytes_, *end + 16);
    if (disk != 0 || directory_disk != 0 || count == 0xFFFF || directory_offset == 0xFFFFFFFF) {
        problem_ = "it is a split or zip64 archive, which Socle does not read; save it again from the spreadsheet";
        return;
    }
    if (count > limits_.max_entries) {
        problem_ = "it holds more than " + std::to_string(limits_.max_entries) + " files, too many for a workbook";
        return;
    }
    if (!inside(directory_offset, directory_size, *end)) {
        problem_ = "its zip directory points outside the file: the file is damaged or cut short";
        return;
    }
    std::size_t at = directory_offset;
    const std::size_t directory_end = static_cast<std::size_t>(directory_offset) + directory_size;
    for (std::uint16_t i = 0; i < count; ++i) {
        if (!inside(at, kDirectoryEntrySize, directory_end) || u32(bytes_, at) != kDirectoryEntry) {
            problem_ = "its zip directory is damaged (entry " + std::to_string(i + 1) + ")";
            return;
        }
        Entry entry;
        entry.flags = u16(bytes_, at + 8);
        entry.method = u16(bytes_, at + 10);
        entry.crc = u32(bytes_, at + 16);
        entry.packed_size = u32(bytes_, at + 20);
        entry.size = u32(bytes_, at + 24);
        const std::size_t name_length = u16(bytes_, at + 28);
        const std::size_t extra_length = u16(bytes_, at + 30);
        const std::size_t comment_length = u16(bytes_, at + 32);
        entry.local_offset = u32(bytes_, at + 42);
        const std::size_t variable = name_length + extra_length + comment_length;
        if (!inside(at + kDirectoryEntrySize, variable, directory_end)) {
            problem_ = "its zip directory is damaged (entry " + std::to_string(i + 1) + ")";
            return;
        }
        entry.name.assign(bytes_.substr(at + kDirectoryEntrySize, name_length));
        entries_.push_back(std::move(entry));
        at += kDirectoryEntrySize + variable;
    }
}

std::vector<std::string> ZipReader::names() const {
    std::vector<std::string> out;
    for (const auto& entry : entries_) out.push_back(entry.name);
    return out;
}

bool ZipReader::contains(std::string_view name) const {
    return std::any_of(entries_.begin(), entries_.end(), [&](const Entry& entry) { return entry.name == name; });
}

std::optional<std::string> ZipReader::read(std::string_view name, std::string& problem) {
    const auto found =
        std::find_if(entries_.begin(), entries_.end(), [&](const Entry& entry) { return entry.name == name; });
    const std::string what = "its part " + std::string(name);
    if (!ok() || found == entries_.end()) {
        problem = what + " is missing";
        return std::nullopt;
    }
    const Entry& entry = *found;
    if (entry.flags & kEncrypted) {
        problem = what + " is encrypted: save the workbook without a password";
        return std::nullopt;
    }
    if (entry.size > limits_.max_entry_size || entry.size > limits_.max_total_size - read_total_) {
        problem = what + " is too large (" + std::to_string(entry.size) + " bytes unpacked)";
        return std::nullopt;
    }
    if (!inside(entry.local_offset, kLocalHeaderSize, bytes_.size()) ||
        u32(bytes_, static_cast<std::size_t>(entry.local_offset)) != kLocalHeader) {
        problem = what + " is damaged (no local header where the directory says)";
        return std::nullopt;
    }
    const auto local = static_cast<std::size_t>(entry.local_offset);
    const std::uint64_t data =
        std::uint64_t{local} + kLocalHeaderSize + u16(bytes_, local + 26) + u16(bytes_, local + 28);
    if (!inside(data, entry.packed_size, bytes_.size())) {
        problem = what + " is damaged: its data runs past the end of the file";
        return std::nullopt;
    }
    const auto packed = bytes_.substr(static_cast<std::size_t>(data), static_cast<std::size_t>(entry.packed_size));
    std::optional<std::string> out;
    std::string why;
    if (entry.method == kStored) {
        if (entry.packed_size == entry.size) out = std::string(packed);
        else why = "its stored size does not match";
    } else if (entry.method == kDeflated) {
        out = inflate_raw(packed, static_cast<std::size_t>(entry.size), why);
    } else {
        why = "it uses compression method " + std::to_string(entry.method) + ", which Socle does not read";
    }
    if (out && crc32(0L, reinterpret_cast<const Bytef*>(out->data()), static_cast<uInt>(out->size())) != entry.crc) {
        out.reset();
        why = "its checksum does not match: the file is damaged";
    }
    if (!out) {
        problem = what + " cannot be read: " + why;
        return std::nullopt;
    }
    read_total_ += out->size();
    return out;
}

}  // namespace socle::exports::detail
