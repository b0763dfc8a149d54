#!/bin/sh
# env.sh: the reader under other environments: NO_COLOR (markers and
# attributes, no colour), LANG=C (ASCII only, no crash), LANGUAGE=uk,
# several TERM values, a configuration file with errors (reported as
# FILE:LINE, the reader still starts, good lines apply), and
# PARALLAX_EXIT_AFTER_DRAW (quit after the first screen).
. "${top_srcdir:-.}/tests/ui/lib.sh"

E=$(printf '\033')
ui_fixture "$TMPD/fx.db"

# Open the story's compare view and check the markers; $2 is the story
# view's "Claims" heading in the language under test.
compare_markers() {
	expect_screen "Floods in the Tarn valley" "$1: story list"
	ui_keys Enter
	expect_screen "${2:-Claims}" "$1: story"
	ui_keys c
	if ui_wait "Floods swept" 5 && ui_screen | grep -q '^!' &&
	    ui_screen | grep -q '^='; then ok "$1: compare markers"
	else fail "$1: compare markers"; ui_screen | sed 's/^/  | /'; fi
}

ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" NO_COLOR=1 --
compare_markers NO_COLOR
if T capture-pane -p -e -t px | grep -q "$E\[\([0-9;]*;\)\?\(3[0-7]\|4[0-7]\|38;5\|48;5\|9[0-7]\)[;m]"; then
	fail "NO_COLOR: colour codes on screen"
else ok "NO_COLOR: no colour codes"; fi
attrs() { T capture-pane -p -e -t px | grep -q "$E\[[0-9;]*[147][;m]"; }
if ui_until attrs; then
	ok "NO_COLOR: attributes still carry meaning"
else fail "NO_COLOR: no attributes"; fi
ui_keys Q
expect_screen "[exit 0]" "NO_COLOR: exits 0"

ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" LANG=C LC_ALL=C --
compare_markers LANG=C
if ui_screen | LC_ALL=C grep -q "$(printf '[\200-\377]')"; then
	fail "LANG=C: non-ASCII on screen"
else ok "LANG=C: ASCII only"; fi
ui_keys Q
expect_screen "[exit 0]" "LANG=C: exits 0"

# Ukrainian: the catalogue of the build (po/uk.gmo is made in the source
# tree's po/, also in a VPATH build) when there is one.
for g in "$top_builddir/po/uk.gmo" "$top_srcdir/po/uk.gmo"; do
	if [ -f "$g" ]; then
		mkdir -p "$TMPD/locale/uk/LC_MESSAGES"
		cp "$g" "$TMPD/locale/uk/LC_MESSAGES/parallax.mo"
		break
	fi
done
# uk_msgstr MSGID: its one-line translation in that catalogue, else empty.
uk_msgstr() {
	if [ -f "$TMPD/locale/uk/LC_MESSAGES/parallax.mo" ] &&
	    command -v msgunfmt >/dev/null 2>&1; then
		msgunfmt "$TMPD/locale/uk/LC_MESSAGES/parallax.mo" 2>/dev/null |
		    awk -v id="msgid \"$1\"" '$0 == id { getline;
		    sub(/^msgstr "/, ""); sub(/"$/, ""); print }'
	fi
}
ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" LANGUAGE=uk \
    PARALLAX_LOCALEDIR="$TMPD/locale" --
claims=$(uk_msgstr Claims)
compare_markers LANGUAGE=uk "${claims:-Claims}"
# When the catalogue translates the status line's hint, it must show.
want=$(uk_msgstr "? help  q back")
if [ -n "$want" ]; then
	expect_screen "$want" "LANGUAGE=uk: the hint is translated"
else
	echo "skip: no Ukrainian translation of the status hint yet"
fi
ui_keys '?'
sleep 0.3
ui_keys Q
expect_screen "[exit 0]" "LANGUAGE=uk: exits 0"

for term in xterm-256color screen-256color tmux-256color linux vt100; do
	if ! infocmp "$term" >/dev/null 2>&1; then
		echo "skip TERM=$term: no terminfo entry"; continue; fi
	UI_TERM=$term ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" --
	compare_markers "TERM=$term"
	ui_keys Q
	expect_screen "[exit 0]" "TERM=$term: exits 0"
done

# Configuration: two bad lines, two good ones.
mkdir -p "$TMPD/cfg/parallax"
cat >"$TMPD/cfg/parallax/config" <<'CFG'
bind J quit-all
bind K frobnicate
color conflict nosuchcolour default
mouse off
CFG
ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" XDG_CONFIG_HOME="$TMPD/cfg" --
expect_screen "Floods in the Tarn valley" "config errors: the reader starts"
expect_screen "config:2: " "config errors: shown in the status line"
ui_keys J
expect_screen "[exit 0]" "config: bind J quit-all applies"
expect_grep "config:2: .*frobnicate" "$TMPD/stderr" "config: FILE:LINE error for line 2"
expect_grep "config:3: .*nosuchcolour" "$TMPD/stderr" "config: FILE:LINE error for line 3"

# A colleague imports into the database the reader has open.
ui_start 80 24 PARALLAX_DB="$TMPD/empty.db" --
expect_screen "0 articles" "an empty database says so"
printf 'Colleague headline\n\nA sentence the colleague added today.\n' \
    >"$TMPD/colleague.txt"
if "$PARALLAX" --db="$TMPD/empty.db" import "$TMPD/colleague.txt" \
    >/dev/null 2>&1; then
	expect_screen "1 article" "the reader notices the colleague's import" 10
else
	echo "skip: this build cannot import"
fi
ui_keys Q

ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" PARALLAX_EXIT_AFTER_DRAW=1 --
expect_screen "[exit 0]" "PARALLAX_EXIT_AFTER_DRAW quits by itself"
finish
