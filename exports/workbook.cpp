// The workbook export: adds the sheets in tab order and lets each sheet writer
// fill its own; XlsxBook::write opens and commits the file.
#include "exports/workbook.h"

#include "common/i18n.h"
#include "exports/detail/glossary_sheet.h"
#include "exports/detail/workbook_context.h"
#include "exports/detail/xlsx_file.h"

namespace socle::exports {

namespace fs = std::filesystem;

namespace {

void set_properties(detail::WorkbookContext& ctx) {
    const auto& meta = ctx.assessment.metadata;
    std::string title = meta.title.empty() ? ctx.tr(N_("Digital maturity assessment")) : meta.title;
    if (!meta.country.empty() && meta.title.find(meta.country) == std::string::npos) title += " - " + meta.country;
    std::string subject = ctx.text(ctx.framework.title);
    if (subject.empty()) subject = ctx.framework.id;
    subject += " " + ctx.framework.version;
    std::string keywords = "social protection; digital maturity";
    if (!meta.country.empty()) keywords += "; " + meta.country;
    if (!meta.round.empty()) keywords += "; " + meta.round;
    detail::DocumentProperties properties;
    properties.title = title;
    properties.subject = subject;
    properties.keywords = keywords;
    properties.comments = meta.notes;
    ctx.set_properties(properties);
}

}  // namespace

void write_workbook(const assessment::Assessment& assessment, const fs::path& out, const WorkbookOptions& options) {
    write_workbook(assessment, scoring::compute_figures(assessment), out, options);
}

void write_workbook(const assessment::Assessment& assessment, const scoring::AssessmentFigures& figures,
                    const fs::path& out, const WorkbookOptions& options) {
    std::string lang = options.lang.empty() ? assessment.metadata.language : options.lang;
    if (lang.empty()) lang = "en";
    detail::WorkbookContext ctx(assessment, figures, lang);
    ctx.cases = scoring::roadmap_cases(figures.plan, options.practices, ctx.framework);

    ctx.write(out, [&] {
        set_properties(ctx);
        lxw_workbook* book = ctx.book;

        const auto& n = ctx.names;
        // Every sheet is added first, so the order on the tabs is fixed
        // whatever order the writers run in.
        auto* summary = detail::add_sheet(book, n.summary);
        auto* domains = detail::add_sheet(book, n.domains);
        auto* indicators = detail::add_sheet(book, n.indicators);
        auto* gaps = detail::add_sheet(book, n.gaps);
        auto* roadmap = detail::add_sheet(book, n.roadmap);
        auto* systems = detail::add_sheet(book, n.systems);
        auto* flows = detail::add_sheet(book, n.flows);
        auto* dependencies = detail::add_sheet(book, n.dependencies);
        auto* participants = detail::add_sheet(book, n.participants);
        auto* evidence = detail::add_sheet(book, n.evidence);
        auto* method = detail::add_sheet(book, n.method);
        auto* sources = detail::add_sheet(book, n.sources);
        auto* glossary = detail::add_sheet(book, n.glossary);

        detail::write_indicators_sheet(ctx, indicators);
        detail::write_domains_sheet(ctx, domains);
        detail::write_summary_sheet(ctx, summary);
        detail::write_gaps_sheet(ctx, gaps);
        detail::write_roadmap_sheet(ctx, roadmap);
        detail::write_systems_sheet(ctx, systems);
        detail::write_flows_sheet(ctx, flows);
        detail::write_dependencies_sheet(ctx, dependencies);
        detail::write_participants_sheet(ctx, participants);
        detail::write_evidence_sheet(ctx, evidence);
        detail::write_method_sheet(ctx, method);
        detail::write_sources_sheet(ctx, sources);
        detail::write_glossary_sheet(ctx, glossary, frameworks::builtin_glossary());
    });
}

}  // namespace socle::exports
