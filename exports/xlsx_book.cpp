#include "exports/detail/xlsx_book.h"

#include "common/translations.h"
#include "exports/detail/xlsx_file.h"

namespace socle::exports::detail {

std::string XlsxBook::tr(std::string_view english) const { return std::string(common::translate(english, lang)); }

void XlsxBook::write(const std::filesystem::path& out, const std::function<void()>& fill) {
    // libxlsxwriter prints numbers with printf until the file is closed.
    const ScopedCNumericLocale c_numbers;
    // The handle dies with the file, whether the write succeeds or throws.
    struct Forget {
        lxw_workbook*& handle;
        ~Forget() { handle = nullptr; }
    } forget{book};
    write_xlsx_atomically(out, [&](lxw_workbook* opened) {
        book = opened;
        formats = make_formats(opened);
        fill();
    });
}

void XlsxBook::set_properties(const DocumentProperties& properties) {
    // libxlsxwriter takes char*; it copies the texts before this returns.
    auto text = [](const std::string& value) { return value.empty() ? nullptr : const_cast<char*>(value.c_str()); };
    lxw_doc_properties lxw{};
    lxw.title = text(properties.title);
    lxw.subject = text(properties.subject);
    lxw.author = const_cast<char*>("Socle");
    lxw.keywords = text(properties.keywords);
    lxw.comments = text(properties.comments);
    check(workbook_set_properties(book, &lxw), "document properties");
}

}  // namespace socle::exports::detail
