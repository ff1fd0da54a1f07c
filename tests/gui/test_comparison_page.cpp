// The comparison page over the three bundled samples: what it shows is what
// scoring::compare_files computes (levels, medians, positions, changes), the
// radar draws one series per assessment, the mode is switched with a real
// radio-box event, problems are reported, and the export writes a workbook
// that openpyxl reads (in English and in French).
#include <doctest/doctest.h>

#include <cstdlib>
#include <set>

#include <wx/button.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "assessment/assessment_io.h"
#include "tests/gui/gui_support.h"
#include "ui/desktop/comparison/comparison_actions.h"
#include "ui/desktop/comparison/comparison_page.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/widgets/radar_chart.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"

using namespace socle;
using namespace socle::gui_test;
namespace fs = std::filesystem;

namespace {

const std::vector<fs::path>& samples() {
    static const std::vector<fs::path> files = {test::source_path("samples/lao-pdr-2026-baseline.socle"),
                                                test::source_path("samples/tajikistan-2026-baseline.socle"),
                                                test::source_path("samples/tajikistan-2028-follow-up.socle")};
    return files;
}

// A shown frame holding a comparison page, with problems collected.
struct PageFixture {
    ScratchApp app;
    wxFrame* frame = nullptr;
    desktop::ComparisonPage* page = nullptr;
    std::vector<std::pair<wxString, wxString>> problems;

