# Peer comparison and rounds (scoring/comparison.h), anonymise and merge
# (assessment/), the comparison workbook and the CLI commands.
socle_add_test(test_comparison
  SOURCES comparison/test_comparison.cpp comparison/test_anonymise.cpp
          comparison/test_merge.cpp comparison/test_merge_flows.cpp
  LIBS socle_assessment_fixtures socle::scoring pugixml::pugixml)

# Reads workbooks back with Python, builds a locale with localedef: Linux only.
if(NOT CMAKE_CROSSCOMPILING)
  socle_add_test(test_comparison_workbook
    SOURCES comparison/test_comparison_workbook.cpp
    LIBS socle::exports)
endif()

# The three commands end to end on the samples (JSON, workbook, XML).
add_test(NAME cli.compare_anonymise_merge
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/comparison/check_compare_cli.py $<TARGET_FILE:socle-cli>
          ${PROJECT_SOURCE_DIR}/samples ${CMAKE_CURRENT_SOURCE_DIR}/data)

# compare across framework versions through the built-in crosswalk: the Lao
# baseline kept on sp-dmf 1.0.0 against the Lao sample on 2.0.0.
add_test(NAME cli.compare_versions
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/comparison/check_compare_versions.py $<TARGET_FILE:socle-cli>
          ${PROJECT_SOURCE_DIR})
