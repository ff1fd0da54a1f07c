# The workbook and the CSV tables (exports/), read back with openpyxl
# (/usr/bin/python3, Debian python3-openpyxl), and `socle-cli export`.
# These read workbooks back with Python and build locales with localedef:
# Linux tools, so not in the Windows build (scripts/test-windows.sh reads the
# Windows build's workbook with openpyxl instead).
if(NOT CMAKE_CROSSCOMPILING)
  socle_add_test(test_exports
    SOURCES exports/test_workbook.cpp exports/test_workbook_safety.cpp exports/test_translation_workbook.cpp
            exports/workbook_dump.cpp
            exports/workbook_fixtures.cpp
    LIBS socle_assessment_fixtures socle::exports)
  target_include_directories(test_exports PRIVATE ${PROJECT_SOURCE_DIR})
endif()

add_test(NAME cli.export
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/exports/check_export_cli.py $<TARGET_FILE:socle-cli>
          ${PROJECT_SOURCE_DIR})

# Framework 2.0 in new, show, the workbook and the report: core lists,
# rating rules, the bibliography and the mappings.
add_test(NAME cli.framework2_exports
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/exports/check_framework2_exports.py $<TARGET_FILE:socle-cli>
          ${PROJECT_SOURCE_DIR})

# Every workbook label has a translation in every po/ catalog, and exports/
# holds no translation of its own (common/translations.h reads po/).
add_test(NAME exports.workbook_labels_translated
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/exports/check_workbook_labels.py ${PROJECT_SOURCE_DIR})
# A Lao and a Tajik workbook read back (sheets, Summary and questions in the
# language's script: the draft catalogs po/lo.po and po/tg.po) and the map's
# legend for Graphviz in both, rendered to SVG (graphviz is in SOCLE_PACKAGES).
add_test(NAME cli.lao_tajik_outputs
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/exports/check_lo_tg_outputs.py $<TARGET_FILE:socle-cli>
          ${PROJECT_SOURCE_DIR}/samples)
add_test(NAME exports.no_translations_in_code
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/exports/check_no_translations_in_code.py ${PROJECT_SOURCE_DIR})

# The Word report of `socle-cli report`, read back with python-docx (Debian
# python3-docx) and converted to PDF with LibreOffice (libreoffice-writer-nogui;
# both in SOCLE_PACKAGES). See docs/report.md.
add_test(NAME cli.report
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/report/check_report_cli.py $<TARGET_FILE:socle-cli>
          ${PROJECT_SOURCE_DIR})
# The roadmap's good-practice cases in the report (See elsewhere, Annex: cases
# cited) and in `socle-cli roadmap --cases`.
add_test(NAME cli.report_cases
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/report/check_report_cases.py $<TARGET_FILE:socle-cli>
          ${PROJECT_SOURCE_DIR})
