// The dashboard over a live document: the domain table, gaps and
// disagreements follow vote edits, and "how is this computed" opens with
// real mouse events and lists the domain's indicators and weights.
#include <doctest/doctest.h>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/uiaction.h>

#include "assessment/edits.h"
#include "tests/gui/dashboard_fixtures.h"
#include "ui/desktop/dashboard/dashboard_page.h"
#include "ui/desktop/dashboard/explanation_dialog.h"
#include "ui/desktop/dashboard/indicator_explanation.h"
#include "ui/desktop/widgets/radar_chart.h"
#include "ui/desktop/services/ui_text.h"

using namespace socle;
using namespace socle::gui_test;
using desktop::to_utf8;

namespace {

struct Shown {
    wxFrame* frame = nullptr;
    desktop::DashboardPage* page = nullptr;
    ~Shown() {
        if (frame) frame->Destroy();
        pump(50);
    }
};

void show_dashboard(Shown& shown, desktop::Document& document, wxSize size = wxSize(1280, 800)) {
    shown.frame = show_test_frame(size);
    shown.page = new desktop::DashboardPage(shown.frame, document);
    shown.frame->GetSizer()->Add(shown.page, 1, wxEXPAND);
    shown.frame->Layout();
    // What the main frame does: refresh the visible page after every change.
    document.set_on_change([&shown] { shown.page->refresh(); });
    pump(150);
}

template <class T>
T* child(wxWindow* parent, const char* name) {
    auto* found = dynamic_cast<T*>(wxWindow::FindWindowByName(name, parent));
    REQUIRE_MESSAGE(found, name);
    return found;
}

// The Quick Scan domain Q1 (three indicators of weight 1) voted by three people.
void vote_first_domain(desktop::Document& document) {
    vote(document, "Q1.1", {2, 2, 3});
    vote(document, "Q1.2", {1, 1, 2});
    vote(document, "Q1.3", {3, 3, 3});
}

void double_click_row(wxListCtrl* list, long row) {
    wxRect rect;
    REQUIRE(list->GetItemRect(row, rect));
    const wxPoint centre = list->ClientToScreen(wxPoint(rect.x + rect.width / 4, rect.y + rect.height / 2));
    wxUIActionSimulator sim;
    sim.MouseMove(centre);
    pump(50);
    sim.MouseDblClick();
}

void click_row(wxListCtrl* list, long row) {
    wxRect rect;
    REQUIRE(list->GetItemRect(row, rect));
    wxUIActionSimulator sim;
    sim.MouseMove(list->ClientToScreen(wxPoint(rect.x + rect.width / 4, rect.y + rect.height / 2)));
    pump(50);
    sim.MouseClick();
    pump(100);
}

}  // namespace

