// Export as the File menu runs it, through its testable core: a real
// workbook read back with openpyxl, real CSV tables, a failure that names
// the path, and a UI thread that keeps running while the worker writes.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <thread>

#include "tests/gui/dashboard_fixtures.h"
#include "ui/desktop/dashboard/dashboard_page.h"
#include "ui/desktop/exporting/export_runner.h"

#include <wx/stattext.h>

using namespace socle;
using namespace socle::gui_test;

namespace {

std::string python(const std::filesystem::path& script, const std::filesystem::path& arg, const std::filesystem::path& out) {
    const std::string command = "/usr/bin/python3 '" + script.string() + "' '" + arg.string() + "' > '" + out.string() + "' 2>&1";
    const int rc = std::system(command.c_str());
    const std::string text = test::read_text(out);
    REQUIRE_MESSAGE(rc == 0, text);
    return text;
}

}  // namespace

TEST_CASE("export: the workbook of a sample, written on a worker thread, reads back in openpyxl") {
    ScratchApp app;
    auto document = sample_document(app, "lao-pdr-2026-baseline.socle");
    const auto out = app.dir() / "out" / "lao.xlsx";
    std::filesystem::create_directories(out.parent_path());
    const auto ui_thread = std::this_thread::get_id();
    int calls = 0;
    bool on_ui_thread = true;
    const auto result = desktop::run_export(desktop::ExportKind::Workbook, document->assessment(), document->figures(), out, [&] {
        ++calls;
        on_ui_thread = on_ui_thread && std::this_thread::get_id() == ui_thread;
    });
    REQUIRE_MESSAGE(result.ok, result.error);
    CHECK(calls >= 1);
    CHECK(on_ui_thread);
    REQUIRE(std::filesystem::exists(out));

    const auto script = app.dir() / "check.py";
    test::write_text(script,
                     "import sys, openpyxl\n"
                     "wb = openpyxl.load_workbook(sys.argv[1], data_only=True)\n"
                     "print('sheets', ' '.join(wb.sheetnames))\n"
                     "ws = wb['Indicators']\n"
                     "ids = [c.value for c in ws['A'] if isinstance(c.value, str) and c.value.startswith('D')]\n"
                     "print('indicators', len(ids), ids[0])\n");
    const std::string text = python(script, out, app.dir() / "check.txt");
    CHECK(text.find("Summary") != std::string::npos);
    CHECK(text.find("Domains") != std::string::npos);
    CHECK(text.find("Participants") != std::string::npos);
    // One row per indicator of the sample's framework (sp-dmf 1.0.0 has 50, 2.0.0 has 64).
    const auto count = document->framework().indicator_count();
    CHECK((count == 50 || count == 64));
    CHECK(text.find("indicators " + std::to_string(count) + " D1.1") != std::string::npos);
}

TEST_CASE("export: the dashboard's headline figures read exactly as the workbook's cells show them") {
    // The Lao sample: level 1.698..., index 17.458..., completeness 97.96 %,
    // where truncating on one side and rounding on the other would show
    // 1.69 against 1.70 and 97 % against 98 %.
    ScratchApp app;
    auto document = sample_document(app, "lao-pdr-2026-baseline.socle");
    wxFrame* frame = show_test_frame(wxSize(1280, 800));
    auto* page = new desktop::DashboardPage(frame, *document);
    host_page(frame, page);
    page->refresh();
    pump(100);
    auto label = [&](const char* name) {
        auto* found = dynamic_cast<wxStaticText*>(wxWindow::FindWindowByName(name, page));
        REQUIRE_MESSAGE(found, name);
        return folded_label(found);
    };
    const std::string screen = "level " + label("dashboard.overall.level") + " index " + label("dashboard.overall.index") +
                               " completeness " + label("dashboard.overall.completeness");
    frame->Destroy();
    pump(50);

    const auto out = app.dir() / "figures.xlsx";
    const auto result = desktop::run_export(desktop::ExportKind::Workbook, document->assessment(), document->figures(), out, {});
    REQUIRE_MESSAGE(result.ok, result.error);
    // What a spreadsheet shows for a cell: the cached value on 15 significant
    // digits, rounded half away from zero to the decimals of its number format.
    const auto script = app.dir() / "shown.py";
    test::write_text(script,
                     "import sys, openpyxl\n"
                     "from decimal import Decimal, ROUND_HALF_UP\n"
                     "ws = openpyxl.load_workbook(sys.argv[1], data_only=True)['Summary']\n"
                     "def shown(cell):\n"
                     "    fmt = cell.number_format\n"
                     "    percent = fmt.endswith('%')\n"
                     "    decimals = len(fmt.rstrip('%').partition('.')[2])\n"
                     "    value = Decimal(format(cell.value * (100 if percent else 1), '.15g'))\n"
                     "    text = str(value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))\n"
                     "    if '.' in text: text = text.rstrip('0').rstrip('.')\n"
                     "    return text + ('%' if percent else '')\n"
                     "rows = {r[0].value: r[1] for r in ws.iter_rows(min_col=1, max_col=2) if r[0].value}\n"
                     "print('level', shown(rows['Level']), 'index', shown(rows['Index (mean level on a 0-100 scale, not a percentage)']),\n"
                     "      'completeness', shown(rows['Completeness']))\n");
    const std::string text = python(script, out, app.dir() / "shown.txt");
    CHECK(text == screen + "\n");
}

