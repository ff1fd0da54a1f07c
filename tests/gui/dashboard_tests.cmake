# Dashboard, explanation dialog, presentation page and export, driven with
# real events under Xvfb.
socle_add_gui_test(test_dashboard
  SOURCES gui/dashboard_fixtures.cpp gui/test_dashboard.cpp gui/test_dashboard_views.cpp gui/test_dashboard_export.cpp
          gui/test_radar_chart.cpp gui/test_dashboard_language.cpp gui/test_text_layout.cpp)
