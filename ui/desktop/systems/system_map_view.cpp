#include "ui/desktop/systems/system_map_view.h"

#include <algorithm>
#include <cmath>

#include <wx/dcbuffer.h>
#include <wx/dcclient.h>
#include <wx/font.h>
#include <wx/dcgraph.h>

#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {
constexpr double kMinZoom = 0.2;
constexpr double kMaxZoom = 4.0;
constexpr int kDragThreshold = 4;
constexpr double kPanStep = 60;
}  // namespace

SystemMapView::SystemMapView(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE | wxWANTS_CHARS) {
    SetName("system_map_view");
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(320, 240)));
    Bind(wxEVT_PAINT, &SystemMapView::on_paint, this);
    Bind(wxEVT_SIZE, &SystemMapView::on_size, this);
    Bind(wxEVT_LEFT_DOWN, &SystemMapView::on_left_down, this);
    Bind(wxEVT_LEFT_UP, &SystemMapView::on_left_up, this);
    Bind(wxEVT_MOTION, &SystemMapView::on_motion, this);
    Bind(wxEVT_MOUSEWHEEL, &SystemMapView::on_wheel, this);
    Bind(wxEVT_CHAR_HOOK, &SystemMapView::on_key, this);
    Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) { dragging_ = false; });
}

void SystemMapView::set_map(const assessment::SystemMap& map, const scoring::SystemMapAnalysis& analysis) {
    // The selection is kept by id; a highlight is not, as it names flows by
    // their index, which an edit may have shifted.
    const auto selection = scene_.selection();
    auto highlight = scene_.highlight();
    const bool same_map = scene_.map() == map;
    scene_ = MapScene(map, analysis);
    scene_.set_selection(selection);
    if (same_map) scene_.set_highlight(std::move(highlight));
    if (fitted_) fit();
    Refresh();
}

void SystemMapView::select_system(const std::string& system_id) {
    scene_.set_selection(system_id);
    if (!system_id.empty()) scene_.set_highlight({});
    Refresh();
}

void SystemMapView::set_highlight(MapHighlight highlight) {
    scene_.set_selection({});
    scene_.set_highlight(std::move(highlight));
    Refresh();
}

void SystemMapView::fit() {
    fitted_ = true;
    const auto size = GetClientSize();
    if (size.x <= 0 || size.y <= 0 || scene_.width() <= 0 || scene_.height() <= 0) return;
    zoom_ = std::clamp(std::min(size.x / scene_.width(), size.y / scene_.height()), kMinZoom, kMaxZoom);
    offset_ = {(size.x - scene_.width() * zoom_) / 2, 0};  // centred across, from the top
    Refresh();
}

double SystemMapView::label_pixel_size() const {
    wxClientDC dc(const_cast<SystemMapView*>(this));
    dc.SetFont(wxFont(wxFontInfo(MapScene::label_point_size()).Family(wxFONTFAMILY_SWISS).Bold()));
    return dc.GetCharHeight() * zoom_;
}

void SystemMapView::present() {
    const auto size = GetClientSize();
    if (size.x <= 0 || size.y <= 0 || scene_.width() <= 0 || scene_.height() <= 0) return;
    fit();
    const double unit = label_pixel_size() / zoom_;  // a line of a name at zoom 1
    zoom_ = std::clamp(std::max(zoom_, kPresentLabelPixels / std::max(1.0, unit)), kMinZoom, kMaxZoom);
    fitted_ = false;
    if (const auto* box = scene_.box(scene_.selection())) {
        offset_ = {size.x / 2.0 - box->centre_x() * zoom_, size.y / 2.0 - box->centre_y() * zoom_};
    } else {
        // The column captions sit 30 units above the first row.
        const double top = scene_.layout().columns.empty() ? 0 : scene_.layout().columns.front().y - 40;
        offset_ = {0, -top * zoom_};
    }
    pan(0, 0);
    Refresh();
}

void SystemMapView::pan(double dx, double dy) {
    // At least a quarter of the map (or of the window) stays in view, so
    // that the map can always be scrolled back.
    const auto size = GetClientSize();
    auto keep = [](double offset, double extent, double client) {
        const double visible = std::min(extent, client) / 4;
        return std::clamp(offset, visible - extent, client - visible);
    };
    offset_.m_x = keep(offset_.m_x + dx, scene_.width() * zoom_, size.x);
    offset_.m_y = keep(offset_.m_y + dy, scene_.height() * zoom_, size.y);
    Refresh();
}

void SystemMapView::zoom_by(double factor) {
    const auto size = GetClientSize();
    zoom_about(factor, wxPoint(size.x / 2, size.y / 2));
}

