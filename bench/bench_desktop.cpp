// Desktop responsiveness, measured on the real MainFrame under Xvfb: launch
// to the first painted page, a vote key to everything updated, and the
// system map and roadmap pages shown. Plain steady_clock timings printed
// as text: Google Benchmark's repeated loops do not fit GUI event
// pumping. Method and figures in docs/performance.md.
//
//   xvfb-run -a -s "-screen 0 1280x800x24" build/bench/bench_desktop [--presses N] [--generated-only]
//
// SOCLE_BENCH_TRACE=1 also prints where the time went: the event before any
// gap of more than 100 ms, and for a vote press slower than 200 ms how many
// events of each type it caused (and every 50th size event's window).
//
// What "painted" means here: a global event filter notes the time of every
// event wx processes (idle and update-UI events excepted, they come
// whatever happens). After a trigger, events are pumped until nothing has
// happened for kQuietMs; the figure is the time of the last wxEVT_PAINT
// (or, for "settled", of the last event of any kind) after the trigger.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <wx/app.h>
#include <wx/fileconf.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include "assessment/assessment_io.h"
#include "bench/bench_support.h"
#include "frameworks/framework_loader.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/app_context.h"
#include "ui/desktop/services/ui_text.h"
#include "ui/desktop/shell/main_frame.h"
#include "ui/desktop/workshop/indicator_panel.h"
#include "ui/desktop/workshop/votes_grid.h"
#include "ui/desktop/workshop/walkthrough_page.h"

namespace {

using namespace socle;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kQuietMs = 200;    // no event for this long: the window has settled
constexpr int kLimitMs = 10000;  // give up waiting after this

double ms_between(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// Notes when wx last processed an event, and a paint.
class ActivityFilter : public wxEventFilter {
public:
    int FilterEvent(wxEvent& event) override {
        const auto type = event.GetEventType();
        if (type == wxEVT_IDLE || type == wxEVT_UPDATE_UI) return Event_Skip;
        const auto now = Clock::now();
        // SOCLE_BENCH_TRACE: name the event before any long gap (where the time went).
        if (trace_ && last_event_ != Clock::time_point{} && ms_between(last_event_, now) > 100) {
            const auto* window = dynamic_cast<wxWindow*>(last_object_);
            std::printf("    gap %.0f ms after event %d on %s\n", ms_between(last_event_, now), last_type_,
                        window ? static_cast<const char*>(window->GetName().utf8_str()) : "?");
        }
        if (trace_) ++counts_[type];
        if (trace_ && type == wxEVT_SIZE && counts_[type] % 50 == 0) {
            const auto* w = dynamic_cast<wxWindow*>(event.GetEventObject());
            if (w) std::printf("    size of %s (parent %s): %d x %d\n", static_cast<const char*>(w->GetName().utf8_str()),
                               w->GetParent() ? static_cast<const char*>(w->GetParent()->GetName().utf8_str()) : "-",
                               w->GetSize().x, w->GetSize().y);
        }
        last_type_ = type;
        last_object_ = event.GetEventObject();
        last_event_ = now;
        if (type == wxEVT_PAINT) last_paint_ = now;
        if (type == wxEVT_CHAR_HOOK && key_seen_ == Clock::time_point{}) key_seen_ = now;
        return Event_Skip;
    }
    void reset() { last_event_ = last_paint_ = key_seen_ = Clock::time_point{}; }
    Clock::time_point last_event() const { return last_event_; }
    Clock::time_point last_paint() const { return last_paint_; }
    Clock::time_point key_seen() const { return key_seen_; }

private:
    Clock::time_point last_event_, last_paint_, key_seen_;
    bool trace_ = std::getenv("SOCLE_BENCH_TRACE") != nullptr;
    int last_type_ = 0;
public:
    std::map<int, int> counts_;
private:
    wxObject* last_object_ = nullptr;
};

ActivityFilter* g_filter = nullptr;

// Runs events (and idle handlers, through wxYield) until none has come for kQuietMs.
void pump_until_quiet() {
    const auto start = Clock::now();
    for (;;) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
        const auto now = Clock::now();
        const auto last = std::max(g_filter->last_event(), start);
        if (ms_between(last, now) >= kQuietMs || ms_between(start, now) >= kLimitMs) return;
        wxMilliSleep(1);
    }
}

// The times of one trigger, from t0: the last paint and the last event.
struct Settled {
    double painted = 0;
    double settled = 0;
};

Settled settle_from(Clock::time_point t0) {
    pump_until_quiet();
    Settled s;
    if (g_filter->last_paint() > t0) s.painted = ms_between(t0, g_filter->last_paint());
    if (g_filter->last_event() > t0) s.settled = ms_between(t0, g_filter->last_event());
    return s;
}

struct Stats {
    double median = 0, worst = 0;
};

Stats stats_of(std::vector<double> values) {
    if (values.empty()) return {};
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values.back()};
}

