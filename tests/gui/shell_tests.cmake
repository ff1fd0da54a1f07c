# The workshop shell (app frame, start page, set-up, walkthrough, files,
# undo, autosave and recovery, languages), driven with real events under Xvfb.
socle_add_gui_test(test_shell
  SOURCES gui/shell_fixtures.cpp gui/test_shell_workshop.cpp gui/test_shell_files.cpp gui/test_shell_views.cpp
          gui/test_shell_languages.cpp)

# File names, folders and titles in Cyrillic, Lao and French, under C.UTF-8
# and ru_RU.UTF-8: no conversion may depend on the locale.
socle_add_gui_test(test_unicode_files
  SOURCES gui/shell_fixtures.cpp gui/test_unicode_files.cpp
  LOCALES C.UTF-8 ru_RU.UTF-8)

# File > Import field submissions (KoboToolbox / ODK exports, paper templates).
socle_add_gui_test(test_field_import
  SOURCES gui/shell_fixtures.cpp gui/test_field_import.cpp)

# Framework 2.0 in the workshop: rating rule, core lists and mappings on each
# indicator, core lists on the set-up page, the offer to migrate a 1.0 file.
socle_add_gui_test(test_shell_framework2
  SOURCES gui/shell_fixtures.cpp gui/test_shell_framework2.cpp)
# File > Start the next round (a follow-up from the open assessment).
socle_add_gui_test(test_next_round
  SOURCES gui/shell_fixtures.cpp gui/test_next_round.cpp)
# The evidence register in the walkthrough (add, link, unlink, save).
socle_add_gui_test(test_evidence_panel
  SOURCES gui/shell_fixtures.cpp gui/test_evidence_panel.cpp)
# Presentation mode: room voting from phones, served by the desktop, and the
# keys that run a session from the slide.
socle_add_gui_test(test_presentation
  SOURCES gui/shell_fixtures.cpp gui/test_room_voting.cpp gui/test_presentation_keys.cpp)
# The good-practice library beside an indicator and a roadmap step; import,
# share and write a case.
socle_add_gui_test(test_practice_panel
  SOURCES gui/shell_fixtures.cpp gui/test_practice_panel.cpp)
# Training mode: a new session, the evidence pack and the expert key beside
# the walkthrough, the debrief of two teams' files.
socle_add_gui_test(test_training_desktop
  SOURCES gui/shell_fixtures.cpp gui/test_training.cpp)
# The live room's focus: the votes list after every move, the focus frames
# and "Voting for", Start the walkthrough, the place a file was left at,
# the first window on a small screen, the walkthrough at 1024x768 (notes
# and indicator list folded away, the agreed level in reach).
socle_add_gui_test(test_room_focus
  SOURCES gui/shell_fixtures.cpp gui/test_room_focus.cpp gui/test_walkthrough_layout.cpp)
# The set-up page on a projector: labels that wrap (Russian, 1024x768),
# every button reachable above the status bar, dates typed the local way.
socle_add_gui_test(test_setup_page
  SOURCES gui/shell_fixtures.cpp gui/test_setup_page.cpp)
