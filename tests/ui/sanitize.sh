#!/bin/sh
# sanitize.sh: an article full of terminal controls (CSI clear screen and
# colour, OSC 8 hyperlink, OSC 52 clipboard, OSC 0/2 title, C1 CSI as
# UTF-8, bidi overrides and isolates, zero-width characters, invalid
# UTF-8) is shown with placeholders, in the sentence view and the original,
# and changes neither the pane's title, nor its colours, nor the clipboard.
. "${top_srcdir:-.}/tests/ui/lib.sh"

E=$(printf '\033')
{
	printf 'Hostile %s]0;PWNED-TITLE\007 headline\n' "$E"
	printf 'Clear %s[2J screen and %s[31m red text.\n' "$E" "$E"
	printf 'Link %s]8;;http://evil.example/%s\\click%s]8;;%s\\ here.\n' \
	    "$E" "$E" "$E" "$E"
	printf 'Clipboard %s]52;c;cHduZWQ=\007 set.\n' "$E"
	printf 'Title %s]2;PWNED-TWO\007 set.\n' "$E"
	printf 'C1 \302\23331m control.\n'
	printf 'Bidi \342\200\256reversed\342\200\254 and \342\201\246isolate\342\201\251 end.\n'
	printf 'Zero\342\200\213width and invalid \377 byte.\n'
} >"$TMPD/evil.txt"
printf 'article|evil.txt|Evil Wire|2026-01-01\n' >"$TMPD/evil.spec"
ui_fixture "$TMPD/fx.db" "$TMPD/evil.spec"

ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" --
sleep 0.3
title0=$(T display -p -t px '#{pane_title}')
expect_screen "Evil Wire" "the article is listed"
ui_keys Enter
expect_screen "^[[2J screen" "CSI clear screen shown as ^["
expect_screen "^[[31m red" "CSI colour shown as ^["
expect_screen "^[]8;;http://evil" "OSC 8 hyperlink shown"
expect_screen "^[]52;c;" "OSC 52 clipboard shown"
expect_screen "^[]2;PWNED-TWO^G" "OSC 2 title shown"
expect_screen "<U+009B>31m" "C1 CSI as UTF-8 shown"
expect_screen "<U+202E>reversed<U+202C>" "bidi override shown"
expect_screen "<U+2066>isolate<U+2069>" "bidi isolate shown"
expect_screen "Zero<U+200B>width" "zero-width space shown"
expect_screen "<FF> byte" "invalid UTF-8 shown"
expect_screen "Evil Wire" "the header survived the clear screen"
ui_keys o
expect_screen "[original]" "original view"
expect_screen "^[[2J screen" "the original is sanitised too"
sleep 0.3
title1=$(T display -p -t px '#{pane_title}')
[ "$title0" = "$title1" ] && ok "pane title unchanged ($title1)" ||
	fail "pane title changed: '$title0' -> '$title1'"
case $title1 in *PWNED*) fail "title set by the article" ;; *) ok "no PWNED title" ;; esac
[ -z "$(T list-buffers 2>/dev/null)" ] && ok "clipboard untouched" ||
	fail "a paste buffer appeared: $(T list-buffers)"
# No red (SGR 31) anywhere: the article's ESC[31m did not apply.
if T capture-pane -p -e -t px | grep -q "$E\[\([0-9;]*;\)\?31[;m]"; then
	fail "red appeared on screen"
else ok "no colour from the article"; fi
# The placeholders are drawn in their own attribute (underline).
placeholder_hl() {
	T capture-pane -p -e -t px |
	    grep -q "$E\[\([0-9]*;\)*4\(;[0-9]*\)*m\($E\[[0-9;]*m\)*^\["
}
if ui_until placeholder_hl; then
	ok "placeholders have a distinct attribute"
else fail "placeholders have a distinct attribute"; fi
ui_keys q q
expect_screen "[exit 0]" "quits cleanly"
finish