// A scratch config, recovery folder and user-framework folder: the bench
// never touches the user's settings.
struct Scratch {
    fs::path dir = fs::temp_directory_path() / ("socle-bench-desktop-" + std::to_string(::getpid()));
    Scratch() { fs::create_directories(dir / "frameworks"); }
    ~Scratch() {
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
};

// One open file in one frame, and the figures taken on it.
class Session {
public:
    Session(const Scratch& scratch, const fs::path& file) : scratch_(scratch), file_(file) {}
    ~Session() { close(); }

    // 1. From creating the AppContext and the MainFrame to the walkthrough
    // page painted after open_file (the frame is shown before open_file,
    // as the app does with a file on the command line).
    Settled launch() {
        fs::remove(scratch_.dir / "socle.ini");
        config_ = std::make_unique<wxFileConfig>(wxString(), wxString(), desktop::path_to_wx(scratch_.dir / "socle.ini"),
                                                 wxString(), wxCONFIG_USE_LOCAL_FILE);
        g_filter->reset();
        const auto t0 = Clock::now();
        context_ = std::make_unique<desktop::AppContext>(*config_, scratch_.dir / "recovery", scratch_.dir / "frameworks");
        frame_ = new desktop::MainFrame(*context_);
        frame_->SetPosition(wxPoint(0, 0));
        frame_->SetSize(wxSize(1280, 800));
        frame_->Show();
        frame_->Raise();
        if (!frame_->open_file(file_)) {
            std::fprintf(stderr, "could not open %s\n", file_.c_str());
            std::exit(1);
        }
        const auto opened = Clock::now();
        auto s = settle_from(t0);
        open_ms_ = ms_between(t0, opened);
        return s;
    }
    double open_ms() const { return open_ms_; }

    // 2. A digit key on the votes list, through the X server (XTest), to
    // the last paint it caused: key handler, Document::apply, re-scoring,
    // the navigator, the level cards and the status bar repainted.
    // Returns {key delivered, last paint, settled} per press.
    struct KeyTimes {
        std::vector<double> delivered, painted, settled;
    };
    KeyTimes vote_keys(int presses) {
        KeyTimes times;
        for (int i = 0; i < presses; ++i) {
            const char digit = prepare_vote(i);
            g_filter->reset();
            wxUIActionSimulator sim;
            const auto t0 = Clock::now();
            sim.KeyDown(digit);
            sim.KeyUp(digit);
            const auto s = settle_from(t0);
            if (std::getenv("SOCLE_BENCH_TRACE") && s.painted > 200) {
                std::printf("    (size %d paint %d)\n", static_cast<int>(wxEVT_SIZE), static_cast<int>(wxEVT_PAINT));
                for (const auto& [type, count] : g_filter->counts_) std::printf("    event %d x %d\n", type, count);
            }
            g_filter->counts_.clear();
            times.delivered.push_back(g_filter->key_seen() > t0 ? ms_between(t0, g_filter->key_seen()) : -1);
            times.painted.push_back(s.painted);
            times.settled.push_back(s.settled);
        }
        return times;
    }

    // The same vote without the X server: the handler's own call (record)
    // and the refresh it triggers, synchronously; paints come after.
    std::vector<double> vote_calls(int presses) {
        std::vector<double> times;
        for (int i = 0; i < presses; ++i) {
            const char digit = prepare_vote(i);
            auto* panel = frame_->walkthrough_page()->indicator_panel();
            const auto t0 = Clock::now();
            panel->record(assessment::Vote::at(digit - '0'));
            times.push_back(ms_between(t0, Clock::now()));
            pump_until_quiet();
        }
        return times;
    }

    // 3. show_page to the last paint of the page.
    Settled show(desktop::Page page) {
        g_filter->reset();
        const auto t0 = Clock::now();
        frame_->show_page(page);
        return settle_from(t0);
    }
    double show_call_ms(desktop::Page page) {
        const auto t0 = Clock::now();
        frame_->show_page(page);
        const double ms = ms_between(t0, Clock::now());
        pump_until_quiet();
        return ms;
    }

    void close() {
        if (!frame_) return;
        frame_->set_save_prompt([](const wxString&) { return desktop::SaveChoice::Discard; });
        frame_->close_document();
        frame_->Destroy();
        frame_ = nullptr;
        pump_until_quiet();
        context_.reset();
        config_.reset();
    }

private:
    // Selects participant i (cycling) on the walkthrough, focuses the votes
    // list, and returns a digit that changes that participant's vote.
    char prepare_vote(int i) {
        if (frame_->current_page() != desktop::Page::Walkthrough) {
            frame_->show_page(desktop::Page::Walkthrough);
            pump_until_quiet();
        }
        auto* panel = frame_->walkthrough_page()->indicator_panel();
        auto& doc = *frame_->document();
        const auto count = doc.assessment().participants.size();
        panel->votes()->select_participant(static_cast<std::size_t>(i) % count);
        panel->votes()->focus_list();
        const std::string who = panel->votes()->selected_participant();
        const auto& votes = doc.assessment().response(doc.current_indicator()).votes;
        const auto found = votes.find(who);
        const int levels = std::min(doc.framework().level_count(), 9);
        int level = 1 + i % levels;
        if (found != votes.end() && found->second == assessment::Vote::at(level)) level = 1 + level % levels;
        pump_until_quiet();
        return static_cast<char>('0' + level);
    }

