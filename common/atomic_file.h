#pragma once
// Whole-file reads and crash-safe writes. A save never leaves a half-written
// file in place of a good one: the bytes go to a temporary file in the same
// folder, are flushed to disk, and only then renamed over the target.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostics.h"

namespace socle::common {

// Reads a whole file as bytes. Throws IoError when it cannot.
std::string read_file(const std::filesystem::path& path);

// read_file for an input the user named: nothing, with one diagnostic at
// FILE:1:1 that says what to do, when it is missing, a folder, or unreadable.
std::optional<std::string> read_file_or_diagnose(const std::filesystem::path& path, Diagnostics& diagnostics);

struct AtomicWriteOptions {
    // Keep the file being replaced as "<name>.bak" (itself replaced atomically).
    bool keep_backup = false;
    // Every file Socle writes this way is text: refuse (LogicError, nothing
    // written) bytes that are not UTF-8 rather than leave a file that no
    // spreadsheet, XML or JSON reader takes.
    bool require_utf8 = true;
};

// Writes bytes to path atomically. Throws IoError (and leaves any existing
// file untouched) when the folder is not writable, the disk is full, the
// file is read-only, or (Windows) it is open in another program.
// A symbolic link is written through: its target is replaced and the link
// stays. The replaced file's mode (and owner, where allowed) is kept.
// A temporary file left by a save that was killed ("<name>.tmp-<digits>",
// more than an hour old) is removed by the next save of the same file; the
// file it was meant to replace was never touched, so nothing is lost.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                           AtomicWriteOptions options = {});

// Renames a finished temporary file over target, flushing it first, with
// the same checks and kept permissions as write_file_atomically. For writers
// (such as libxlsxwriter) that must write a file themselves.
void commit_temporary_file(const std::filesystem::path& temporary, const std::filesystem::path& target);

// The file a save of path replaces: path itself, or where its symbolic
// link(s) lead.
std::filesystem::path resolve_save_target(const std::filesystem::path& path);

// A unique temporary path next to the file a save of target replaces
// ("<name>.tmp-<digits>").
std::filesystem::path temporary_path_for(const std::filesystem::path& target);

std::filesystem::path backup_path_for(const std::filesystem::path& target);

}  // namespace socle::common
