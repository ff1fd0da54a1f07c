#!/bin/sh
# Runs one GUI test on an X server of its own: Xvfb picks a free display
# (-displayfd) and stops with the test. With a display each, GUI tests run
# in parallel without moving each other's mouse or covering each other's
# windows, and the focus and screenshots of one never depend on another.
# Listing the test cases (after the link) needs no display; without Xvfb the
# test runs on whatever DISPLAY it was given.
# Usage: own_display.sh TEST_EXECUTABLE [ARGS...]
set -u
case "$*" in *--list-*) exec "$@" ;; esac
command -v Xvfb >/dev/null 2>&1 || exec "$@"

number_file=$(mktemp)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$number_file" 2>/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null; rm -f "$number_file"' EXIT INT TERM
# Xvfb writes the display number once it accepts connections.
while ! grep -q . "$number_file"; do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "own_display.sh: Xvfb did not start" >&2
    exit 1
  fi
  sleep 0.02
done
DISPLAY=":$(cat "$number_file")" "$@"
