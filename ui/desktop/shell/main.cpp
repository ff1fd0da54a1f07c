// The entry point of the desktop app; everything else is socle_desktop_lib.
#include "ui/desktop/shell/app.h"

wxIMPLEMENT_APP(socle::desktop::SocleApp);
