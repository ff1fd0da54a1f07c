# The system map: CSV import/export and edits, the Boost.Graph analysis, DOT.
socle_add_test(test_system_map
  SOURCES system_map/test_system_csv.cpp system_map/test_system_edits.cpp
  LIBS socle_assessment_fixtures)

socle_add_test(test_system_analysis
  SOURCES system_map/test_system_analysis.cpp system_map/test_system_analysis_generated.cpp
  LIBS socle::scoring socle::assessment)
