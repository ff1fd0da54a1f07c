#include "common/diagnostics.h"

#include <algorithm>

namespace socle::common {

std::string format_diagnostic(const Diagnostic& d) {
    const char* kind = d.severity == Severity::Error     ? "error"
                       : d.severity == Severity::Warning ? "warning"
                                                         : "note";
    return d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + kind +
           ": " + d.message;
}

void Diagnostics::add(Severity severity, std::string file, int line, int column, std::string message) {
    items_.push_back({severity, std::move(file), line, column, std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::has_errors() const noexcept { return error_count() > 0; }

std::size_t Diagnostics::error_count() const noexcept {
    return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
        return d.severity == Severity::Error;
    }));
}

void Diagnostics::sort_by_position() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.file != b.file) return a.file < b.file;
        if (a.line != b.line) return a.line < b.line;
        return a.column < b.column;
    });
}

}  // namespace socle::common
