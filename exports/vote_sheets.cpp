#include "exports/vote_sheets.h"

#include "common/atomic_file.h"
#include "common/csv.h"
#include "common/i18n.h"
#include "common/translations.h"
#include "exports/detail/docx_document.h"
#include "exports/detail/docx_package.h"
#include "exports/report.h"

namespace socle::exports {

namespace {

// An empty box to tick with a pen (U+2610 BALLOT BOX).
constexpr const char* kTickBox = "\xE2\x98\x90";
constexpr const char* kWriteLine = "______________________________________________";

// Where Framework 2.0's always-applicable indicators will drop the "not
// applicable" box (the lead wires it at the format 2 merge); the same
// question as the XLSForm's choices (xlsform.cpp).
}  // namespace

void write_vote_sheets(const assessment::Assessment& assessment, const std::filesystem::path& out,
                       const VoteSheetOptions& options) {
    const auto& framework = assessment.framework();
    const std::string lang = !options.lang.empty() ? options.lang
                             : !assessment.metadata.language.empty() ? assessment.metadata.language
                                                                      : std::string("en");
    auto tr = [&](const char* english) { return std::string(common::translate(english, lang)); };
    auto text = [&](const frameworks::LocalizedText& localized) { return framework.text(localized, lang); };

    detail::DocxDocument doc(report_language_tag(lang));
    doc.title(assessment.metadata.title.empty() ? text(framework.title) : assessment.metadata.title);
    doc.subtitle(tr(N_("Vote sheet")));
    doc.paragraph(tr(N_("Tick one box per question: the level that describes today's situation. Write what supports "
                        "your answer on the notes line.")));
    doc.labelled(tr(N_("Name")), kWriteLine);
    doc.labelled(tr(N_("Institution")), kWriteLine);
    doc.labelled(tr(N_("Role")), kWriteLine);
    for (const auto& domain : framework.domains) {
        bool heading_written = false;
        for (const auto& indicator : domain.indicators) {
            if (!assessment.is_relevant(indicator)) continue;
            if (!heading_written) {
                doc.heading(1, domain.id + ". " + text(domain.name));
                heading_written = true;
            }
            doc.heading(2, indicator.id + ". " + text(indicator.question));
            doc.begin_table({"", tr(N_("Level")), tr(N_("Description"))}, {1, 4, 12});
            for (const auto& level : framework.levels) {
                const auto index = static_cast<std::size_t>(level.value - 1);
                const std::string descriptor =
                    index < indicator.descriptors.size() ? text(indicator.descriptors[index]) : std::string();
                doc.row({kTickBox, std::to_string(level.value) + ". " + text(level.name), descriptor});
            }
            if (!indicator.always_applicable) doc.row({kTickBox, tr(N_("Not applicable")), ""});
            doc.row({kTickBox, tr(N_("Don't know")), ""});
            doc.end_table();
            doc.labelled(tr(N_("Notes")), kWriteLine);
        }
    }
    detail::DocxProperties properties;
    properties.title = tr(N_("Vote sheet"));
    properties.subject = text(framework.title);
    properties.creator = "Socle";
    properties.keywords = framework.id + " " + framework.version;
    properties.page_label = tr(N_("Page"));
    common::AtomicWriteOptions write;
    write.require_utf8 = false;  // a zip archive
    common::write_file_atomically(out, detail::docx_package(doc, properties), write);
}

std::string vote_sheet_template_csv(const assessment::Assessment& assessment) {
    std::string csv = common::csv_line({"indicator", "participant", "vote", "note"});
    for (const auto& domain : assessment.framework().domains)
        for (const auto& indicator : domain.indicators)
            if (assessment.is_relevant(indicator)) csv += common::csv_line({indicator.id, "", "", ""});
    return common::csv_file_content(std::move(csv));
}

}  // namespace socle::exports
