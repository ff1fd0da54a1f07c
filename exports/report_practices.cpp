// The good-practice cases the roadmap cites (scoring/roadmap_cases.h): a
// "See elsewhere" line in each step's row, and "Annex: cases cited" with
// each case once, its country, years, what was done and its sources, so
// that a reader can check every fact where it was published.
#include "common/i18n.h"
#include "exports/detail/report_context.h"
#include "frameworks/practice_queries.h"

namespace socle::exports::detail {

namespace {

// Case texts come in the report's language when the library has it,
// otherwise in the library's own language (English for the built-in one).
const std::string& case_text(const ReportContext& ctx, const frameworks::LocalizedText& text,
                             const frameworks::PracticeLibrary& library) {
    return text.get(ctx.lang, library.default_language);
}

std::string country_of(const ReportContext& ctx, const scoring::CitedCase& cited) {
    if (cited.item->anonymised) return ctx.tr(N_("a country not named (anonymised case)"));
    return case_text(ctx, cited.item->country_name, *cited.library);
}

std::string years_of(const ReportContext& ctx, const frameworks::PracticeCase& item) {
    if (item.year_to == 0) return ctx.fill(N_("since {year}"), {{"year", std::to_string(item.year_from)}});
    if (item.year_to == item.year_from) return std::to_string(item.year_from);
    return std::to_string(item.year_from) + "-" + std::to_string(item.year_to);
}

std::size_t annex_number(const ReportContext& ctx, const frameworks::PracticeCase* item) {
    for (std::size_t i = 0; i < ctx.cases.cited.size(); ++i)
        if (ctx.cases.cited[i].item == item) return i + 1;
    return 0;
}

std::string source_line(const frameworks::PracticeSource& source) {
    std::string line = source.title + ". " + source.publisher + ", " + source.year + ".";
    if (!source.url.empty()) line += " " + source.url;
    return line;
}

}  // namespace

std::string step_cases_text(const ReportContext& ctx, const std::string& step_id) {
    std::string list;
    for (const auto& cited : ctx.cases.for_step(step_id)) {
        if (!list.empty()) list += "; ";
        list += ctx.fill(N_("{title} ({country}, annex case {number})"),
                         {{"title", case_text(ctx, cited.item->title, *cited.library)},
                          {"country", country_of(ctx, cited)},
                          {"number", std::to_string(annex_number(ctx, cited.item))}});
    }
    return list.empty() ? list : ctx.fill(N_("See elsewhere: {cases}"), {{"cases", list}});
}

void write_practices_annex(ReportContext& ctx) {
    if (ctx.cases.cited.empty()) return;
    auto& doc = ctx.doc;
    doc.heading(1, ctx.tr(N_("Annex: cases cited")));
    doc.paragraph(ctx.tr(N_("Cases from other countries that show the roadmap's indicators a level or so above this "
                            "assessment's, from Socle's good-practice library. Every fact comes from the sources "
                            "listed with the case; the levels are the library authors' reading of the framework, "
                            "not a claim of the sources.")));
    for (std::size_t i = 0; i < ctx.cases.cited.size(); ++i) {
        const auto& cited = ctx.cases.cited[i];
        const auto& item = *cited.item;
        const auto& library = *cited.library;
        doc.heading(2, std::to_string(i + 1) + ". " + case_text(ctx, item.title, library));
        doc.labelled(ctx.tr(N_("Country")), country_of(ctx, cited));
        doc.labelled(ctx.tr(N_("Years")), years_of(ctx, item));
        std::string shows;
        for (const auto& link : item.links)
            shows += (shows.empty() ? "" : ", ") + ctx.fill(N_("{indicator} at level {level}"),
                                                            {{"indicator", link.indicator},
                                                             {"level", std::to_string(link.level)}});
        doc.labelled(ctx.tr(N_("Illustrates")), shows);
        // Where the case's full text is not in the report's language, its
        // short summary in it (Lao, Tajik) comes first, marked as the draft it is.
        if (const auto summary = frameworks::practice_summary(item, ctx.lang))
            doc.labelled(ctx.tr(summary->draft ? N_("Summary (draft translation)") : N_("Summary")), summary->text);
        doc.labelled(ctx.tr(N_("What was done")), case_text(ctx, item.what, library));
        doc.paragraph(ctx.tr(N_("Sources:")));
        for (const auto& id : item.sources)
            if (const auto* source = library.find_source(id)) doc.bullet(source_line(*source));
    }
}

}  // namespace socle::exports::detail