TEST_CASE("export: CSV tables into a folder, and the suggested names") {
    ScratchApp app;
    auto document = sample_document(app, "tajikistan-2026-baseline.socle");
    const auto folder = app.dir() / "tables";
    const auto result = desktop::run_export(desktop::ExportKind::CsvTables, document->assessment(), document->figures(), folder, {});
    REQUIRE_MESSAGE(result.ok, result.error);
    for (const char* name : {"indicators.csv", "domains.csv", "roadmap.csv", "systems.csv", "flows.csv"})
        CHECK_MESSAGE(std::filesystem::exists(folder / name), name);
    const auto indicators = test::lines_of(test::read_text(folder / "indicators.csv"));
    CHECK(indicators.size() == document->framework().indicator_count() + 1);  // the header and one row per indicator

    const auto name = desktop::suggested_export_name(*document, desktop::ExportKind::Workbook).u8string();
    CHECK(std::string(name.begin(), name.end()).ends_with(".xlsx"));
    CHECK(std::string(name.begin(), name.end()).find('/') == std::string::npos);
    auto untitled = quick_scan_document(app, 1);
    CHECK(desktop::suggested_export_name(*untitled, desktop::ExportKind::CsvTables) == "assessment csv");
}

TEST_CASE("export: a path that cannot be written comes back as an error naming it") {
    ScratchApp app;
    auto document = quick_scan_document(app, 2);
    const auto blocker = app.dir() / "not-a-folder";
    test::write_text(blocker, "a file where a folder should be");
    const auto out = blocker / "book.xlsx";
    const auto result = desktop::run_export(desktop::ExportKind::Workbook, document->assessment(), document->figures(), out, {});
    CHECK_FALSE(result.ok);
    CHECK(result.error.find("not-a-folder") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("export: the document's own figures go to the workbook, computed once per state") {
    ScratchApp app;
    auto document = quick_scan_document(app, 3);
    // One plan and one analysis per state: asking again returns the same object.
    const auto* plan = &document->plan();
    const auto* analysis = &document->analysis();
    CHECK(plan == &document->plan());
    CHECK(analysis == &document->analysis());
    const auto steps_before = document->plan().steps.size();

    // Votes at level 1 later, the plan of the new state has steps to climb.
    CHECK(steps_before == 0);
    vote(*document, document->framework().domains.front().indicators.front().id, {1, 1, 1});
    CHECK(document->plan().steps.size() > steps_before);

    const auto out = app.dir() / "quick-scan.xlsx";
    const auto result = desktop::run_export(desktop::ExportKind::Workbook, document->assessment(), document->figures(),
                                            out, {});
    REQUIRE_MESSAGE(result.ok, result.error);
    const auto script = app.dir() / "count.py";
    test::write_text(script,
                     "import sys, openpyxl\n"
                     "wb = openpyxl.load_workbook(sys.argv[1], data_only=True)\n"
                     "ws = wb[wb.sheetnames[4]]\n"
                     "print('roadmap rows', ws.max_row)\n");
    const std::string text = python(script, out, app.dir() / "count.txt");
    CHECK(text.find("roadmap rows") != std::string::npos);
}

TEST_CASE("export: the Word report of a sample, on a worker thread, reads back in python-docx") {
    ScratchApp app;
    auto document = sample_document(app, "lao-pdr-2026-baseline.socle");
    CHECK(desktop::suggested_export_name(*document, desktop::ExportKind::Report).extension() == ".docx");
    const auto out = app.dir() / "out" / "lao.docx";
    std::filesystem::create_directories(out.parent_path());
    int calls = 0;
    const auto result = desktop::run_export(desktop::ExportKind::Report, document->assessment(), document->figures(), out,
                                            [&] { ++calls; });
    REQUIRE_MESSAGE(result.ok, result.error);
    CHECK(calls >= 1);
    const auto script = app.dir() / "check_report.py";
    test::write_text(script,
                     "import sys, docx\n"
                     "d = docx.Document(sys.argv[1])\n"
                     "h = [p.text for p in d.paragraphs if p.style.name == 'Heading 1']\n"
                     "print('chapters', sum(1 for t in h if t.startswith('D')), h[0])\n");
    const std::string text = python(script, out, app.dir() / "check_report.txt");
    CHECK(text.find("chapters 12 Executive summary") != std::string::npos);
}