    PageFixture() {
        frame = new wxFrame(nullptr, wxID_ANY, "Socle comparison test");
        frame->SetSizer(new wxBoxSizer(wxVERTICAL));
        page = new desktop::ComparisonPage(frame, app.context());
        page->set_problem_reporter([this](const wxString& title, const wxString& message) {
            problems.emplace_back(title, message);
        });
        frame->GetSizer()->Add(page, 1, wxEXPAND);
        frame->SetClientSize(1280, 760);
        frame->Show();
        frame->Raise();
        pump(150);
    }
    ~PageFixture() {
        frame->Destroy();
        pump(30);
    }
    template <class T>
    T* find(const char* name) const {
        auto* window = dynamic_cast<T*>(wxWindow::FindWindowByName(name, page));
        REQUIRE_MESSAGE(window, name);
        return window;
    }
    // The mode as a person picks it: the radio box's own event.
    void choose_mode(int selection) {
        auto* box = find<wxRadioBox>("comparison.mode");
        box->SetSelection(selection);
        wxCommandEvent event(wxEVT_RADIOBOX, box->GetId());
        event.SetEventObject(box);
        event.SetInt(selection);
        box->ProcessWindowEvent(event);
        pump(100);
    }
    void press(const char* name) {
        auto* button = find<wxButton>(name);
        wxCommandEvent event(wxEVT_BUTTON, button->GetId());
        event.SetEventObject(button);
        button->ProcessWindowEvent(event);
        pump(50);
    }
    void show_tab(int index) {
        auto* views = find<wxNotebook>("comparison.views");
        views->SetSelection(static_cast<size_t>(index));
        pump(100);
    }
};

std::string text(const wxString& value) { return desktop::to_utf8(value); }
std::string item(wxListCtrl* list, long row, int column) { return text(list->GetItemText(row, column)); }

// Pixels of `rect` within `tolerance` of `colour`.
int pixels_like(const wxImage& image, const wxRect& rect, const wxColour& colour, int tolerance = 60) {
    const wxRect area = rect.Intersect(wxRect(image.GetSize()));
    return area.GetWidth() * area.GetHeight() - pixels_unlike(image, area, colour, tolerance);
}

// The grid shows the core's median and quartiles after the name columns,
// then, per assessment, the core's level first and the position word when
// there is one.
void check_rows(wxGrid* grid, const std::vector<scoring::ComparedRow>& rows, int names, std::size_t n) {
    const int first = names + 3;
    REQUIRE(grid->GetNumberRows() == static_cast<int>(rows.size()));
    REQUIRE(grid->GetNumberCols() == first + static_cast<int>(n));
    for (int r = 0; r < grid->GetNumberRows(); ++r) {
        const auto& row = rows[static_cast<std::size_t>(r)];
        for (std::size_t a = 0; a < n; ++a) {
            const std::string shown = text(grid->GetCellValue(r, first + static_cast<int>(a)));
            if (!row.present[a]) continue;
            const std::string level = text(desktop::theme::format_level(row.levels[a]));
            CHECK_MESSAGE(shown.rfind(level, 0) == 0, row.id, " [", a + 1, "] shows '", shown, "', expected ", level);
            if (row.positions[a]) {
                const char* word = *row.positions[a] == scoring::Position::Above   ? "above"
                                   : *row.positions[a] == scoring::Position::Below ? "below"
                                                                                   : "at median";
                CHECK_MESSAGE(shown.find(word) != std::string::npos, row.id, ": ", shown);
                // Colour as well as the word: the three positions differ.
                CHECK(grid->GetCellBackgroundColour(r, first + static_cast<int>(a)) != grid->GetDefaultCellBackgroundColour());
            }
        }
        CHECK(text(grid->GetCellValue(r, names)) == text(desktop::theme::format_level(row.median)));
        CHECK(text(grid->GetCellValue(r, names + 1)) == text(desktop::theme::format_level(row.q1)));
        CHECK(text(grid->GetCellValue(r, names + 2)) == text(desktop::theme::format_level(row.q3)));
    }
}

void check_assessments(PageFixture& f, const scoring::Comparison& expected) {
    auto* list = f.find<wxListCtrl>("comparison.assessments");
    REQUIRE(list->GetItemCount() == static_cast<int>(expected.assessments.size()));
    for (std::size_t i = 0; i < expected.assessments.size(); ++i) {
        const auto& a = expected.assessments[i];
        const long row = static_cast<long>(i);
        CHECK(item(list, row, 1) == (a.title.empty() ? scoring::assessment_label(a) : a.title));
        CHECK(item(list, row, 2) == a.country);
        CHECK(item(list, row, 3) == a.round);
        CHECK(item(list, row, 4) == a.date);
        CHECK(item(list, row, 5).rfind(text(desktop::theme::format_percent(a.completeness)), 0) == 0);
        const bool low = !a.completeness || *a.completeness < 0.8;
        CHECK((item(list, row, 6).find("Low completeness") != std::string::npos) == low);
    }
}

// Saves a screenshot for a person to look at: in $SOCLE_SCREENSHOT_DIR, else
// the test's working folder.
bool keep(const wxImage& image, const std::string& name) {
    const char* dir = std::getenv("SOCLE_SCREENSHOT_DIR");
    const fs::path out = (dir ? fs::path(dir) : fs::current_path()) / name;
    return image.SaveFile(desktop::path_to_wx(out), wxBITMAP_TYPE_PNG);
}

std::string python(const fs::path& dir, const std::string& code, const fs::path& arg) {
    const auto script = dir / "check.py";
    const auto out = dir / "check.txt";
    test::write_text(script, code);
    const std::string command = "/usr/bin/python3 '" + script.string() + "' '" + arg.string() + "' > '" + out.string() + "' 2>&1";
    const int rc = std::system(command.c_str());
    const std::string result = test::read_text(out);
    REQUIRE_MESSAGE(rc == 0, result);
    return result;
}

const char* kSheets =
    "import sys, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1], data_only=True)\n"
    "print('|'.join(wb.sheetnames))\n"
    "ws = wb[wb.sheetnames[0]]\n"
    "print('charts', len(ws._charts))\n";

}  // namespace

