# The system map page and the roadmap page, driven with real events under Xvfb.
socle_add_gui_test(test_mapview
  SOURCES gui/mapview_fixtures.cpp gui/test_systems_page.cpp gui/test_system_map_view.cpp gui/test_roadmap_page.cpp gui/test_mapview_frame.cpp
          gui/test_system_map_present.cpp)
