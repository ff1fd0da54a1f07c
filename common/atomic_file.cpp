#include "common/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>

#include "common/error.h"
#include "common/path_text.h"
#include "common/utf8.h"

#if defined(_WIN32)
#include <io.h>
#define SOCLE_FSYNC(fd) _commit(fd)
#define SOCLE_FILENO(f) _fileno(f)
#else
#include <unistd.h>
#define SOCLE_FSYNC(fd) ::fsync(fd)
#define SOCLE_FILENO(f) ::fileno(f)
#endif

namespace fs = std::filesystem;

namespace socle::common {

namespace {

std::string describe_errno(int error) { return std::strerror(error); }

// Flushes a closed file's content to the device, so that a power cut right
// after the rename cannot leave an empty file behind.
void sync_file(const fs::path& path) {
    std::FILE* f = open_file(path, "rb+");
    if (!f) return;
    SOCLE_FSYNC(SOCLE_FILENO(f));
    std::fclose(f);
}

void write_all(const fs::path& path, std::string_view bytes) {
    std::FILE* f = open_file(path, "wb");
    if (!f) throw IoError(path_to_utf8(path), "cannot create file: " + describe_errno(errno));
    const std::size_t written = bytes.empty() ? 0 : std::fwrite(bytes.data(), 1, bytes.size(), f);
    const bool flushed = std::fflush(f) == 0 && SOCLE_FSYNC(SOCLE_FILENO(f)) == 0;
    const int error = errno;
    const bool closed = std::fclose(f) == 0;
    if (written != bytes.size() || !flushed || !closed) {
        std::error_code ignored;
        fs::remove(path, ignored);
        throw IoError(path_to_utf8(path), "cannot write file: " + describe_errno(error ? error : EIO));
    }
}

}  // namespace

std::string read_file(const fs::path& path) {
    std::error_code ec;
    // A folder opens as a stream on Linux and reports a nonsense size.
    if (fs::is_directory(path, ec)) throw IoError(path_to_utf8(path), "this is a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw IoError(path_to_utf8(path), "cannot open file for reading");
    // One read of the known size: a character-by-character copy was a quarter
    // of the time of comparing a folder of assessments.
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size < 0 || !in) {
        in.clear();
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (in.bad()) throw IoError(path_to_utf8(path), "cannot read file");
        return bytes;
    }
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), size);
    if (in.bad() || in.gcount() != size) throw IoError(path_to_utf8(path), "cannot read file");
    return bytes;
}

std::optional<std::string> read_file_or_diagnose(const fs::path& path, Diagnostics& diagnostics) {
    std::error_code ec;
    const std::string name = path_to_utf8(path);
    if (fs::is_directory(path, ec)) {
        diagnostics.error(name, 1, 1, "this is a folder; give the path of a file inside it");
        return std::nullopt;
    }
    if (!fs::exists(path, ec)) {
        diagnostics.error(name, 1, 1, "the file does not exist (check the name and the folder)");
        return std::nullopt;
    }
    try {
        return read_file(path);
    } catch (const IoError&) {
        diagnostics.error(name, 1, 1, "the file cannot be read (check its permissions)");
        return std::nullopt;
    }
}

fs::path temporary_path_for(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    const unsigned long long tag = static_cast<unsigned long long>(stamp) ^ (counter.fetch_add(1) * 0x9E3779B9ull);
    fs::path temp = target;
    temp += ".tmp-" + std::to_string(tag % 1000000007ull);
    return temp;
}

fs::path backup_path_for(const fs::path& target) {
    fs::path backup = target;
    backup += ".bak";
    return backup;
}

void commit_temporary_file(const fs::path& temporary, const fs::path& target) {
    sync_file(temporary);
    std::error_code ec;
    fs::rename(temporary, target, ec);
    if (ec) {
        fs::remove(temporary, ec);
        throw IoError(path_to_utf8(target), "cannot replace file: " + ec.message());
    }
}

void write_file_atomically(const fs::path& path, std::string_view bytes, AtomicWriteOptions options) {
    if (options.require_utf8 && !is_valid_utf8(bytes))
        throw LogicError(path_to_utf8(path) + ": refusing to write text that is not UTF-8 (an input that was not "
                         "checked at the door); the file was left as it was");
    const fs::path temp = temporary_path_for(path);
    write_all(temp, bytes);
    std::error_code ec;
    if (options.keep_backup && fs::exists(path, ec)) {
        // Copy, not move: the original stays in place until the new file is
        // complete, so there is no moment without a good file on disk.
        const fs::path backup_temp = temporary_path_for(backup_path_for(path));
        fs::copy_file(path, backup_temp, fs::copy_options::overwrite_existing, ec);
        if (!ec) fs::rename(backup_temp, backup_path_for(path), ec);
        if (ec) {
            fs::remove(backup_temp, ec);
            fs::remove(temp, ec);
            throw IoError(path_to_utf8(backup_path_for(path)), "cannot keep a backup copy: " + ec.message());
        }
    }
    commit_temporary_file(temp, path);
}

}  // namespace socle::common
