# tests/ui/lib.sh: drive the real reader in a private tmux server (sourced).
#
#	ui_start W H [VAR=VALUE...] -- ARG...	run parallax ARG... in a W x H
#						pane with those variables
#	ui_wait TEXT [SECONDS]		wait until TEXT (fixed string) is on
#					screen; 1 on timeout
#	ui_gone TEXT [SECONDS]		wait until TEXT is no longer on screen
#	ui_keys KEY...			tmux send-keys
#	ui_screen			the screen as text
#	ui_fixture DB [SPEC]		build the fixture database
# They act on the tmux session $UI_SESSION (default px): a test that runs
# two readers at once sets it before each call.
# The server (-L pxtest-PID, no configuration file) is killed on exit, also
# when a test fails.  Tests skip (77) without tmux.
. "${top_srcdir:-.}/tests/lib.sh"

if ! command -v tmux >/dev/null 2>&1; then
	echo "SKIP: tmux not found"
	exit 77
fi
UI_SOCK=pxtest-$$
UI_SESSION=${UI_SESSION:-px}
trap 'tmux -L "$UI_SOCK" kill-server >/dev/null 2>&1; rm -rf "$TMPD"' EXIT
trap 'exit 1' INT TERM HUP

T() { tmux -L "$UI_SOCK" -f /dev/null "$@"; }

ui_start() {
	w=$1; h=$2; shift 2
	{
		echo '#!/bin/sh'
		echo "cd '$TMPD' || exit 1"
		echo "trap true INT	# C-c is for the reader, not this shell"
		echo "HOME='$HOME'; export HOME"
		echo "TERM=\${UI_TERM:-screen-256color}; export TERM"
		echo "LANG=C.UTF-8; LC_ALL=; LANGUAGE=; export LANG LC_ALL LANGUAGE"
		echo "unset NO_COLOR"
		echo "PARALLAX_DATADIR='${PARALLAX_DATADIR:-}'; export PARALLAX_DATADIR"
		echo "XDG_CONFIG_HOME='${XDG_CONFIG_HOME:-/nonexistent}'; export XDG_CONFIG_HOME"
		while [ $# -gt 0 ] && [ "$1" != "--" ]; do
			printf '%s; export %s\n' "$1" "${1%%=*}"
			shift
		done
		[ "${1:-}" = "--" ] && shift
		printf "'%s'" "$PARALLAX"
		for a in "$@"; do printf " '%s'" "$a"; done
		printf ' 2>"%s/stderr%s"\n' "$TMPD" \
		    "${UI_SESSION#px}"
		echo 'echo "[exit $?]"'
		echo 'exec sleep 3600'
	} >"$TMPD/run$UI_SESSION.sh"
	chmod +x "$TMPD/run$UI_SESSION.sh"
	# A session that keeps the server up while the test's session is
	# replaced (killing the server and starting another races).
	T has-session -t keep >/dev/null 2>&1 ||
		T new-session -d -s keep -x 20 -y 5 'exec sleep 3600'
	T kill-session -t "$UI_SESSION" >/dev/null 2>&1
	T new-session -d -s "$UI_SESSION" -x "$w" -y "$h" \
	    "$TMPD/run$UI_SESSION.sh"
}

ui_screen() { T capture-pane -p -t "$UI_SESSION"; }
ui_keys() { T send-keys -t "$UI_SESSION" "$@"; }

ui_wait() {
	i=0; lim=$(( ${2:-10} * 10 ))
	while [ $i -lt $lim ]; do
		if ui_screen | grep -qF -- "$1"; then return 0; fi
		sleep 0.1; i=$((i + 1))
	done
	return 1
}

ui_gone() {
	i=0; lim=$(( ${2:-10} * 10 ))
	while [ $i -lt $lim ]; do
		if ! ui_screen | grep -qF -- "$1"; then return 0; fi
		sleep 0.1; i=$((i + 1))
	done
	return 1
}

# ui_until CMD...: run CMD every 0.1 s until it succeeds (10 s at most).
# For checks of the screen with its attributes: on a loaded machine one
# capture may catch a line's text before the escapes that colour it.
# ui_grep PATTERN, ui_grep_line N PATTERN: the screen (its line N) has
# PATTERN now; with ui_until, once drawn: a text that is awaited may be on
# the screen before the rest of the view is.
ui_grep() { ui_screen | grep -q -- "$1"; }
ui_grep_line() { ui_screen | sed -n "$1p" | grep -q -- "$2"; }

ui_until() {
	i=0
	while [ $i -lt 100 ]; do
		if "$@"; then return 0; fi
		sleep 0.1; i=$((i + 1))
	done
	return 1
}

# expect_screen TEXT DESCRIPTION: wait for TEXT, report, show the screen
# when it never comes.
expect_screen() {
	if ui_wait "$1" "${3:-10}"; then ok "$2"; else
		fail "$2 (no '$1' on screen)"; ui_screen | sed 's/^/  | /'; fi
}

# The pid of the reader: the pane's shell's child.
ui_pid() {
	pgrep -P "$(T display -p -t px '#{pane_pid}')" | head -n 1
}

ui_fixture() {
	if [ -z "${PX_FIXTURE:-}" ] || [ ! -x "$PX_FIXTURE" ]; then
		echo "SKIP: tests/ui/fixture not built"; exit 77; fi
	"$PX_FIXTURE" "$1" "${2:-$top_srcdir/tests/ui/data/fixture.spec}" ||
		{ echo "fixture failed"; exit 1; }
}
