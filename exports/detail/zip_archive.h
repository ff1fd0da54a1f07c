#pragma once
// A zip archive built in memory (minizip over a memory stream), for the
// Office Open XML packages the report is made of. In memory, so the finished
// bytes go through common::write_file_atomically like every other save, and
// no file name ever reaches minizip's fopen (which takes ANSI names on
// Windows). Internal to exports/.
#include <string>
#include <string_view>

namespace socle::exports::detail {

class ZipArchive {
public:
    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // Adds one deflated entry. Throws common::LogicError if the archive is
    // already finished or minizip refuses (out of memory).
    void add(std::string_view name, std::string_view bytes);
    // Writes the central directory and returns the archive's bytes.
    std::string finish();

private:
    struct State;
    State* state_;
};

}  // namespace socle::exports::detail
