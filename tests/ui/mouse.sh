#!/bin/sh
# mouse.sh: the wheel scrolls, a click selects and a second click opens;
# `mouse off` in the configuration leaves the mouse to the terminal.  The
# events are written as the X10 mouse sequences a terminal sends
# (ESC [ M, button + 32, column + 33, line + 33).
. "${top_srcdir:-.}/tests/ui/lib.sh"

wheel_down() { ui_keys -H 1b 5b 4d 61 21 25; }
click() {	# click LINE (0-based screen line)
	y=$(printf '%x' $(( $1 + 33 )))
	ui_keys -H 1b 5b 4d 20 25 "$y" 1b 5b 4d 23 25 "$y"
}

ui_fixture "$TMPD/fx.db"
ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" --
expect_screen "Floods in the Tarn valley" "reader up"
ui_keys '?'
expect_screen "Keys" "help"
wheel_down
if ui_gone "Keys" 5; then ok "the wheel scrolls"; else
	fail "the wheel scrolls"; ui_screen | sed 's/^/  | /'; fi
ui_keys q
expect_screen "Floods in the Tarn valley" "back to the list"
click 1
sleep 0.5
click 1
expect_screen "Claims" "a click on the selected story opens it"
ui_keys Q
expect_screen "[exit 0]" "quits"

mkdir -p "$TMPD/cfg/parallax"
echo "mouse off" >"$TMPD/cfg/parallax/config"
ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" XDG_CONFIG_HOME="$TMPD/cfg" --
expect_screen "Floods in the Tarn valley" "mouse off: reader up"
click 1
sleep 0.5
click 1
sleep 0.5
if ui_screen | grep -q "Claims"; then fail "mouse off: a click opened the story"
else ok "mouse off: clicks are not taken"; fi
ui_keys Q
finish
