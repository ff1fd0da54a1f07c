#pragma once
// Paths as UTF-8 text and back, and files opened by path, the same on every
// platform and whatever the process locale.
//
// Why this exists: std::filesystem::path::string() and wstring() convert
// through the C++ library's locale (and, on Windows, the ANSI code page),
// so a Cyrillic or Lao file name throws or turns into question marks there.
// u8string() and a path built from char8_t are the only conversions the
// standard defines as UTF-8 on every platform; everything goes through them.
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace socle::common {

// The path as UTF-8 (for messages, JSON, files and wx strings).
std::string path_to_utf8(const std::filesystem::path& path);

// The path named by UTF-8 text (a command-line argument, a setting, a name
// typed by the user).
std::filesystem::path path_from_utf8(std::string_view utf8);

// std::fopen for a path: _wfopen on Windows (a narrow name there is in the
// ANSI code page and cannot hold every script), fopen of the native bytes
// elsewhere. Returns null and leaves errno set on failure, like fopen.
std::FILE* open_file(const std::filesystem::path& path, const char* mode);

}  // namespace socle::common