TEST_CASE("comparison page: the three samples side by side show the levels and medians of compare_files") {
    PageFixture f;
    f.page->add_inputs(samples());
    pump(100);
    const auto expected = scoring::compare_files(samples(), scoring::ComparisonMode::Peers);
    REQUIRE(expected.ok());
    REQUIRE(f.page->comparison());
    CHECK(f.problems.empty());
    CHECK(f.page->mode() == scoring::ComparisonMode::Peers);
    const auto& c = *expected.comparison;
    REQUIRE(c.assessments.size() == 3);
    check_assessments(f, c);
    check_rows(f.find<wxGrid>("comparison.domains"), c.domains, 1, 3);
    check_rows(f.find<wxGrid>("comparison.indicators"), c.indicators, 2, 3);
    CHECK(f.find<wxButton>("comparison.export")->IsEnabled());

    // Peers: the changes list waits for rounds mode and says so.
    f.show_tab(2);
    CHECK_FALSE(f.find<wxListCtrl>("comparison.changes")->IsShown());
    CHECK(folded_label(f.find<wxStaticText>("comparison.changes_note")).find("rounds mode") != std::string::npos);

    // Adding the same files again changes nothing.
    f.page->add_inputs({samples()[0]});
    CHECK(f.page->inputs().size() == 3);
    CHECK(f.page->comparison()->assessments.size() == 3);
}

TEST_CASE("comparison page: the radar draws one series per assessment in its colour with a legend") {
    PageFixture f;
    f.page->add_inputs(samples());
    pump(200);
    auto* radar = f.find<desktop::RadarChart>("comparison.radar");
    REQUIRE(radar->series().size() == 3);
    const auto& c = *f.page->comparison();
    CHECK(radar->axes().size() == c.domains.size());
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(text(radar->series()[i].name).find(scoring::assessment_label(c.assessments[i])) != std::string::npos);
        REQUIRE(radar->series()[i].values.size() == c.domains.size());
        for (std::size_t d = 0; d < c.domains.size(); ++d) CHECK(radar->series()[i].values[d] == c.domains[d].levels[i]);
    }
    const wxImage image = capture(radar);
    const wxPoint2DDouble centre = radar->centre();
    const double r = radar->radius();
    REQUIRE(r > 50);
    const wxRect chart(static_cast<int>(centre.m_x - r), static_cast<int>(centre.m_y - r), static_cast<int>(2 * r),
                       static_cast<int>(2 * r));
    const int below_chart = static_cast<int>(centre.m_y + r);
    const wxRect legend(0, below_chart, image.GetWidth(), image.GetHeight() - below_chart);
    for (std::size_t i = 0; i < 3; ++i) {
        const wxColour colour = desktop::comparison_series_colour(i);
        CHECK_MESSAGE(pixels_like(image, chart, colour, 90) > 30, "series ", i + 1, " outline");
        CHECK_MESSAGE(pixels_like(image, legend, colour, 30) > 20, "series ", i + 1, " legend swatch");
    }
    keep(image, "comparison-radar.png");
    // A colour no series uses is (nearly) absent: the checks above can fail.
    CHECK(pixels_like(image, legend, desktop::comparison_series_colour(3), 30) < 5);
}

