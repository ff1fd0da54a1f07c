// File names, folders and titles in the scripts of the rooms Socle is for
// (Cyrillic, Lao, French with accents, spaces): open, save, Save As with the
// name the app suggests, export (workbook, CSV, map), autosave and recovery,
// through the real main frame. CTest runs these cases twice: under C.UTF-8
// and under a ru_RU.UTF-8 locale built for the run (gui_test_main.cpp,
// --socle-locale), since no conversion may depend on the process locale.
#include <doctest/doctest.h>

#include <clocale>
#include <cstdlib>

#include "assessment/assessment_io.h"
#include "assessment/edits.h"
#include "tests/gui/shell_fixtures.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/error_report.h"
#include "ui/desktop/exporting/export_runner.h"
#include "ui/desktop/systems/systems_page.h"
#include "ui/desktop/services/ui_text.h"

using namespace socle;
using namespace socle::gui_test;
namespace fs = std::filesystem;

namespace {

struct Script {
    const char* folder;
    const char* title;
};

// A folder and a title per script, as a room would type them.
const Script kScripts[] = {
    {"Рабочий стол/Оценка", "Экспресс-оценка цифровой зрелости, 2026"},
    {"ເອກະສານ/ການປະເມີນ", "ການປະເມີນລະບົບປະກັນສັງຄົມ 2026"},
    {"Mes documents/Évaluation été", "Évaluation rapide, Sénégal 2026"},
};

fs::path sample(const std::string& name) { return test::source_path("samples/" + name); }

void set_title(desktop::MainFrame* frame, const std::string& title) {
    auto metadata = frame->document()->assessment().metadata;
    metadata.title = title;
    frame->document()->apply(assessment::edits::set_metadata(frame->document()->assessment(), metadata));
}

std::string run_python(const std::string& code, const fs::path& arg, const fs::path& scratch) {
    const auto script = scratch / "check.py";
    const auto out = scratch / "check.txt";
    test::write_text(script, code);
    const std::string command = "/usr/bin/python3 " + test::shell_quoted(script.string()) + " " +
                                test::shell_quoted(arg.string()) + " > " + test::shell_quoted(out.string()) + " 2>&1";
    const int rc = std::system(command.c_str());
    const std::string text = test::read_text(out);
    REQUIRE_MESSAGE(rc == 0, text);
    return text;
}

}  // namespace

TEST_CASE("unicode files: the locale asked for is the one in force") {
    // A run meant for ru_RU.UTF-8 that silently fell back to C would prove nothing.
    const char* wanted = std::getenv("SOCLE_TEST_LOCALE");
    REQUIRE(wanted != nullptr);
    const std::string now = std::setlocale(LC_CTYPE, nullptr);
    CHECK(now == wanted);
}

TEST_CASE("unicode files: a sample opens from a folder named in each script, with its title in the window") {
    ScratchApp app;
    ShownFrame shown(app);
    for (const auto& script : kScripts) {
        CAPTURE(script.folder);
        const auto folder = app.dir() / fs::path(std::u8string(reinterpret_cast<const char8_t*>(script.folder)));
        fs::create_directories(folder);
        const auto file = folder / fs::path(std::u8string(reinterpret_cast<const char8_t*>(script.title))).concat(".socle");
        fs::copy_file(sample("lao-pdr-2026-baseline.socle"), file);
        REQUIRE(shown->open_file(file));
        REQUIRE(shown->document() != nullptr);
        CHECK(shown->document()->path() == file);
        set_title(shown.frame, script.title);
        pump(30);
        CHECK(desktop::to_utf8(shown->GetTitle()).find(script.title) != std::string::npos);
        // The recent-files list keeps the name as it is.
        const auto recent = app.context().settings().recent_files();
        REQUIRE_FALSE(recent.empty());
        CHECK(recent.front() == file);
        shown->set_save_prompt([](const wxString&) { return desktop::SaveChoice::Discard; });
        REQUIRE(shown->close_document());
    }
}

TEST_CASE("unicode files: Save As offers the title as the file name, saves there and reopens the same") {
    ScratchApp app;
    ShownFrame shown(app);
    for (const auto& script : kScripts) {
        CAPTURE(script.title);
        shown->set_save_prompt([](const wxString&) { return desktop::SaveChoice::Discard; });
        REQUIRE(shown->new_assessment("sp-quick-scan"));
        set_title(shown.frame, script.title);
        const std::string expected = std::string(script.title) + ".socle";
        CHECK(common::path_to_utf8(desktop::suggested_file_name(*shown->document())) == expected);

        // What File > Save As hands its dialog (that conversion used to end the app).
        CHECK(desktop::to_utf8(desktop::path_to_wx(desktop::suggested_file_name(*shown->document()))) == expected);

        const auto folder = app.dir() / common::path_from_utf8(script.folder);
        fs::create_directories(folder);
        const auto file = folder / desktop::suggested_file_name(*shown->document());
        REQUIRE(shown->save_as(file));
        CHECK(fs::exists(file));
        CHECK(desktop::to_utf8(shown->GetStatusBar()->GetStatusText(0)).find(script.title) != std::string::npos);
        const auto reread = assessment::load_assessment_file(file);
        REQUIRE(reread.ok());
        CHECK(reread.assessment->metadata.title == script.title);
    }
}

