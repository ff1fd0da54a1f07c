// The translators' workbook (exports/translation_workbook.h): written with
// the xlsx layer both other workbooks use, read back with the xlsx reader.
#include "exports/translation_workbook.h"

#include <algorithm>
#include <map>

#include "common/i18n.h"
#include "common/text.h"
#include "common/translations.h"
#include "exports/detail/glossary_sheet.h"
#include "exports/detail/xlsx_book.h"
#include "exports/detail/xlsx_file.h"
#include "exports/detail/xlsx_reader.h"

namespace socle::exports {

namespace {

// The columns of a text sheet; the import reads them by position.
namespace col {
constexpr int kKey = 0, kId = 1, kEnglish = 2, kText = 3, kStatus = 4, kReviewer = 5, kComment = 6;
}  // namespace col

// The cells of the first sheet the import reads.
constexpr int kFrameworkRow = 2, kLanguageRow = 4, kValueCol = 1;

struct TranslationBook : detail::XlsxBook {
    using XlsxBook::XlsxBook;
};

// "D1" for a key under domain[D1], empty for a framework-level text.
std::string domain_of(std::string_view key) {
    constexpr std::string_view kDomain = "domain[";
    if (key.substr(0, kDomain.size()) != kDomain) return {};
    const auto close = key.find(']');
    if (close == std::string_view::npos) return {};
    return std::string(key.substr(kDomain.size(), close - kDomain.size()));
}

// A key's last two parts in words for the ID column: "D1.1 descriptor 3",
// "level 2 name", "title" (domain and indicator parts by their id alone).
std::string short_label(std::string_view key) {
    std::vector<std::string> parts;
    for (std::size_t start = 0;;) {
        const auto slash = key.find('/', start);
        parts.emplace_back(key.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    auto render = [](const std::string& part) {
        const auto open = part.find('[');
        if (open == std::string::npos || part.back() != ']') return part;
        const std::string name = part.substr(0, open), id = part.substr(open + 1, part.size() - open - 2);
        return name == "domain" || name == "indicator" ? id : name + " " + id;
    };
    std::string label = render(parts.back());
    if (parts.size() >= 2) label = render(parts[parts.size() - 2]) + " " + label;
    return label;
}

// Sheet names may not hold : \ / ? * [ ] and are at most 31 characters.
std::string sheet_name_for(std::string_view id) {
    std::string name;
    for (const char c : id) name += std::string_view(":\\/?*[]").find(c) == std::string_view::npos ? c : '-';
    return name.substr(0, 31);
}

void write_info_sheet(TranslationBook& book, lxw_worksheet* ws, const frameworks::TranslationUnits& units) {
    const auto& f = book.formats;
    detail::put_text(ws, 0, 0, units.framework_id + " " + units.version, f.title);
    const std::pair<const char*, std::string> facts[] = {
        {N_("Framework"), units.framework_id}, {N_("Framework version"), units.version}, {N_("Language"), book.lang}};
    int row = kFrameworkRow;
    for (const auto& [label, value] : facts) {
        detail::put_text(ws, row, 0, book.tr(label), f.label);
        detail::put_text(ws, row++, kValueCol, value, f.text);
    }
    static constexpr const char* kHowTo[] = {
        N_("Write each translation in the Current text column of the framework and domain sheets; leave the Key, "
           "ID and English columns as they are."),
        N_("Status is draft, reviewed or approved; a reviewed or approved text names its reviewer. The Glossary "
           "sheet gives the field's terms."),
        N_("Keep the language code in this sheet's cell B5: the import reads it."),
    };
    row += 1;
    for (const char* paragraph : kHowTo) {
        const std::string text = book.tr(paragraph);
        detail::put_merged(ws, row, 0, 3, text, f.wrap);
        const double height = 15.0 * detail::wrapped_lines(text, 20 + 3 * 30);
        detail::check(worksheet_set_row(ws, static_cast<lxw_row_t>(row), height, nullptr), "row height");
        ++row;
    }
    detail::set_widths(ws, {20, 30, 30, 30});
    // Printed on one page wide, or the how-to lines run off the page's edge.
    worksheet_set_portrait(ws);
    worksheet_set_paper(ws, 9);  // A4
    worksheet_fit_to_pages(ws, 1, 0);
}

void write_text_sheet(TranslationBook& book, lxw_worksheet* ws,
                      const std::vector<const frameworks::TranslationUnit*>& units) {
    const auto& f = book.formats;
    const std::string labels[] = {book.tr(N_("Key")),      book.tr(N_("ID")),       book.tr(N_("English")),
                                  book.tr(N_("Current text")), book.tr(N_("Status")), book.tr(N_("Reviewer")),
                                  book.tr(N_("Reviewer comment"))};
    // The key is for the import, not for reading: narrow and grey.
    detail::RowFitter fit({14, 20, 50, 50, 11, 18, 30});
    int c = 0;
    for (const auto& label : labels) fit.text(ws, 0, c++, label, f.header);
    int row = 1;
    for (const auto* unit : units) {
        detail::put_text(ws, row, col::kKey, unit->key, f.note);
        detail::put_text(ws, row, col::kId, short_label(unit->key), f.text);
        if (const auto* english = unit->find("en")) fit.text(ws, row, col::kEnglish, english->text, f.wrap);
        if (const auto* current = unit->find(book.lang)) {
            fit.text(ws, row, col::kText, current->text, f.wrap);
            // An unstated status stays empty, as in the PO file, so that an
            // untouched row leaves its line of the framework unchanged.
            if (current->status != frameworks::ReviewStatus::Unstated)
                detail::put_text(ws, row, col::kStatus, std::string(frameworks::review_status_name(current->status)),
                                 f.text);
            if (!current->reviewer.empty()) detail::put_text(ws, row, col::kReviewer, current->reviewer, f.text);
        }
        ++row;
    }
    // The status cells offer the three statuses the import accepts.
    // libxlsxwriter takes char** (it copies the texts).
    char draft[] = "draft", reviewed[] = "reviewed", approved[] = "approved";
    char* statuses[] = {draft, reviewed, approved, nullptr};
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = statuses;
    detail::check(worksheet_data_validation_range(ws, 1, col::kStatus, static_cast<lxw_row_t>(std::max(1, row - 1)),
                                                  col::kStatus, &validation),
                  "status list");
    detail::set_widths(ws, fit.widths());
    fit.apply(ws);
    detail::finish_table(ws, 0, row - 1, col::kComment, 2);
    detail::page_setup(ws, 1);
}

bool is_header(const std::string& cell, const std::string& lang) {
    return cell == "Key" || cell == common::translate(N_("Key"), lang);
}

}  // namespace

void write_translation_workbook(const frameworks::TranslationUnits& units, std::string_view lang,
                                const frameworks::Glossary& glossary, const std::filesystem::path& out) {
    TranslationBook book{std::string(lang)};
    // The framework-level texts first, then each domain's, in file order.
    std::vector<std::string> order{""};
    std::map<std::string, std::vector<const frameworks::TranslationUnit*>> sheets;
    for (const auto& unit : units.units) {
        const auto domain = domain_of(unit.key);
        if (!sheets.count(domain) && !domain.empty()) order.push_back(domain);
        sheets[domain].push_back(&unit);
    }
    book.write(out, [&] {
        book.set_properties({units.framework_id + " " + units.version + " (" + book.lang + ")", "", "", ""});
        auto* info = detail::add_sheet(book.book, book.tr(N_("Read me")));
        std::vector<std::pair<lxw_worksheet*, const std::vector<const frameworks::TranslationUnit*>*>> text_sheets;
        for (const auto& domain : order) {
            const auto name = domain.empty() ? book.tr(N_("Framework")) : sheet_name_for(domain);
            text_sheets.emplace_back(detail::add_sheet(book.book, name), &sheets[domain]);
        }
        auto* terms = detail::add_sheet(book.book, book.tr(N_("Glossary")));
        write_info_sheet(book, info, units);
        for (const auto& [ws, sheet_units] : text_sheets) write_text_sheet(book, ws, *sheet_units);
        detail::write_glossary_sheet(book, terms, glossary);
    });
}

std::optional<TranslationWorkbook> read_translation_workbook(std::string_view bytes, const std::string& file,
                                                             common::Diagnostics& diagnostics) {
    const auto sheets = detail::read_xlsx_text(bytes, file, diagnostics);
    if (!sheets) return std::nullopt;
    TranslationWorkbook out;
    const auto& info = sheets->front();
    out.framework_id = common::fold_whitespace(info.at(kFrameworkRow, kValueCol));
    out.language = common::fold_whitespace(info.at(kLanguageRow, kValueCol));
    bool any = false;
    for (const auto& sheet : *sheets) {
        // Not a sheet of texts: the first one, the glossary, a translator's own.
        if (!is_header(sheet.at(0, col::kKey), out.language)) continue;
        any = true;
        const std::string where = file + ", sheet " + sheet.name;
        for (int row = 1; row <= sheet.last_row(); ++row) {
            frameworks::IncomingTranslation item;
            item.key = common::fold_whitespace(sheet.at(row, col::kKey));
            item.source = common::fold_whitespace(sheet.at(row, col::kEnglish));
            item.text = common::fold_whitespace(sheet.at(row, col::kText));
            item.status = common::fold_whitespace(sheet.at(row, col::kStatus));
            item.reviewer = common::fold_whitespace(sheet.at(row, col::kReviewer));
            item.file = where;
            item.line = row + 1;
            item.column = col::kText + 1;
            if (item.key.empty()) {
                if (!item.text.empty())
                    diagnostics.error(where, item.line, col::kKey + 1,
                                      "this row has a text but no key: the key column (A) says which text it "
                                      "translates; copy the row's key back from the exported workbook");
                continue;
            }
            out.entries.push_back(std::move(item));
        }
    }
    if (!any) {
        diagnostics.error(file, 0, 0,
                          "this workbook has no sheet of texts (none whose cell A1 is 'Key'): export one with "
                          "'socle-cli translate export FRAMEWORK --lang CODE --format xlsx'");
        return std::nullopt;
    }
    return out;
}

std::string format_workbook_diagnostic(const common::Diagnostic& d) {
    std::string where = d.file;
    if (d.line > 0 && d.column > 0) where += ", cell " + detail::cell_ref(d.line - 1, d.column - 1);
    // The usual form ("FILE:LINE:COLUMN: error: ...") with its position replaced.
    const std::string position = d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    return where + common::format_diagnostic(d).substr(position.size());
}

}  // namespace socle::exports