TEST_CASE("comparison page: rounds mode by a real radio event orders by date and lists what moved") {
    PageFixture f;
    f.page->add_inputs(samples());
    f.choose_mode(1);
    REQUIRE(f.page->mode() == scoring::ComparisonMode::Rounds);
    const auto expected = scoring::compare_files(samples(), scoring::ComparisonMode::Rounds);
    REQUIRE(expected.ok());
    const auto& c = *expected.comparison;
    REQUIRE(f.page->comparison());
    check_assessments(f, c);
    check_rows(f.find<wxGrid>("comparison.domains"), c.domains, 1, 3);
    check_rows(f.find<wxGrid>("comparison.indicators"), c.indicators, 2, 3);
    auto* radar = f.find<desktop::RadarChart>("comparison.radar");
    REQUIRE(radar->series().size() == 3);
    CHECK(radar->series()[0].dashed);
    CHECK_FALSE(radar->series()[2].dashed);

    f.show_tab(2);
    auto* changes = f.find<wxListCtrl>("comparison.changes");
    CHECK(changes->IsShown());
    // Every moved indicator and every target reached has its line, under its pair of rounds.
    std::size_t moved = 0;
    REQUIRE(c.changes.size() == 2);
    for (const auto& step : c.changes) {
        const std::string pair = "[" + std::to_string(step.from + 1) + "] \u2192 [" + std::to_string(step.to + 1) + "]";
        auto line_for = [&](const std::string& id) -> long {
            for (long row = 0; row < changes->GetItemCount(); ++row)
                if (item(changes, row, 0) == pair && item(changes, row, 1) == id) return row;
            return -1;
        };
        for (const auto& id : step.moved_up) {
            const long row = line_for(id);
            REQUIRE_MESSAGE(row >= 0, id);
            CHECK(item(changes, row, 6).find("moved up") != std::string::npos);
            const auto* indicator = c.find_indicator(id);
            CHECK(item(changes, row, 4) == text(desktop::theme::format_level(indicator->levels[step.to])));
            ++moved;
        }
        for (const auto& id : step.moved_down) {
            const long row = line_for(id);
            REQUIRE_MESSAGE(row >= 0, id);
            CHECK(item(changes, row, 6).find("moved down") != std::string::npos);
            ++moved;
        }
        for (const auto& id : step.targets_reached) {
            const long row = line_for(id);
            REQUIRE_MESSAGE(row >= 0, id);
            CHECK(item(changes, row, 6).find("target reached") != std::string::npos);
        }
    }
    // The two Tajikistan rounds differ: there is something to list.
    CHECK(moved > 0);
    // Lao PDR among Tajikistan's rounds: the page warns before any figure is read.
    const std::string message = folded_label(f.find<wxStaticText>("comparison.message"));
    CHECK(message.find("different countries (Lao PDR, Tajikistan)") != std::string::npos);

    // Back to peers: the change lines go, and so does the warning.
    f.choose_mode(0);
    CHECK(f.page->mode() == scoring::ComparisonMode::Peers);
    CHECK_FALSE(changes->IsShown());
    CHECK(folded_label(f.find<wxStaticText>("comparison.message")).find("different countries") == std::string::npos);
}

TEST_CASE("comparison page: a half-finished assessment is flagged as low completeness") {
    PageFixture f;
    auto loaded = f.app.context().load(samples()[2]);
    REQUIRE(loaded.ok());
    auto& responses = loaded.assessment->responses;
    // Keep one response in three: a third of the indicators rated.
    int kept = 0;
    for (auto it = responses.begin(); it != responses.end();) it = kept++ % 3 == 0 ? std::next(it) : responses.erase(it);
    const auto half = f.app.dir() / "half-finished.socle";
    assessment::save_assessment_file(*loaded.assessment, half);
    f.page->add_inputs({samples()[1], half});
    const auto expected = scoring::compare_files({samples()[1], half}, scoring::ComparisonMode::Peers);
    REQUIRE(expected.ok());
    REQUIRE(expected.comparison->assessments[1].completeness);
    REQUIRE(*expected.comparison->assessments[1].completeness < 0.5);
    check_assessments(f, *expected.comparison);
    auto* list = f.find<wxListCtrl>("comparison.assessments");
    CHECK(item(list, 1, 6).find("Low completeness") != std::string::npos);
    CHECK(item(list, 0, 6).find("Low completeness") == std::string::npos);
}

TEST_CASE("comparison page: a folder counts as its files and a broken file is refused and reported") {
    PageFixture f;
    const auto folder = f.app.dir() / "round";
    fs::create_directories(folder);
    for (const auto& sample : samples()) fs::copy_file(sample, folder / sample.filename());
    f.page->add_inputs({folder});
    REQUIRE(f.page->comparison());
    CHECK(f.page->comparison()->assessments.size() == 3);
    CHECK(f.problems.empty());

    const auto broken = f.app.dir() / "broken.socle";
    test::write_text(broken, "<assessment><unclosed>");
    f.page->add_inputs({broken});
    REQUIRE(f.problems.size() == 1);
    CHECK(text(f.problems[0].second).find("broken.socle") != std::string::npos);
    REQUIRE(f.page->comparison());
    CHECK(f.page->comparison()->assessments.size() == 3);  // the comparison so far stays
    CHECK(f.page->inputs().size() == 1);
    CHECK(folded_label(f.find<wxStaticText>("comparison.message")).find("broken.socle") != std::string::npos);

    f.press("comparison.clear");
    CHECK_FALSE(f.page->comparison());
    CHECK(f.find<wxListCtrl>("comparison.assessments")->GetItemCount() == 0);
    CHECK(f.find<wxGrid>("comparison.domains")->GetNumberRows() == 0);
    CHECK_FALSE(f.find<wxButton>("comparison.export")->IsEnabled());

    // One assessment is not a comparison yet: kept, with a hint, no problem dialog.
    f.page->add_inputs({samples()[0]});
    CHECK(f.problems.size() == 1);
    CHECK_FALSE(f.page->comparison());
    CHECK(f.page->inputs().size() == 1);
    CHECK(folded_label(f.find<wxStaticText>("comparison.message")).find("add at least one more") != std::string::npos);
}

