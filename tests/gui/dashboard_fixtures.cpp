#include "tests/gui/dashboard_fixtures.h"

#include <doctest/doctest.h>

#include <cstdlib>

#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>

#include "assessment/edits.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::gui_test {

std::unique_ptr<desktop::Document> quick_scan_document(ScratchApp& app, int participants) {
    auto framework = app.context().framework("sp-quick-scan");
    REQUIRE(framework);
    auto document = std::make_unique<desktop::Document>(assessment::Assessment(framework), std::filesystem::path(), "");
    for (int i = 1; i <= participants; ++i) {
        assessment::Participant participant;
        participant.id = assessment::edits::next_participant_id(document->assessment());
        participant.name = "Participant " + std::to_string(i);
        document->apply(assessment::edits::add_participant(document->assessment(), participant));
    }
    return document;
}

std::unique_ptr<desktop::Document> sample_document(ScratchApp& app, const std::string& name) {
    const auto path = test::source_path("samples/" + name);
    auto loaded = app.context().load(path);
    REQUIRE(loaded.ok());
    return std::make_unique<desktop::Document>(std::move(*loaded.assessment), path, "");
}

void vote(desktop::Document& document, const std::string& indicator, const std::vector<int>& levels) {
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const auto& participant = document.assessment().participants.at(i).id;
        document.apply(assessment::edits::set_vote(document.assessment(), indicator, participant,
                                                   assessment::Vote::at(levels[i])));
    }
}

std::string cell(wxWindow* window, long row, int column) {
    auto* list = dynamic_cast<wxListCtrl*>(window);
    REQUIRE(list);
    REQUIRE(row < list->GetItemCount());
    return desktop::to_utf8(list->GetItemText(row, column));
}

}  // namespace socle::gui_test
