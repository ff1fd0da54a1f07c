#include "common/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

#include "common/error.h"
#include "common/path_text.h"
#include "common/utf8.h"

#if defined(_WIN32)
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <io.h>
#include <windows.h>
#define SOCLE_FSYNC(fd) _commit(fd)
#define SOCLE_FILENO(f) _fileno(f)
#else
#include <sys/stat.h>
#include <unistd.h>
#define SOCLE_FSYNC(fd) ::fsync(fd)
#define SOCLE_FILENO(f) ::fileno(f)
#endif

namespace fs = std::filesystem;

namespace socle::common {

namespace {

constexpr std::string_view kTemporaryTag = ".tmp-";
// A save takes seconds; a temporary file older than this was left by a save
// that was killed (the file it was meant to replace is intact).
constexpr auto kStaleTemporaryAge = std::chrono::hours(1);

std::string describe_errno(int error) { return std::strerror(error); }

// Flushes a closed file's content to the device, so that a power cut right
// after the rename cannot leave an empty file behind.
void sync_file(const fs::path& path) {
    std::FILE* f = open_file(path, "rb+");
    if (!f) return;
    SOCLE_FSYNC(SOCLE_FILENO(f));
    std::fclose(f);
}

// A save must not quietly change who may read the file: the new file gets
// the mode (and, where the system allows, the owner) of the one it replaces.
void keep_permissions_of(const fs::path& original, [[maybe_unused]] std::FILE* replacement) {
#ifndef _WIN32
    struct stat info {};
    if (::stat(original.c_str(), &info) != 0) return;  // a new file: the usual mode
    const int fd = SOCLE_FILENO(replacement);
    if (::fchown(fd, info.st_uid, info.st_gid) != 0) (void)!::fchown(fd, static_cast<uid_t>(-1), info.st_gid);
    (void)!::fchmod(fd, info.st_mode & 07777);
#else
    (void)original;
#endif
}

void keep_permissions_of(const fs::path& original, const fs::path& replacement) {
#ifndef _WIN32
    struct stat info {};
    if (::stat(original.c_str(), &info) != 0) return;
    if (::chown(replacement.c_str(), info.st_uid, info.st_gid) != 0)
        (void)!::chown(replacement.c_str(), static_cast<uid_t>(-1), info.st_gid);
    (void)!::chmod(replacement.c_str(), info.st_mode & 07777);
#else
    (void)original;
    (void)replacement;
#endif
}

// Socle never overwrites a file the user marked read-only, nor a folder.
void refuse_read_only(const fs::path& target) {
    std::error_code ec;
    const auto status = fs::status(target, ec);
    if (!ec && fs::is_directory(status))
        throw UnwritablePathError(path_to_utf8(target),
                                  "this is a folder; give the name of a file to write (inside it, for example)");
    if (ec || !fs::is_regular_file(status)) return;
    constexpr auto kWriteBits = fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
    bool read_only = (status.permissions() & kWriteBits) == fs::perms::none;
#ifndef _WIN32
    if (!read_only && ::access(target.c_str(), W_OK) != 0 && errno == EACCES) read_only = true;
#endif
    if (read_only)
        throw UnwritablePathError(path_to_utf8(target),
                      "the file is read-only, so Socle does not overwrite it: save under another name, or make "
                      "the file writable first (in its properties, or with chmod u+w)");
}

// Temporary files of saves that were killed: "<name>.tmp-<digits>", old.
void remove_stale_temporaries(const fs::path& target) {
    std::error_code ec;
    const std::string prefix = path_to_utf8(target.filename()) + std::string(kTemporaryTag);
    const auto now = fs::file_time_type::clock::now();
    for (fs::directory_iterator it(target.parent_path().empty() ? fs::path(".") : target.parent_path(), ec), end;
         !ec && it != end; it.increment(ec)) {
        const std::string name = path_to_utf8(it->path().filename());
        if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
        if (name.find_first_not_of("0123456789", prefix.size()) != std::string::npos) continue;
        std::error_code entry_ec;
        const auto written = fs::last_write_time(it->path(), entry_ec);
        if (!entry_ec && now - written > kStaleTemporaryAge) fs::remove(it->path(), entry_ec);
    }
}

void write_all(const fs::path& path, std::string_view bytes, const fs::path& replaced) {
    std::FILE* f = open_file(path, "wb");
    if (!f) throw IoError(path_to_utf8(path), "cannot create file: " + describe_errno(errno));
    keep_permissions_of(replaced, f);  // before any byte is written
    int error = 0;
    const std::size_t written = bytes.empty() ? 0 : std::fwrite(bytes.data(), 1, bytes.size(), f);
    if (written != bytes.size()) error = errno;
    if (!error && (std::fflush(f) != 0 || SOCLE_FSYNC(SOCLE_FILENO(f)) != 0)) error = errno;
    if (std::fclose(f) != 0 && !error) error = errno;
    if (written != bytes.size() || error) {
        // The reason is taken before clean-up: remove() may reset errno.
        std::error_code ignored;
        fs::remove(path, ignored);
        throw IoError(path_to_utf8(path), "cannot write file: " + describe_errno(error ? error : EIO));
    }
}

// Renames temporary over target in one step, whether target exists or not.
void replace_file(const fs::path& temporary, const fs::path& target) {
#if defined(_WIN32)
    if (::MoveFileExW(temporary.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) return;
    const DWORD error = ::GetLastError();
    std::error_code ignored;
    fs::remove(temporary, ignored);
    if (error == ERROR_SHARING_VIOLATION || error == ERROR_LOCK_VIOLATION || error == ERROR_ACCESS_DENIED)
        throw IoError(path_to_utf8(target),
                      "the file is open in another program (Excel, for example): close it there and try again");
    throw IoError(path_to_utf8(target),
                  "cannot replace file: " + std::system_category().message(static_cast<int>(error)));
#else
    std::error_code ec;
    fs::rename(temporary, target, ec);
    if (ec) {
        const std::string reason = ec.message();  // before the clean-up resets ec
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw IoError(path_to_utf8(target), "cannot replace file: " + reason);
    }
#endif
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

fs::path resolve_save_target(const fs::path& path) {
    fs::path target = path;
    std::error_code ec;
    // Followed link by link (not fs::canonical), so that a link to a file not
    // yet written still names where it will be.
    for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(target, ec)); ++hops) {
        const fs::path next = fs::read_symlink(target, ec);
        if (ec) break;
        target = next.is_absolute() ? next : target.parent_path() / next;
    }
    return target;
}

fs::path temporary_path_for(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    const unsigned long long tag = static_cast<unsigned long long>(stamp) ^ (counter.fetch_add(1) * 0x9E3779B9ull);
    fs::path temp = resolve_save_target(target);  // beside the real file, so the rename stays on one disk
    temp += std::string(kTemporaryTag) + std::to_string(tag % 1000000007ull);
    return temp;
}

fs::path backup_path_for(const fs::path& target) {
    fs::path backup = target;
    backup += ".bak";
    return backup;
}

void commit_temporary_file(const fs::path& temporary, const fs::path& target) {
    const fs::path real_target = resolve_save_target(target);
    try {
        refuse_read_only(real_target);
    } catch (const IoError&) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw;
    }
    keep_permissions_of(real_target, temporary);
    sync_file(temporary);
    replace_file(temporary, real_target);
    remove_stale_temporaries(real_target);
}

void write_file_atomically(const fs::path& path, std::string_view bytes, AtomicWriteOptions options) {
    if (options.require_utf8 && !is_valid_utf8(bytes))
        throw LogicError(path_to_utf8(path) + ": refusing to write text that is not UTF-8 (an input that was not "
                         "checked at the door); the file was left as it was");
    const fs::path target = resolve_save_target(path);
    refuse_read_only(target);
    const fs::path temp = temporary_path_for(target);
    write_all(temp, bytes, target);
    std::error_code ec;
    if (options.keep_backup && fs::exists(target, ec)) {
        // Copy, not move: the original stays in place until the new file is
        // complete, so there is no moment without a good file on disk.
        const fs::path backup = backup_path_for(target);
        const fs::path backup_temp = temporary_path_for(backup);
        fs::copy_file(target, backup_temp, fs::copy_options::overwrite_existing, ec);
        if (!ec) {
            keep_permissions_of(target, backup_temp);
            fs::rename(backup_temp, backup, ec);
        }
        if (ec) {
            const std::string reason = ec.message();  // before the clean-up resets ec
            std::error_code ignored;
            fs::remove(backup_temp, ignored);
            fs::remove(temp, ignored);
            throw IoError(path_to_utf8(backup), "cannot keep a backup copy: " + reason);
        }
        remove_stale_temporaries(backup);
    }
    commit_temporary_file(temp, target);
}

}  // namespace socle::common