TEST_CASE("comparison page: export writes a workbook openpyxl reads and a failure names the path") {
    PageFixture f;
    f.page->add_inputs(samples());
    const auto peers = f.app.dir() / "peers.xlsx";
    REQUIRE(f.page->export_to(peers));
    CHECK(f.problems.empty());
    std::string sheets = python(f.app.dir(), kSheets, peers);
    CHECK(sheets.find("Overview|Domains|Indicators|Unmatched|Method") != std::string::npos);
    CHECK(sheets.find("charts 1") != std::string::npos);

    f.choose_mode(1);
    const auto rounds = f.app.dir() / "rounds.xlsx";
    REQUIRE(f.page->export_to(rounds));
    sheets = python(f.app.dir(), kSheets, rounds);
    CHECK(sheets.find("Overview|Domains|Indicators|Changes|Unmatched|Method") != std::string::npos);

    const auto nowhere = f.app.dir() / "missing-folder" / "out.xlsx";
    CHECK_FALSE(f.page->export_to(nowhere));
    REQUIRE(f.problems.size() == 1);
    CHECK(text(f.problems[0].second).find("missing-folder") != std::string::npos);
    CHECK_FALSE(fs::exists(nowhere));
}

TEST_CASE("comparison page: in French the workbook has no English sheet name left") {
    PageFixture f;
    f.page->add_inputs(samples());
    f.choose_mode(1);
    desktop::apply_interface_language("fr");
    const auto out = f.app.dir() / "fr.xlsx";
    const bool written = f.page->export_to(out);
    desktop::apply_interface_language("en");
    REQUIRE(written);
    const std::string sheets = python(f.app.dir(),
                                      "import sys, openpyxl\n"
                                      "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                      "english = {'Overview','Domains','Indicators','Changes','Unmatched','Method'}\n"
                                      "print('|'.join(wb.sheetnames))\n"
                                      "print('english', len([s for s in wb.sheetnames if s in english]))\n"
                                      "print('count', len(wb.sheetnames))\n",
                                      out);
    CHECK(sheets.find("english 0") != std::string::npos);
    CHECK(sheets.find("count 6") != std::string::npos);
    CHECK(sheets.find("Domaines") != std::string::npos);
}

TEST_CASE("comparison page: screenshot on the three samples") {
    PageFixture f;
    f.page->add_inputs(samples());
    f.choose_mode(1);
    pump(300);
    const wxImage image = capture(f.page);
    // Content where it belongs: the list, the radar and the table are drawn.
    for (const char* name : {"comparison.assessments", "comparison.radar", "comparison.domains"}) {
        auto* window = wxWindow::FindWindowByName(name, f.page);
        REQUIRE(window);
        const wxRect rect(f.page->ScreenToClient(window->GetScreenPosition()), window->GetSize());
        CHECK_MESSAGE(dark_pixels(image, rect) > 200, name);
    }
    CHECK(keep(image, "comparison.png"));
    f.choose_mode(0);
    f.show_tab(1);
    CHECK(keep(capture(f.page), "comparison-peers.png"));
}

