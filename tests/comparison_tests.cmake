# Peer comparison and rounds (scoring/comparison.h), anonymise and merge
# (assessment/), the comparison workbook and the CLI commands.
socle_add_test(test_comparison
  SOURCES comparison/test_comparison.cpp comparison/test_anonymise.cpp
          comparison/test_merge.cpp
  LIBS socle_assessment_fixtures socle::scoring pugixml::pugixml)