TEST_CASE("dashboard: domain table, gaps and disagreements follow the votes") {
    ScratchApp app;
    auto document = quick_scan_document(app, 3);
    Shown shown;
    show_dashboard(shown, *document);
    auto* domains = child<wxListCtrl>(shown.page, "dashboard.domains");
    auto* gaps = child<wxListCtrl>(shown.page, "dashboard.gaps");
    auto* disputes = child<wxListCtrl>(shown.page, "dashboard.disagreements");
    REQUIRE(domains->GetItemCount() == 5);
    // Columns: name, indicators at levels 1-5, flags, then the mean figures.
    CHECK(cell(domains, 0, 0) == "Strategy and governance");
    CHECK(cell(domains, 0, 7) == "not rated");
    CHECK(gaps->GetItemCount() == 0);
    CHECK(folded_label(child<wxStaticText>(shown.page, "dashboard.profile.not_rated")) != "0");

    vote_first_domain(*document);
    pump(50);
    // Levels 2, 1, 3 (lower medians): (2 + 1 + 3) / 3 = 2; weakest Q1.2 at 1.
    // The profile: one indicator at each of levels 1, 2 and 3, each without
    // confidence mark or evidence, so each is flagged.
    CHECK(cell(domains, 0, 1) == "1");
    CHECK(cell(domains, 0, 2) == "1");
    CHECK(cell(domains, 0, 3) == "1");
    CHECK(cell(domains, 0, 6) == "3 low confidence, 3 without evidence");
    CHECK(cell(domains, 0, 7) == "2");
    CHECK(cell(domains, 0, 8) == "2");
    CHECK(cell(domains, 0, 9) == "25");
    CHECK(cell(domains, 0, 10) == "Q1.2 at 1");
    CHECK(cell(domains, 0, 11) == "60% (3/5)");
    CHECK(cell(domains, 1, 7) == "not rated");
    for (int level = 1; level <= 3; ++level) {
        const auto at = wxString::Format("dashboard.profile.level.%d", level);
        CHECK(folded_label(child<wxStaticText>(shown.page, at)) == "1");
        const auto flags = wxString::Format("dashboard.profile.flags.%d", level);
        CHECK(folded_label(child<wxStaticText>(shown.page, flags)) == "1 low confidence, 1 without evidence");
    }
    CHECK(folded_label(child<wxStaticText>(shown.page, "dashboard.profile.level.4")) == "0");
    CHECK(folded_label(child<wxStaticText>(shown.page, "dashboard.profile.flags.4")).empty());
    REQUIRE(gaps->GetItemCount() == 2);  // targets 3: Q1.2 (gap 2) then Q1.1 (gap 1)
    CHECK(cell(gaps, 0, 0).rfind("Q1.2", 0) == 0);
    CHECK(cell(gaps, 0, 3) == "2");
    CHECK(cell(gaps, 1, 0).rfind("Q1.1", 0) == 0);
    CHECK(disputes->GetItemCount() == 0);
    CHECK(folded_label(child<wxStaticText>(shown.page, "dashboard.overall.level")) == "2");

    // One participant moves Q1.3 from 3 to 1: spread 2, the room disagrees.
    document->apply(assessment::edits::set_vote(document->assessment(), "Q1.3", "p1", assessment::Vote::at(1)));
    pump(50);
    REQUIRE(disputes->GetItemCount() == 1);
    CHECK(cell(disputes, 0, 0).rfind("Q1.3", 0) == 0);
    CHECK(cell(disputes, 0, 1) == "1 to 3");
    CHECK(cell(disputes, 0, 2) == "2");
    CHECK(folded_label(child<wxStaticText>(shown.page, "dashboard.overall.disagreements")) == "1");

    // Undo brings the table back.
    document->undo();
    pump(50);
    CHECK(disputes->GetItemCount() == 0);
    CHECK(cell(domains, 0, 7) == "2");

    // The radar shows current and target, with gaps for domains not rated.
    auto* radar = child<desktop::RadarChart>(shown.page, "dashboard.radar");
    REQUIRE(radar->series().size() == 2);
    REQUIRE(radar->series()[0].values.size() == 5);
    CHECK(radar->series()[0].values[0] == doctest::Approx(2));
    CHECK_FALSE(radar->series()[0].values[1].has_value());
    CHECK(radar->series()[1].values[0] == doctest::Approx(3));
}

TEST_CASE("dashboard: double-clicking a domain explains its level with indicators and weights") {
    ScratchApp app;
    auto document = quick_scan_document(app, 3);
    vote_first_domain(*document);
    Shown shown;
    show_dashboard(shown, *document);
    auto* domains = child<wxListCtrl>(shown.page, "dashboard.domains");

    std::vector<std::vector<std::string>> rows;
    std::string formula;
    const bool opened = with_modal_dialog([&] { double_click_row(domains, 0); },
                                          [&](wxDialog& dialog) {
                                              auto* terms = child<wxListCtrl>(&dialog, desktop::ExplanationDialog::kTermsName);
                                              for (long r = 0; r < terms->GetItemCount(); ++r) {
                                                  std::vector<std::string> row;
                                                  for (int c = 0; c < terms->GetColumnCount(); ++c) row.push_back(cell(terms, r, c));
                                                  rows.push_back(row);
                                              }
                                              formula = folded_label(child<wxStaticText>(&dialog, desktop::ExplanationDialog::kFormulaName));
                                              keep_image(capture(&dialog), "explanation.png");
                                          });
    REQUIRE(opened);
    // Indicator, question, level, weight, weight x level, in the mean, target.
    // Q1.4 and Q1.5 apply until the profile says there are no partners or
    // local administrations; they are not rated here.
    REQUIRE(rows.size() == 5);
    CHECK(rows[0][0] == "Q1.1");
    CHECK(rows[0][2] == "2 (median)");
    CHECK(rows[0][3] == "1");
    CHECK(rows[0][4] == "2");
    CHECK(rows[1][0] == "Q1.2");
    CHECK(rows[1][4] == "1");
    CHECK(rows[2][4] == "3");
    CHECK(rows[2][6] == "3");
    CHECK(formula.find("= 6 / 3 = 2") != std::string::npos);
    CHECK(formula.find("100 x (2 - 1) / (5 - 1) = 25") != std::string::npos);
    CHECK(formula.find("3 / 5 = 60%") != std::string::npos);
}

