#include "exports/detail/xlsx_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/path_text.h"

namespace socle::exports::detail {

namespace fs = std::filesystem;

namespace {

// Removes the temporary file unless the write went through.
class TemporaryFile {
public:
    explicit TemporaryFile(fs::path path) : path_(std::move(path)) {}
    ~TemporaryFile() {
        if (path_.empty()) return;
        std::error_code ignored;
        fs::remove(path_, ignored);
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    void keep() { path_.clear(); }

private:
    fs::path path_;
};

struct WorkbookFree {
    void operator()(lxw_workbook* book) const { lxw_workbook_free(book); }
};

// libxlsxwriter opens its output only when closing, after all the work: try
// the folder first so that an unwritable path fails at once, with a reason.
void probe_writable(const fs::path& temp, const fs::path& out) {
    std::FILE* f = common::open_file(temp, "wb");
    if (!f) throw common::IoError(common::path_to_utf8(out), std::string("cannot write the workbook here: ") + std::strerror(errno));
    std::fclose(f);
}

}  // namespace

void write_xlsx_atomically(const fs::path& out, const std::function<void(lxw_workbook*)>& fill) {
    const fs::path temp = common::temporary_path_for(out);
    probe_writable(temp, out);
    TemporaryFile temporary(temp);

    std::unique_ptr<lxw_workbook, WorkbookFree> book(workbook_new(common::path_to_utf8(temp).c_str()));
    if (!book) throw common::IoError(common::path_to_utf8(out), "cannot start the workbook (out of memory)");
    fill(book.get());

    // workbook_close frees the workbook whatever happens.
    errno = 0;
    const lxw_error closed = workbook_close(book.release());
    if (closed != LXW_NO_ERROR) {
        std::string reason = lxw_strerror(closed);
        if (errno != 0) reason += std::string(" (") + std::strerror(errno) + ")";
        throw common::IoError(common::path_to_utf8(out), "cannot write the workbook: " + reason);
    }
    common::commit_temporary_file(temp, out);
    temporary.keep();
}

lxw_worksheet* add_sheet(lxw_workbook* book, const std::string& name) {
    lxw_worksheet* ws = workbook_add_worksheet(book, name.c_str());
    if (!ws) throw common::LogicError("workbook: invalid or duplicate sheet name '" + name + "'");
    return ws;
}

}  // namespace socle::exports::detail
