#!/bin/sh
# reader.sh: the reader on the fixture database at 80x24: the story list,
# a story with its articles and claims table, compare with its markers and
# the differing figures, conflict jumps, search, an article and its
# original, help, and resizes (40x12, 200x60, back) that keep the sentence
# at the top in view.
. "${top_srcdir:-.}/tests/ui/lib.sh"

ui_fixture "$TMPD/fx.db"
ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" --

expect_screen "Floods in the Tarn valley" "story list shows the story"
expect_screen "3 articles" "story list shows the article count"
expect_screen "Harbor Times" "story list shows the outlets"

ui_keys Enter
expect_screen "Claims" "story view has the claims table"
expect_screen "Valley Post" "story view lists the articles"
expect_screen "regional" "claims table shows the source"
if ui_screen | grep -q '! .*62\|! about 40\|! about 45'; then
	ok "conflicting claim cells are marked"
else fail "conflicting claim cells are marked"; ui_screen | sed 's/^/  | /'; fi

ui_keys c
expect_screen "=" "compare opens"
ui_wait "Floods swept" 5
scr=$(ui_screen)
n=0
for o in "Harbor Times" "Valley Post" "North Wire"; do
	case $scr in *"$o"*) n=$((n + 1)) ;; esac
done
[ "$n" -ge 2 ] && ok "compare shows two outlets" ||
	fail "compare shows two outlets ($n)"
printf '%s\n' "$scr" | grep -q '^=' && ok "shared row marker" ||
	fail "shared row marker"
printf '%s\n' "$scr" | grep -q '^!' && ok "conflict row marker" ||
	fail "conflict row marker"
printf '%s\n' "$scr" | grep -q '^~' && ok "similar row marker" ||
	fail "similar row marker"
n=0
for f in 40 62 45; do
	printf '%s\n' "$scr" | grep -q "[^0-9]$f[^0-9]" && n=$((n + 1))
done
[ "$n" -ge 2 ] && ok "the conflicting figures are both shown" ||
	{ fail "the conflicting figures are both shown"; printf '%s\n' "$scr" | sed 's/^/  | /'; }
# The figures are highlighted (reverse video in the number role).
figure_hl() {
	T capture-pane -p -e -t px |
	    grep -E "$(printf '\033')\[[0-9;]*7[;0-9]*m(about )?(40|45|62)" \
	    >/dev/null
}
if ui_until figure_hl; then
	ok "differing figure highlighted"
else fail "differing figure highlighted"; fi
ui_keys ']'
sleep 0.2
ui_until ui_grep_line 2 '^!' && ok "next-conflict puts the conflict on top" ||
	{ fail "next-conflict"; ui_screen | sed 's/^/  | /'; }

# Resize: the sentence at the top stays in view.
T resize-window -t px -x 40 -y 12
expect_screen "|" "40x12 still draws compare" 5
ui_keys j j j
sleep 0.3
anchor=$(ui_screen | sed -n 2p | cut -c3- | awk '{print $1}')
[ -n "$anchor" ] && ok "an anchor word at the top: $anchor" || fail "anchor"
T resize-window -t px -x 200 -y 60
sleep 0.5
expect_screen "$anchor" "200x60 keeps '$anchor' in view"
T resize-window -t px -x 80 -y 24
sleep 0.5
expect_screen "$anchor" "80x24 again keeps '$anchor' in view"
T resize-window -t px -x 30 -y 8
expect_screen "too small" "below 40x10 a too-small screen"
expect_screen "need 40x10" "the whole too-small message, wrapped"
sleep 0.3
[ "$(ui_screen | grep -c '[^ ]')" -eq 2 ] &&
	ok "nothing but the message on the too-small screen" ||
	{ fail "stale text on the too-small screen"; ui_screen | sed 's/^/  | /'; }
T resize-window -t px -x 80 -y 24
expect_screen "$anchor" "and back"

ui_keys q
expect_screen "Claims" "q goes back to the story"
ui_keys q
expect_screen "Floods in the Tarn valley" "q goes back to the list"

ui_keys / b r i
expect_screen "Search: bri" "the search prompt"
T resize-window -t px -x 70 -y 20
sleep 0.3
T resize-window -t px -x 80 -y 24
expect_screen "Search: bri" "the prompt survives a resize"
ui_keys d g e Enter
expect_screen "search: bridge" "search shows its results"
expect_screen "Valley Post" "the hit's outlet"
ui_keys Enter
expect_screen "collapsed" "Enter opens the article at the hit"
ui_until ui_grep '^.> *[0-9][0-9]* .*collapsed' && ok "the hit is marked" ||
	{ fail "the hit is marked"; ui_screen | sed 's/^/  | /'; }
E=$(printf '\033')
word_hl() {
	T capture-pane -p -e -t px |
	    grep -q "$E\[\([0-9]*;\)*4\(;[0-9]*\)*m\($E\[[0-9;]*m\)*bridge"
}
if ui_until word_hl; then
	ok "the searched word is highlighted"
else fail "the searched word is highlighted"; fi
ui_keys o
expect_screen "[original]" "o shows the original"
ui_keys o q q
expect_screen "Floods in the Tarn valley" "back to the list"

ui_keys '?'
expect_screen "half-page-down" "help lists the actions"
ui_keys Space
expect_screen "next-conflict" "help scrolls a page"
ui_keys G
expect_screen "bind KEY ACTION" "help documents the configuration"
ui_keys q q
expect_screen "[exit 0]" "q from the list quits with status 0"
[ "$(T display -p -t px '#{alternate_on}')" = 0 ] &&
	ok "the terminal left the alternate screen" || fail "alternate screen"
finish
