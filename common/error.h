#pragma once
// The one exception family of Socle. Expected failures of input (a bad
// framework, a bad CSV row) are values (see diagnostics.h), not exceptions;
// these are for I/O failures and programming errors. Only the outermost
// layer catches: the CLI maps them to exit codes, the desktop app to a dialog.
#include <stdexcept>
#include <string>

namespace socle::common {

// Base of everything Socle throws.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A file could not be read or written (permissions, disk full, missing path).
class IoError : public Error {
public:
    IoError(const std::string& path, const std::string& what)
        : Error(path + ": " + what), path_(path) {}
    const std::string& path() const noexcept { return path_; }

private:
    std::string path_;
};

// A file cannot be written because of the path the user gave: a folder
// where a file is expected (or the reverse), a read-only file. Input to
// correct (the CLI exits 1), not a failure of the machine.
class UnwritablePathError : public IoError {
public:
    using IoError::IoError;
};

// A caller broke a precondition: a bug, not bad input.
class LogicError : public Error {
public:
    using Error::Error;
};

}  // namespace socle::common
