# The workshop shell (app frame, start page, set-up, walkthrough, files,
# undo, autosave and recovery, languages), driven with real events under Xvfb.
socle_add_gui_test(test_shell
  SOURCES gui/shell_fixtures.cpp gui/test_shell_workshop.cpp gui/test_shell_files.cpp gui/test_shell_views.cpp)

# File names, folders and titles in Cyrillic, Lao and French, under C.UTF-8
# and ru_RU.UTF-8: no conversion may depend on the locale.
socle_add_gui_test(test_unicode_files
  SOURCES gui/shell_fixtures.cpp gui/test_unicode_files.cpp
  LOCALES C.UTF-8 ru_RU.UTF-8)

# File > Import field submissions (KoboToolbox / ODK exports, paper templates).
socle_add_gui_test(test_field_import
  SOURCES gui/shell_fixtures.cpp gui/test_field_import.cpp)

# The evidence register in the walkthrough (add, link, unlink, save).
socle_add_gui_test(test_evidence_panel
  SOURCES gui/shell_fixtures.cpp gui/test_evidence_panel.cpp)
