#!/bin/sh
# demo.sh: `parallax --demo` at 80x24, as an editor would first meet it:
# the story list, a story, compare with both outlets' names, a shared row,
# a conflict row and the differing figure.  This needs the whole engine
# (import, alignment, claims, stories) to have filled the demo database;
# it skips when this build cannot import at all.
. "${top_srcdir:-.}/tests/ui/lib.sh"

mkdir -p "$TMPD/t"
if ! TMPDIR="$TMPD/t" "$PARALLAX" --demo >"$TMPD/list" 2>"$TMPD/err" || [ ! -s "$TMPD/list" ]; then
	echo "SKIP: --demo cannot import here: $(head -n 1 "$TMPD/err")"
	exit 77
fi
ok "--demo without a terminal prints the article list"

ui_start 80 24 TMPDIR="$TMPD/t" -- --demo
expect_screen "stories" "the demo opens on its stories"
if ui_screen | grep -q "no stories yet"; then
	fail "the demo database has no stories (engine not wired?)"
fi
# Stories are newest first: the fisheries talks, then the earthquake,
# whose outlets share wire copy verbatim and disagree on figures.
ui_keys j
ui_keys Enter
expect_screen "Claims" "a demo story opens"
ui_keys c
sleep 1
ui_keys ']'
sleep 0.5
scr=$(ui_screen)
printf '%s\n' "$scr" | sed -n 2p | grep -q '^!' && ok "demo compare: conflict row" ||
	{ fail "demo compare: conflict row"; printf '%s\n' "$scr" | sed 's/^/  | /'; }
# Two outlets in the title line ("A | B").
printf '%s\n' "$scr" | head -n 1 | grep -q ' | ' &&
	ok "demo compare: two outlets named" || fail "demo compare: two outlets named"
# A highlighted figure on the conflict row.
figure_hl() {
	T capture-pane -p -e -t px | sed -n 2,4p |
	    grep -q "$(printf '\033')\[\([0-9]*;\)*7\(;[0-9]*\)*m\($(printf '\033')\[[0-9;]*m\)*[0-9]"
}
if ui_until figure_hl; then
	ok "demo compare: the differing figure is highlighted"
else fail "demo compare: the differing figure is highlighted"; fi
# g goes back to the top; } brings the next shared sentence to the top.
ui_keys g
ui_keys '}'
sleep 0.5
scr=$(ui_screen)
printf '%s\n' "$scr" | grep -q '^=' && ok "demo compare: shared row" ||
	{ fail "demo compare: shared row"; printf '%s\n' "$scr" | sed 's/^/  | /'; }
ui_keys Q
expect_screen "[exit 0]" "demo quits"
left=$(ls -d "$TMPD"/t/parallax-demo.* 2>/dev/null | wc -l)
[ "$left" -eq 0 ] && ok "the demo database is removed" ||
	fail "demo database left behind"
finish