TEST_CASE("comparison page: in French and Russian the page speaks the language") {
    desktop::add_catalog_search_paths();
    REQUIRE(desktop::apply_interface_language("fr") == "fr");
    {
        PageFixture f;
        f.page->add_inputs(samples());
        f.choose_mode(1);
        f.show_tab(2);
        CHECK(folded_label(f.find<wxButton>("comparison.export")) == "Exporter en xlsx...");
        auto* changes = f.find<wxListCtrl>("comparison.changes");
        REQUIRE(changes->GetItemCount() > 1);
        CHECK(item(changes, 1, 6).find("en hausse") != std::string::npos);
        CHECK(keep(capture(f.page), "comparison-fr.png"));
    }
    REQUIRE(desktop::apply_interface_language("ru") == "ru");
    {
        PageFixture f;
        f.page->add_inputs(samples());
        f.show_tab(1);
        CHECK(folded_label(f.find<wxButton>("comparison.export")) == "Экспорт в xlsx...");
        CHECK(text(f.find<wxGrid>("comparison.indicators")->GetCellValue(0, 5)).find("на медиане") != std::string::npos);
        CHECK(keep(capture(f.page), "comparison-ru.png"));
    }
    desktop::apply_interface_language("en");
}

TEST_CASE("comparison page: two framework versions line up by id and the rest is listed as unmatched") {
    PageFixture f;
    const auto v1 = f.app.dir() / "v1.socle";
    const auto v2 = f.app.dir() / "v2.socle";
    const auto people = test::data_path("worked-example/participants.csv").string();
    auto made = test::run_cli({"new", "--framework", test::data_path("frameworks/worked-example.xml").string(), "-o",
                               v1.string(), "--country", "Exampleland", "--date", "2026-01-10", "--participants", people});
    REQUIRE_MESSAGE(made.exit_code == 0, made.err);
    made = test::run_cli({"import-votes", v1.string(), test::data_path("worked-example/votes.csv").string()});
    REQUIRE_MESSAGE(made.exit_code == 0, made.err);
    made = test::run_cli({"new", "--framework", test::data_path("comparison/worked-example-v2.xml").string(), "-o",
                          v2.string(), "--country", "Exampleland", "--date", "2027-01-10", "--participants", people});
    REQUIRE_MESSAGE(made.exit_code == 0, made.err);

    f.page->add_inputs({v2, v1});
    REQUIRE(f.page->comparison());
    const auto expected = scoring::compare_files({v2, v1}, scoring::ComparisonMode::Peers);
    REQUIRE(expected.ok());
    const auto& c = *expected.comparison;
    REQUIRE_FALSE(c.unmatched.empty());
    f.show_tab(3);
    auto* list = f.find<wxListCtrl>("comparison.unmatched");
    REQUIRE(list->GetItemCount() == static_cast<int>(c.unmatched.size()));
    for (std::size_t i = 0; i < c.unmatched.size(); ++i) {
        const auto& id = c.unmatched[i];
        CHECK(item(list, static_cast<long>(i), 0) == id.id);
        CHECK(item(list, static_cast<long>(i), 1) == (id.domain ? "domain" : "indicator"));
        std::string present;
        for (std::size_t index : id.present_in) present += (present.empty() ? "" : ", ") + ("[" + std::to_string(index + 1) + "]");
        CHECK(item(list, static_cast<long>(i), 3) == present);
    }
    // In the indicator table an id a version lacks is "absent", not a level.
    auto* grid = f.find<wxGrid>("comparison.indicators");
    check_rows(grid, c.indicators, 2, 2);
    int absent = 0;
    for (int r = 0; r < grid->GetNumberRows(); ++r)
        for (int col = 5; col < 7; ++col) absent += grid->GetCellValue(r, col) == "absent";
    int expected_absent = 0;
    for (const auto& row : c.indicators)
        for (bool present : row.present) expected_absent += !present;
    CHECK(absent == expected_absent);
    CHECK(absent > 0);
}

