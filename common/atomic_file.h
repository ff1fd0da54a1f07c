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
// file untouched) when the folder is not writable or the disk is full.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                           AtomicWriteOptions options = {});

// Renames a finished temporary file over target, flushing it first. For
// writers (such as libxlsxwriter) that must write a file themselves.
void commit_temporary_file(const std::filesystem::path& temporary, const std::filesystem::path& target);

// A unique temporary path next to target ("<name>.tmp-XXXXXX").
std::filesystem::path temporary_path_for(const std::filesystem::path& target);

std::filesystem::path backup_path_for(const std::filesystem::path& target);

}  // namespace socle::common