TEST_CASE("dashboard: the explain button covers the selected domain and the overall figure") {
    ScratchApp app;
    auto document = quick_scan_document(app, 3);
    vote_first_domain(*document);
    // An agreed level and an N/A majority in domain Q2 (on Q2.3: Q2.2 can
    // never be not applicable).
    vote(*document, "Q2.1", {4, 4, 4});
    document->apply(assessment::edits::set_agreed(document->assessment(), "Q2.1", assessment::Vote::at(3), "Pilot only"));
    for (const auto* p : {"p1", "p2", "p3"})
        document->apply(assessment::edits::set_vote(document->assessment(), "Q2.3", p, assessment::Vote::not_applicable()));
    Shown shown;
    show_dashboard(shown, *document);
    auto* domains = child<wxListCtrl>(shown.page, "dashboard.domains");
    auto* button = child<wxButton>(shown.page, "dashboard.explain_domain");
    CHECK_FALSE(button->IsEnabled());
    click_row(domains, 1);
    REQUIRE(button->IsEnabled());

    std::vector<std::string> levels, used;
    REQUIRE(with_modal_dialog([&] { click(button); },
                              [&](wxDialog& dialog) {
                                  auto* terms = child<wxListCtrl>(&dialog, desktop::ExplanationDialog::kTermsName);
                                  for (long r = 0; r < terms->GetItemCount(); ++r) {
                                      levels.push_back(cell(terms, r, 2));
                                      used.push_back(cell(terms, r, 5));
                                  }
                              }));
    REQUIRE(levels.size() >= 2);
    CHECK(levels[0] == "3 (agreed)");
    CHECK(used[0] == "counted");
    CHECK(levels[1] == "unanswered");  // Q2.2
    REQUIRE(levels.size() >= 3);
    CHECK(levels[2] == "not applicable");  // Q2.3
    CHECK(used[2].find("left out") == 0);

    std::string formula;
    std::vector<std::string> weights;
    REQUIRE(with_modal_dialog([&] { click(child<wxButton>(shown.page, "dashboard.explain_overall")); },
                              [&](wxDialog& dialog) {
                                  auto* terms = child<wxListCtrl>(&dialog, desktop::ExplanationDialog::kTermsName);
                                  for (long r = 0; r < terms->GetItemCount(); ++r) weights.push_back(cell(terms, r, 2));
                                  formula = folded_label(child<wxStaticText>(&dialog, desktop::ExplanationDialog::kFormulaName));
                              }));
    REQUIRE(weights.size() == 5);  // the five domains
    CHECK(weights[0] == "1");
    // Domains Q1 (2) and Q2 (3) have levels: (2 + 3) / 2.
    CHECK(formula.find("= 5 / 2 = 2.5") != std::string::npos);
}

TEST_CASE("dashboard: double-clicking a gap explains the indicator's level, spread, target and gap") {
    ScratchApp app;
    auto document = quick_scan_document(app, 3);
    vote_first_domain(*document);
    // An anonymous participant's N/A on Q1.2 does not enter the median.
    assessment::Participant anonymous;
    anonymous.id = assessment::edits::next_participant_id(document->assessment());
    anonymous.anonymous = true;
    document->apply(assessment::edits::add_participant(document->assessment(), anonymous));
    document->apply(assessment::edits::set_vote(document->assessment(), "Q1.2", anonymous.id, assessment::Vote::not_applicable()));
    Shown shown;
    show_dashboard(shown, *document);
    auto* gaps = child<wxListCtrl>(shown.page, "dashboard.gaps");
    REQUIRE(gaps->GetItemCount() >= 1);
    REQUIRE(cell(gaps, 0, 0).rfind("Q1.2", 0) == 0);

    std::vector<std::pair<std::string, std::string>> votes;
    std::string formula;
    REQUIRE(with_modal_dialog([&] { double_click_row(gaps, 0); },
                              [&](wxDialog& dialog) {
                                  auto* list = child<wxListCtrl>(&dialog, desktop::IndicatorExplanationDialog::kVotesName);
                                  for (long r = 0; r < list->GetItemCount(); ++r) votes.emplace_back(cell(list, r, 0), cell(list, r, 1));
                                  formula = folded_label(child<wxStaticText>(&dialog, desktop::IndicatorExplanationDialog::kFormulaName));
                                  keep_image(capture(&dialog), "indicator-explanation.png");
                              }));
    REQUIRE(votes.size() == 4);
    CHECK(votes[0] == std::pair<std::string, std::string>("Participant 1", "1"));
    CHECK(votes[2] == std::pair<std::string, std::string>("Participant 3", "2"));
    CHECK(votes[3].first == "Anonymous (" + anonymous.id + ")");
    CHECK(votes[3].second == "not applicable");
    CHECK(formula.find("Level votes in order: 1, 1, 2.") != std::string::npos);
    CHECK(formula.find("= 1. N/A") != std::string::npos);
    CHECK(formula.find("Spread = highest - lowest level vote = 1.") != std::string::npos);
    CHECK(formula.find("Target = 3 (the framework's default).") != std::string::npos);
    CHECK(formula.find("Gap = max(0, target - level) = max(0, 3 - 1) = 2") != std::string::npos);
}