TEST_CASE("comparison page: past a dozen assessments the radar shows the first twelve and the tables all") {
    PageFixture f;
    const auto folder = f.app.dir() / "programme";
    fs::create_directories(folder);
    for (int i = 0; i < 14; ++i)
        fs::copy_file(samples()[static_cast<std::size_t>(i % 3)], folder / ("round-" + std::to_string(10 + i) + ".socle"));
    f.page->add_inputs({folder});
    REQUIRE(f.page->comparison());
    CHECK(f.page->comparison()->assessments.size() == 14);
    CHECK(f.find<desktop::RadarChart>("comparison.radar")->series().size() == 12);
    CHECK(f.find<wxListCtrl>("comparison.assessments")->GetItemCount() == 14);
    CHECK(f.find<wxGrid>("comparison.domains")->GetNumberCols() == 1 + 14 + 3);
    CHECK(folded_label(f.find<wxStaticText>("comparison.message")).find("first 12 assessments") != std::string::npos);
}

TEST_CASE("comparison page: a folder of many files is read on a worker thread, counted, and can be cancelled") {
    ScratchApp app;
    const auto folder = app.dir() / "round";
    fs::create_directories(folder);
    constexpr int kFiles = 120;
    for (int i = 0; i < kFiles; ++i)
        fs::copy_file(samples()[static_cast<std::size_t>(i % 3)], folder / ("copy-" + std::to_string(i) + ".socle"));

    // Run to the end: every file counted, the window's callback on the calling thread.
    scoring::ComparisonProgress progress;
    int waited = 0;
    auto whole = desktop::compare_inputs_in_background(app.context(), {folder}, scoring::ComparisonMode::Peers,
                                                       progress, [&] { ++waited; });
    REQUIRE(whole.comparison.has_value());
    CHECK(whole.comparison->assessments.size() == static_cast<std::size_t>(kFiles));
    CHECK(progress.total == static_cast<std::size_t>(kFiles));
    CHECK(progress.done == static_cast<std::size_t>(kFiles));
    CHECK_FALSE(whole.cancelled);
    CHECK(waited >= 1);

    // Cancel at the first chance: the worker stops before the end and returns nothing to show.
    scoring::ComparisonProgress stopping;
    auto stopped = desktop::compare_inputs_in_background(app.context(), {folder}, scoring::ComparisonMode::Peers,
                                                         stopping, [&] { stopping.cancel = true; });
    CHECK(stopped.cancelled);
    CHECK_FALSE(stopped.comparison.has_value());
    CHECK(stopping.done < static_cast<std::size_t>(kFiles));
}

// Issue 13: at 1024x768, nine assessments do not fit across; scrolling to
// the last one once left the rows without their names. The name column is
// frozen: scrolled to the far right, the first and the last columns are
// both in view.
TEST_CASE("comparison page: at 1024x768 the name column stays in view when scrolled to the last assessment") {
    PageFixture f;
    f.frame->SetClientSize(1024, 740);
    pump(100);
    const auto folder = f.app.dir() / "nine";
    fs::create_directories(folder);
    for (int copy = 1; copy <= 3; ++copy)
        for (const auto& sample : samples())
            fs::copy_file(sample, folder / (fs::path(std::to_string(copy) + "-") += sample.filename()));
    f.page->add_inputs({folder});
    REQUIRE(f.page->comparison());
    REQUIRE(f.page->comparison()->assessments.size() == 9);
    for (const auto* name : {"comparison.domains", "comparison.indicators"}) {
        CAPTURE(name);
        f.show_tab(name == std::string("comparison.domains") ? 0 : 1);
        auto* grid = f.find<wxGrid>(name);
        CHECK(grid->GetNumberFrozenCols() == 1);
        const int last = grid->GetNumberCols() - 1;
        REQUIRE_FALSE(grid->IsVisible(0, last, false));  // it really does not fit
        // Across to the end with the keyboard, as a person would.
        grid->SetFocus();
        grid->SetGridCursor(0, 1);
        pump(50);
        for (int i = 0; i < last + 2; ++i) press_key(WXK_RIGHT);
        pump(150);
        CHECK(grid->IsVisible(0, last, false));
        CHECK(grid->IsVisible(0, 0, true));  // the name, frozen beside it
        CHECK(grid->GetCellValue(0, 0) != wxString());
    }
}
