#pragma once
// Problems found in user input, reported all at once with their position.
#include <string>
#include <vector>

namespace socle::common {

enum class Severity { Error, Warning, Note };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    int line = 0;    // 1-based; 0 when the problem is about the whole file
    int column = 0;  // 1-based, in characters (UTF-8 code points)
    std::string message;
};

// "FILE:LINE:COLUMN: error: MESSAGE", the form compilers use, which editors
// and CI logs already know how to jump to.
std::string format_diagnostic(const Diagnostic& d);

class Diagnostics {
public:
    void add(Severity severity, std::string file, int line, int column, std::string message);
    void error(std::string file, int line, int column, std::string message) {
        add(Severity::Error, std::move(file), line, column, std::move(message));
    }
    void warning(std::string file, int line, int column, std::string message) {
        add(Severity::Warning, std::move(file), line, column, std::move(message));
    }
    void append(const Diagnostics& other);

    bool has_errors() const noexcept;
    std::size_t error_count() const noexcept;
    bool empty() const noexcept { return items_.empty(); }
    const std::vector<Diagnostic>& items() const noexcept { return items_; }

    // Orders by line and column, so a long report reads top to bottom.
    void sort_by_position();

private:
    std::vector<Diagnostic> items_;
};

}  // namespace socle::common
