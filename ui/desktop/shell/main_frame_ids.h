#pragma once
// Command ids of the main frame's menus (shared by its .cpp files).
#include <wx/defs.h>

namespace socle::desktop::ids {

enum : int {
    OpenSample = wxID_HIGHEST + 100,
    ExportWorkbook,
    ExportCsv,
    ExportReport,
    PageStart,
    PageSetup,
    PageWalkthrough,
    PageDashboard,
    PageSystems,
    PageRoadmap,
    ImportSystemsCsv,
    ExportSystemsCsv,
    ExportMapPng,
    ExportMapSvg,
    ExportMapDot,
    PageCompare,
    Presentation,
    RoomVoting,
    NextIndicator,
    PreviousIndicator,
    IndicatorList,
    FacilitatorNotes,
    ImportFieldSubmissions,
    StartNextRound,
    TextLarger,
    TextSmaller,
    TextReset,
    Glossary,
    LanguageFirst,  // one id per interface language from here
    LanguageLast = LanguageFirst + 9,
    RecentFirst,  // one id per recent file from here
    RecentLast = RecentFirst + 15,
    SampleFirst,  // one id per bundled sample from here
    SampleLast = SampleFirst + 15,
    NewTrainingSession,  // the Training menu (main_frame_training.cpp)
    TrainingDebrief,
};

}  // namespace socle::desktop::ids
