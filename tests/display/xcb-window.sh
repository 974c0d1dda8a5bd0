#!/usr/bin/env bash
# The program on a real X server (Xvfb) with the xcb platform, not offscreen:
# its window is mapped with the "… — IMR Workbench" title, it answers a key
# press (Ctrl+O opens the folder dialog, Escape closes it), and Ctrl+Q ends
# it cleanly.  Usage: xcb-window.sh PROGRAM FOLDER
set -euo pipefail
program=$1 folder=$2
work=$(mktemp -d)
xvfb_pid="" app_pid=""
cleanup() {
  [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# A display number nobody uses, so parallel tests and a developer's Xvfb
# are left alone.
display=""
for n in $(seq 90 140); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
done
[ -n "$display" ] || fail "no free X display number"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo >/dev/null 2>&1 || fail "Xvfb did not start: $(cat "$work/xvfb.log")"

# Its own settings, so nothing of the user's (or an earlier test's) applies.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
unset QT_QPA_PLATFORM
QT_QPA_PLATFORM=xcb "$program" "$folder" >"$work/app.log" 2>&1 &
app_pid=$!

visible() { xdotool search --onlyvisible --name "$1" 2>/dev/null || true; }
wait_for() { # wait_for DESCRIPTION COMMAND...: up to 20 s
  local what=$1; shift
  for _ in $(seq 200); do "$@" && return 0; kill -0 "$app_pid" 2>/dev/null || fail "the program ended while waiting for $what: $(cat "$work/app.log")"; sleep 0.1; done
  fail "timed out waiting for $what: $(cat "$work/app.log")"
}
main_window() { [ -n "$(visible ' — IMR Workbench$')" ]; }
wait_for "the main window to be mapped" main_window
wid=$(visible ' — IMR Workbench$' | head -n1)
echo "mapped: $(xdotool getwindowname "$wid")"
grep -qi "could not\|no Qt platform plugin" "$work/app.log" && fail "platform problem: $(cat "$work/app.log")"

count_windows() { xdotool search --onlyvisible --name '.' 2>/dev/null | wc -l; }
before=$(count_windows)
xdotool windowfocus --sync "$wid"
xdotool key ctrl+o
dialog_open() { [ "$(count_windows)" -gt "$before" ]; }
wait_for "the folder dialog after Ctrl+O" dialog_open
dialog=$(visible 'Open Folder of Letters' | head -n1)
[ -n "$dialog" ] || fail "the window Ctrl+O opened is not the folder dialog"
echo "Ctrl+O answered: $(xdotool getwindowname "$dialog")"
# No window manager here: give the dialog the focus ourselves.
xdotool windowfocus --sync "$dialog"
xdotool key Escape
dialog_closed() { [ "$(count_windows)" -le "$before" ]; }
wait_for "the folder dialog to close after Escape" dialog_closed

xdotool windowfocus --sync "$wid"
xdotool key ctrl+q
for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$app_pid" 2>/dev/null && fail "Ctrl+Q did not close the window"
status=0; wait "$app_pid" || status=$?
app_pid=""
[ "$status" = 0 ] || fail "the program exited with $status: $(cat "$work/app.log")"
echo "PASS: window mapped on $display, answered Ctrl+O and Escape, closed by Ctrl+Q"