    const Scratch& scratch_;
    fs::path file_;
    std::unique_ptr<wxFileConfig> config_;
    std::unique_ptr<desktop::AppContext> context_;
    desktop::MainFrame* frame_ = nullptr;
    double open_ms_ = 0;
};

void print_settled(const char* what, const Settled& s) {
    std::printf("  %-44s painted %8.1f ms   settled %8.1f ms\n", what, s.painted, s.settled);
}

void print_stats(const char* what, const std::vector<double>& values) {
    const auto s = stats_of(values);
    const auto worst = std::max_element(values.begin(), values.end()) - values.begin();
    std::printf("  %-44s median %8.2f ms   worst %8.2f ms (#%d of %zu)\n", what, s.median, s.worst,
                static_cast<int>(worst) + 1, values.size());
}

void measure(const Scratch& scratch, const char* name, const fs::path& file, int presses) {
    std::printf("%s (%s, %.2f MB)\n", name, file.filename().c_str(),
                static_cast<double>(fs::file_size(file)) / (1024.0 * 1024.0));
    for (int run = 1; run <= 3; ++run) {
        Session session(scratch, file);
        const auto s = session.launch();
        std::printf("  launch %d: open_file returned %8.1f ms;", run, session.open_ms());
        std::printf(" first page painted %8.1f ms, settled %8.1f ms\n", s.painted, s.settled);
        if (run < 3) continue;

        const auto keys = session.vote_keys(presses);
        print_stats("vote key: delivered (X round trip)", keys.delivered);
        print_stats("vote key: to last paint", keys.painted);
        print_stats("vote key: settled", keys.settled);
        print_stats("vote: record() call (handler + refresh)", session.vote_calls(presses));

        // After votes the state changed: the map and the plan are redone.
        print_settled("system map, after votes (show_page)", session.show(desktop::Page::Systems));
        print_settled("walkthrough again", session.show(desktop::Page::Walkthrough));
        print_settled("system map, unchanged (show_page)", session.show(desktop::Page::Systems));
        print_settled("roadmap, after votes (show_page)", session.show(desktop::Page::Roadmap));
        print_settled("walkthrough again", session.show(desktop::Page::Walkthrough));
        print_settled("roadmap, unchanged (show_page)", session.show(desktop::Page::Roadmap));
        session.vote_calls(1);
        std::printf("  show_page(Systems) call alone, after a vote: %8.1f ms\n", session.show_call_ms(desktop::Page::Systems));
        session.vote_calls(1);
        std::printf("  show_page(Roadmap) call alone, after a vote: %8.1f ms\n", session.show_call_ms(desktop::Page::Roadmap));
    }
}

// The 200-indicator, 40-participant, 2,000-system assessment of the other benchmarks, as a file.
fs::path write_generated(const Scratch& scratch) {
    auto loaded = frameworks::load_framework(bench::generate_framework_xml(20, 10), "bench.xml");
    auto framework = std::make_shared<const frameworks::Framework>(std::move(*loaded.framework));
    const auto a = bench::generate_assessment(framework, 40, 1500, 2000, 42);
    const auto path = scratch.dir / "generated.socle";
    assessment::save_assessment_file(a, path);
    return path;
}

class BenchApp : public wxApp {
public:
    bool OnInit() override {
        wxInitAllImageHandlers();
        return true;
    }
};

}  // namespace

wxIMPLEMENT_APP_NO_MAIN(BenchApp);

int main(int argc, char** argv) {
    int presses = 30;
    bool sample = true;  // --generated-only: skip the sample (for a profiler)
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--presses" && i + 1 < argc) presses = std::max(1, std::atoi(argv[i + 1]));
        if (arg == "--generated-only") sample = false;
    }
    if (!wxEntryStart(argc, argv) || !wxTheApp || !wxTheApp->CallOnInit()) {
        std::fprintf(stderr, "bench_desktop: wxWidgets could not start (run it under xvfb-run)\n");
        return 1;
    }
    {
        Scratch scratch;
        // The error log and anything else under the user's data folder.
        setenv("XDG_DATA_HOME", (scratch.dir / "data").c_str(), 1);
        ActivityFilter filter;
        g_filter = &filter;
        wxEvtHandler::AddFilter(&filter);
        if (sample)
            measure(scratch, "Lao PDR sample", fs::path(SOCLE_SOURCE_DIR) / "samples/lao-pdr-2026-baseline.socle", presses);
        measure(scratch, "generated 200 x 40 x 2,000", write_generated(scratch), presses);
        wxEvtHandler::RemoveFilter(&filter);
        g_filter = nullptr;
    }
    wxTheApp->OnExit();
    wxEntryCleanup();
    return 0;
}
