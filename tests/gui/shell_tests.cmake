# The workshop shell (app frame, start page, set-up, walkthrough, files,
# undo, autosave and recovery, languages), driven with real events under Xvfb.
socle_add_gui_test(test_shell
  SOURCES gui/shell_fixtures.cpp gui/test_shell_workshop.cpp gui/test_shell_files.cpp gui/test_shell_views.cpp)
