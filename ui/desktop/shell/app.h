#pragma once
// The application: reads the command line, sets up the config, the
// interface language and the shared services (AppContext), opens the main
// frame on a file or the start page, offers to recover what a crash left
// in the recovery folder, and runs --screenshot.
#include <memory>

#include <wx/app.h>

#include "ui/desktop/shell/command_line.h"

class wxConfigBase;

namespace socle::desktop {

class AppContext;
class MainFrame;

class SocleApp : public wxApp {
public:
    SocleApp();
    ~SocleApp() override;
    bool OnInit() override;
    int OnRun() override;
    int OnExit() override;
    // An exception that escaped an event handler: reported, and the app
    // (with the open document) goes on.
    bool OnExceptionInMainLoop() override;
    void OnUnhandledException() override;

private:
    void offer_recovery();
    void open_requested();
    void take_screenshot_and_exit();

    CommandLineOptions options_;
    std::unique_ptr<AppContext> context_;
    MainFrame* frame_ = nullptr;
    int exit_code_ = 0;
};

}  // namespace socle::desktop
