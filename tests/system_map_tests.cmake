# The system map: CSV import/export and edits, the Boost.Graph analysis, DOT.
socle_add_test(test_system_map
  SOURCES system_map/test_system_csv.cpp system_map/test_system_edits.cpp
  LIBS socle_assessment_fixtures)
