#pragma once
// Precompiled header of the desktop app: the wx headers almost every file
// includes. Keeps rebuilds fast; every file still includes what it uses.
#include <wx/wx.h>
#include <wx/config.h>
#include <wx/graphics.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/scrolwin.h>
#include <wx/simplebook.h>
#include <wx/splitter.h>
#include <wx/stdpaths.h>
#include <wx/treectrl.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>