void SystemMapView::zoom_about(double factor, wxPoint centre) {
    const double zoom = std::clamp(zoom_ * factor, kMinZoom, kMaxZoom);
    const auto scene_point = to_scene(centre);
    zoom_ = zoom;
    offset_ = {centre.x - scene_point.m_x * zoom_, centre.y - scene_point.m_y * zoom_};
    fitted_ = false;
    Refresh();
}

wxPoint2DDouble SystemMapView::to_scene(wxPoint client) const {
    return {(client.x - offset_.m_x) / zoom_, (client.y - offset_.m_y) / zoom_};
}

wxPoint SystemMapView::client_point_of(const std::string& system_id) const {
    const auto* box = scene_.box(system_id);
    if (!box) return wxPoint(-1, -1);
    return wxPoint(static_cast<int>(std::lround(offset_.m_x + box->centre_x() * zoom_)),
                   static_cast<int>(std::lround(offset_.m_y + box->centre_y() * zoom_)));
}

void SystemMapView::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC buffer(this);
    buffer.SetBackground(*wxWHITE_BRUSH);
    buffer.Clear();
    wxGCDC dc(buffer);
    dc.SetDeviceOrigin(static_cast<wxCoord>(std::lround(offset_.m_x)), static_cast<wxCoord>(std::lround(offset_.m_y)));
    dc.SetUserScale(zoom_, zoom_);
    scene_.render(dc);
}

void SystemMapView::on_size(wxSizeEvent& event) {
    if (fitted_) fit();
    event.Skip();
}

void SystemMapView::on_left_down(wxMouseEvent& event) {
    SetFocus();
    dragging_ = true;
    dragged_ = false;
    drag_start_ = last_mouse_ = event.GetPosition();
    if (!HasCapture()) CaptureMouse();
}

void SystemMapView::on_left_up(wxMouseEvent& event) {
    if (HasCapture()) ReleaseMouse();
    if (!dragging_) return;
    dragging_ = false;
    if (dragged_) return;
    const auto point = to_scene(event.GetPosition());
    const auto id = scene_.system_at(point.m_x, point.m_y);
    select_system(id);
    if (id.empty()) set_highlight({});
    if (on_select_) on_select_(id);
}

void SystemMapView::on_motion(wxMouseEvent& event) {
    if (!dragging_ || !event.LeftIsDown()) {
        // The full name (labels on the map may be cut short).
        const auto point = to_scene(event.GetPosition());
        const auto id = scene_.system_at(point.m_x, point.m_y);
        const auto* system = scene_.map().find(id);
        const wxString tip = system ? to_wx(system->name.empty() ? system->id : system->name) : wxString();
        if (GetToolTipText() != tip) {
            if (tip.empty()) UnsetToolTip();
            else SetToolTip(tip);
        }
        return;
    }
    const auto position = event.GetPosition();
    if (!dragged_ && std::abs(position.x - drag_start_.x) + std::abs(position.y - drag_start_.y) < kDragThreshold)
        return;
    dragged_ = true;
    pan(position.x - last_mouse_.x, position.y - last_mouse_.y);
    last_mouse_ = position;
    fitted_ = false;
}

void SystemMapView::on_wheel(wxMouseEvent& event) {
    const double steps = static_cast<double>(event.GetWheelRotation()) / std::max(1, event.GetWheelDelta());
    if (event.ControlDown()) {
        zoom_about(std::pow(1.15, steps), event.GetPosition());
        return;
    }
    const bool horizontal = event.ShiftDown() || event.GetWheelAxis() == wxMOUSE_WHEEL_HORIZONTAL;
    pan(horizontal ? steps * kPanStep : 0, horizontal ? 0 : steps * kPanStep);
    fitted_ = false;
}

void SystemMapView::on_key(wxKeyEvent& event) {
    // The key code ignores Ctrl: Ctrl+= and Ctrl+- zoom like = and -.
    switch (event.GetKeyCode()) {
        case '+':
        case '=':
        case WXK_NUMPAD_ADD: zoom_by(1.25); return;
        case '-':
        case WXK_NUMPAD_SUBTRACT: zoom_by(1 / 1.25); return;
        case '0':
        case WXK_NUMPAD0: fit(); return;
        case 'P':
            if (event.HasAnyModifiers()) break;  // Ctrl+P belongs to the menus
            present();
            return;
        case WXK_LEFT: pan(kPanStep, 0); fitted_ = false; return;
        case WXK_RIGHT: pan(-kPanStep, 0); fitted_ = false; return;
        case WXK_UP: pan(0, kPanStep); fitted_ = false; return;
        case WXK_DOWN: pan(0, -kPanStep); fitted_ = false; return;
        default: break;
    }
    event.Skip();
}

}  // namespace socle::desktop
