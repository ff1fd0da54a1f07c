#pragma once
// The system map on screen: the scene of system_map_render.h, zoomed with
// Ctrl+wheel or +/- (Ctrl+= and Ctrl+- too), panned by dragging, with the
// wheel or the arrow keys, fitted to the window with 0 (or the Fit button
// of the page). P (or the page's Present button) zooms until the systems'
// names are readable on a projector and the map scrolls. Clicking a system
// selects it: the map then shows what it depends on (blue, tagged
// "↑ upstream") and what its outage would reach (orange, "↓ downstream").
#include <functional>
#include <string>

#include <wx/window.h>

#include "ui/desktop/systems/system_map_render.h"

namespace socle::desktop {

class SystemMapView : public wxWindow {
public:
    explicit SystemMapView(wxWindow* parent);

    // A new map (after every edit). Keeps the selection when the system is
    // still there, and the zoom unless the view is fitted; a findings
    // highlight only when the map did not change.
    void set_map(const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis);
    const MapScene& scene() const { return scene_; }

    void select_system(const std::string& system_id);  // empty: none
    void set_highlight(MapHighlight highlight);
    // Called when the user selects a system on the map (empty: cleared).
    void set_on_select(std::function<void(const std::string&)> on_select) { on_select_ = std::move(on_select); }

    void zoom_by(double factor);  // about the window's centre
    void fit();
    // The presenting zoom: the names at least kPresentLabelPixels tall (or
    // the fitted zoom when that is larger), showing the selection, else the
    // map's first column from the top. The map then scrolls.
    void present();
    static constexpr int kPresentLabelPixels = 22;
    double zoom() const { return zoom_; }
    // The height on screen of a line of a system's name, in pixels.
    double label_pixel_size() const;
    // Where a system's centre is on screen, in client coordinates (tests
    // click there; a system out of view gives a point outside the client area).
    wxPoint client_point_of(const std::string& system_id) const;

private:
    void on_paint(wxPaintEvent& event);
    void on_size(wxSizeEvent& event);
    void on_left_down(wxMouseEvent& event);
    void on_left_up(wxMouseEvent& event);
    void on_motion(wxMouseEvent& event);
    void on_wheel(wxMouseEvent& event);
    void on_key(wxKeyEvent& event);
    void zoom_about(double factor, wxPoint centre);
    wxPoint2DDouble to_scene(wxPoint client) const;
    void pan(double dx, double dy);  // keeps part of the map in the window

    MapScene scene_;
    double zoom_ = 1.0;
    wxPoint2DDouble offset_{0, 0};  // client position of the scene's origin
    bool fitted_ = true;            // refit on resize until the user zooms or pans
    bool dragging_ = false;
    bool dragged_ = false;
    wxPoint drag_start_;
    wxPoint last_mouse_;
    std::function<void(const std::string&)> on_select_;
};

}  // namespace socle::desktop
