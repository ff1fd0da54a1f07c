# Field pre-scoring (issue 20): `socle-cli xlsform` read back with openpyxl
# (/usr/bin/python3, Debian python3-openpyxl) and checked against the
# XLSForm rules, and `socle-cli import-votes` with KoboToolbox and ODK
# Central exports.
add_test(NAME cli.field_prescoring
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/field/check_field_cli.py $<TARGET_FILE:socle-cli>
          ${PROJECT_SOURCE_DIR})
