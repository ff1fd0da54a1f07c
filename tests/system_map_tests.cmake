# The system map: CSV import/export and edits, the Boost.Graph analysis, DOT.
socle_add_test(test_system_map
  SOURCES system_map/test_system_csv.cpp system_map/test_system_edits.cpp
  LIBS socle_assessment_fixtures)

socle_add_test(test_system_analysis
  SOURCES system_map/test_system_analysis.cpp system_map/test_system_analysis_generated.cpp
  LIBS socle::scoring socle::assessment)

socle_add_test(test_dot_export
  SOURCES system_map/test_dot_export.cpp
  LIBS socle::exports)

add_test(NAME cli.systems_commands
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_systems_cli.py $<TARGET_FILE:socle-cli>
          ${CMAKE_CURRENT_SOURCE_DIR}/data)
add_test(NAME cli.systems_samples
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_systems_samples.py $<TARGET_FILE:socle-cli>
          ${PROJECT_SOURCE_DIR}/samples)
add_test(NAME cli.workbook_dependencies
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/system_map/check_workbook_dependencies.py $<TARGET_FILE:socle-cli>
          ${PROJECT_SOURCE_DIR})
