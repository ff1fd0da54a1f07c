// The workbook export: sets up libxlsxwriter, lets each sheet writer fill its
// sheet, and commits the file only once it is complete.
#include "exports/workbook.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/i18n.h"
#include "exports/detail/workbook_context.h"

namespace socle::exports {

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
    std::FILE* f = std::fopen(temp.string().c_str(), "wb");
    if (!f) throw common::IoError(out.string(), std::string("cannot write the workbook here: ") + std::strerror(errno));
    std::fclose(f);
}

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
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    properties.author = const_cast<char*>("Socle");
    properties.keywords = keywords.data();
    std::string comments = meta.notes;
    if (!comments.empty()) properties.comments = comments.data();
    detail::check(workbook_set_properties(ctx.book, &properties), "document properties");
}

lxw_worksheet* add_sheet(detail::WorkbookContext& ctx, const std::string& name) {
    lxw_worksheet* ws = workbook_add_worksheet(ctx.book, name.c_str());
    if (!ws) throw common::LogicError("workbook: invalid or duplicate sheet name '" + name + "'");
    return ws;
}

}  // namespace

void write_workbook(const assessment::Assessment& assessment, const fs::path& out, const WorkbookOptions& options) {
    std::string lang = options.lang.empty() ? assessment.metadata.language : options.lang;
    if (lang.empty()) lang = "en";
    const detail::ScopedCNumericLocale c_numbers;
    detail::WorkbookContext ctx(assessment, lang);

    const fs::path temp = common::temporary_path_for(out);
    probe_writable(temp, out);
    TemporaryFile temporary(temp);

    std::unique_ptr<lxw_workbook, WorkbookFree> book(workbook_new(temp.string().c_str()));
    if (!book) throw common::IoError(out.string(), "cannot start the workbook (out of memory)");
    ctx.book = book.get();
    ctx.create_formats();
    set_properties(ctx);

    const auto& n = ctx.names;
    // Every sheet is added first, so the order on the tabs is fixed whatever
    // order the writers run in.
    auto* summary = add_sheet(ctx, n.summary);
    auto* domains = add_sheet(ctx, n.domains);
    auto* indicators = add_sheet(ctx, n.indicators);
    auto* gaps = add_sheet(ctx, n.gaps);
    auto* roadmap = add_sheet(ctx, n.roadmap);
    auto* systems = add_sheet(ctx, n.systems);
    auto* flows = add_sheet(ctx, n.flows);
    auto* dependencies = add_sheet(ctx, n.dependencies);
    auto* participants = add_sheet(ctx, n.participants);
    auto* method = add_sheet(ctx, n.method);

    detail::write_indicators_sheet(ctx, indicators);
    detail::write_domains_sheet(ctx, domains);
    detail::write_summary_sheet(ctx, summary);
    detail::write_gaps_sheet(ctx, gaps);
    detail::write_roadmap_sheet(ctx, roadmap);
    detail::write_systems_sheet(ctx, systems);
    detail::write_flows_sheet(ctx, flows);
    detail::write_dependencies_sheet(ctx, dependencies);
    detail::write_participants_sheet(ctx, participants);
    detail::write_method_sheet(ctx, method);

    // workbook_close frees the workbook whatever happens.
    errno = 0;
    const lxw_error closed = workbook_close(book.release());
    ctx.book = nullptr;
    if (closed != LXW_NO_ERROR) {
        std::string reason = lxw_strerror(closed);
        if (errno != 0) reason += std::string(" (") + std::strerror(errno) + ")";
        throw common::IoError(out.string(), "cannot write the workbook: " + reason);
    }
    common::commit_temporary_file(temp, out);
    temporary.keep();
}

}  // namespace socle::exports
