// The entry point of the desktop app; everything else is socle_desktop_lib.
#include "ui/desktop/app.h"

wxIMPLEMENT_APP(socle::desktop::SocleApp);
