# The comparison page (peers and rounds over the bundled samples, radar,
# tables, changes, export), driven with real events under Xvfb.
socle_add_gui_test(test_comparison_page SOURCES gui/test_comparison_page.cpp gui/test_comparison_frame.cpp)
# The framework-versions case makes its assessments with socle-cli.
add_dependencies(test_comparison_page socle-cli)
