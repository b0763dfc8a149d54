#!/bin/sh
# signals.sh: SIGHUP (the SSH link drops), SIGTERM, SIGINT (C-c) and a crash
# (SIGSEGV) end the reader with the terminal restored: out of the alternate
# screen, the cursor visible again.
. "${top_srcdir:-.}/tests/ui/lib.sh"

ui_fixture "$TMPD/fx.db"
for sig in HUP TERM INT SEGV; do
	ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" --
	expect_screen "Floods in the Tarn valley" "$sig: reader up"
	ui_keys Enter
	expect_screen "Claims" "$sig: in a story"
	[ "$(T display -p -t px '#{alternate_on}')" = 1 ] &&
		ok "$sig: alternate screen on" || fail "$sig: alternate screen on"
	if [ "$sig" = INT ]; then
		ui_keys C-c
	else
		pid=$(ui_pid)
		[ -n "$pid" ] && kill -"$sig" "$pid"
	fi
	expect_screen "[exit" "$sig: the reader exits"
	[ "$(T display -p -t px '#{alternate_on}')" = 0 ] &&
		ok "$sig: alternate screen off" || fail "$sig: alternate screen still on"
	[ "$(T display -p -t px '#{cursor_flag}')" = 1 ] &&
		ok "$sig: cursor visible" || fail "$sig: cursor hidden"
done
finish