TEST_CASE("unicode files: workbook, CSV tables and the map export into folders named in each script") {
    ScratchApp app;
    ShownFrame shown(app);
    for (const auto& script : kScripts) {
        CAPTURE(script.title);
        shown->set_save_prompt([](const wxString&) { return desktop::SaveChoice::Discard; });
        REQUIRE(shown->open_file(sample("tajikistan-2026-baseline.socle")));
        set_title(shown.frame, script.title);
        const auto& document = *shown->document();

        // The name Ctrl+E hands its dialog: the title (that conversion used to end the app).
        const auto offered = desktop::path_to_wx(desktop::suggested_export_name(document, desktop::ExportKind::Workbook));
        CHECK(desktop::to_utf8(offered) == std::string(script.title) + ".xlsx");

        const auto folder = app.dir() / common::path_from_utf8(script.folder);
        fs::create_directories(folder);
        const auto workbook = folder / desktop::suggested_export_name(document, desktop::ExportKind::Workbook);
        auto result = desktop::run_export(desktop::ExportKind::Workbook, document.assessment(), document.figures(), workbook, {});
        REQUIRE_MESSAGE(result.ok, result.error);
        const std::string properties = run_python(
            "import sys, openpyxl\n"
            "wb = openpyxl.load_workbook(sys.argv[1])\n"
            "print(wb.properties.title)\n",
            workbook, app.dir());
        CHECK(properties.find(script.title) != std::string::npos);

        const auto tables = folder / desktop::suggested_export_name(document, desktop::ExportKind::CsvTables);
        result = desktop::run_export(desktop::ExportKind::CsvTables, document.assessment(), document.figures(), tables, {});
        REQUIRE_MESSAGE(result.ok, result.error);
        CHECK(fs::exists(tables / "indicators.csv"));
        CHECK(fs::exists(tables / "systems.csv"));

        shown->show_page(desktop::Page::Systems);
        pump(50);
        auto* systems = shown->systems_page();
        REQUIRE(systems != nullptr);
        for (const char* format : {"png", "svg", "dot"}) {
            const auto map = folder / desktop::file_name_from(std::string(script.title) + " - карта", std::string(".") + format);
            systems->save_map(map, format);
            CHECK(fs::file_size(map) > 100);
        }
        const std::string dot = test::read_text(folder / desktop::file_name_from(std::string(script.title) + " - карта", ".dot"));
        CHECK(dot.find(script.title) != std::string::npos);
    }
}

TEST_CASE("unicode files: autosave and recovery of an assessment saved in a Cyrillic folder") {
    ScratchApp app;
    const auto file = app.dir() / common::path_from_utf8("Рабочий стол/тест.socle");
    fs::create_directories(file.parent_path());
    {
        ShownFrame shown(app);
        REQUIRE(shown->new_assessment("sp-quick-scan"));
        set_title(shown.frame, kScripts[0].title);
        REQUIRE(shown->save_as(file));
        set_title(shown.frame, kScripts[1].title);
        shown->autosave_now();
        shown.crash();
    }
    const auto entries = app.context().recovery().entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().original == file);
    CHECK(entries.front().title == kScripts[1].title);
    ShownFrame shown(app);
    REQUIRE(shown->recover(entries.front()));
    CHECK(shown->document()->path() == file);
    CHECK(shown->document()->assessment().metadata.title == kScripts[1].title);
}

TEST_CASE("unicode files: a save that fails is reported with the file's name, and the document stays open") {
    ScratchApp app;
    ShownFrame shown(app);
    REQUIRE(shown->new_assessment("sp-quick-scan"));
    set_title(shown.frame, kScripts[0].title);
    // A folder that does not exist: the save cannot create its file.
    const auto file = app.dir() / common::path_from_utf8("нет такой папки/ການປະເມີນ.socle");
    wxString message, details;
    desktop::ScopedErrorPresenter presenter([&](const wxString& m, const wxString& d) {
        message = m;
        details = d;
    });
    CHECK_FALSE(shown->save_as(file));
    REQUIRE(shown->document() != nullptr);
    CHECK(shown->document()->modified());
    CHECK(shown->document()->assessment().metadata.title == kScripts[0].title);
    CHECK_FALSE(message.empty());
    CHECK(desktop::to_utf8(details).find("ການປະເມີນ.socle") != std::string::npos);
}

TEST_CASE("unicode files: an exception escaping a menu command is reported and the app goes on") {
    ScratchApp app;
    ShownFrame shown(app);
    REQUIRE(shown->new_assessment("sp-quick-scan"));
    // A command that throws what a failing library would, bound as the frame binds its file commands.
    const int id = wxWindow::NewControlId();
    shown->Bind(wxEVT_MENU, [&](wxCommandEvent&) {
        desktop::run_reporting_failure(shown.frame, "Exporting the workbook",
                                       [] { throw std::runtime_error("Не удалось: ошибка"); });
    }, id);
    wxString details;
    desktop::ScopedErrorPresenter presenter([&](const wxString&, const wxString& d) { details = d; });
    menu_command(shown.frame, id);
    CHECK(desktop::to_utf8(details).find("Не удалось: ошибка") != std::string::npos);
    CHECK(shown->document() != nullptr);
    const std::string log = test::read_text(desktop::error_log_path());
    CHECK(log.find("Не удалось: ошибка") != std::string::npos);
}
