// The Glossary sheet (exports/detail/glossary_sheet.h).
#include "exports/detail/glossary_sheet.h"

#include <algorithm>
#include <tuple>

#include "common/collation.h"
#include "common/i18n.h"
#include "common/text.h"
#include "frameworks/translation_units.h"

namespace socle::exports::detail {

std::vector<std::string> glossary_languages(std::string_view lang) {
    std::vector<std::string> languages{std::string(lang)};
    if (lang != "en") languages.emplace_back("en");
    for (const auto code : frameworks::kLanguageOrder)
        if (code != "en" && code != lang) languages.emplace_back(code);
    return languages;
}

std::vector<const frameworks::GlossaryTerm*> glossary_in_order(const frameworks::Glossary& glossary,
                                                               std::string_view lang) {
    // The language's alphabetical order (common/collation.h: Russian yo after ye,
    // Tajik letters after their base letter, the Lao consonant order); a
    // term not yet translated into lang goes after the others, by its English.
    std::vector<std::tuple<bool, std::string, const frameworks::GlossaryTerm*>> keyed;
    for (const auto& term : glossary.terms)
        keyed.emplace_back(!term.name.has(lang),
                           common::collation_key(term.name.get(lang, "en"), term.name.has(lang) ? lang : "en"), &term);
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
    });
    std::vector<const frameworks::GlossaryTerm*> out;
    for (const auto& [missing, key, term] : keyed) out.push_back(term);
    return out;
}

void write_glossary_sheet(XlsxBook& book, lxw_worksheet* ws, const frameworks::Glossary& glossary) {
    const auto& f = book.formats;
    const auto languages = glossary_languages(book.lang);
    // Column headers are the language codes Socle uses everywhere (--lang lo):
    // a term list for readers of several languages, so no one language names them.
    const int status_col = static_cast<int>(languages.size());
    std::vector<double> widths(languages.size(), 30.0);
    widths.push_back(12);
    RowFitter fit(widths);
    for (std::size_t i = 0; i < languages.size(); ++i) put_text(ws, 0, static_cast<int>(i), languages[i], f.header);
    put_text(ws, 0, status_col, book.tr(N_("Status")), f.header);
    int row = 1;
    for (const auto* term : glossary_in_order(glossary, book.lang)) {
        for (std::size_t i = 0; i < languages.size(); ++i) {
            const auto* text = term->name.find(languages[i]);
            if (text) fit.text(ws, row, static_cast<int>(i), *text, f.wrap);
        }
        const auto status = term->name.status(book.lang);
        if (status != frameworks::ReviewStatus::Unstated)
            put_text(ws, row, status_col, std::string(frameworks::review_status_name(status)), f.text);
        ++row;
    }
    set_widths(ws, fit.widths());
    fit.apply(ws);
    finish_table(ws, 0, row - 1, status_col, 1);
    page_setup(ws, 1);
}

}  // namespace socle::exports::detail
