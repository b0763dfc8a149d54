#!/bin/sh
# nav.sh: going back and the third pane, on the fixture database.  Left, h
# and Backspace go back one view and on the first view only say so (q
# quits there); `3` in compare at 80 columns says the terminal is too
# narrow for a third pane, and at 160 columns adds or cycles it; 1 and 2
# keep the place in the articles (1 used to go back to the top).
. "${top_srcdir:-.}/tests/ui/lib.sh"

ui_fixture "$TMPD/fx.db"
ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" --

expect_screen "Floods in the Tarn valley" "story list"
ui_keys Enter
expect_screen "Claims" "Enter opens the story"
ui_keys Left
expect_screen "3 articles" "Left goes back to the list"
ui_keys l
expect_screen "Claims" "l opens the story"
ui_keys h
expect_screen "3 articles" "h goes back"
ui_keys Right
expect_screen "Claims" "Right opens the story"
ui_keys j Enter
expect_screen "Aid agencies appealed" "an article"
ui_keys BSpace
expect_screen "Claims" "Backspace goes back to the story"
ui_keys BSpace
expect_screen "3 articles" "and to the list"
ui_keys Left
expect_screen "this is the first view: q quits" \
    "Left on the first view says so"
ui_keys h BSpace
sleep 0.3
ui_screen | grep -q "exit" && fail "back quit the reader" ||
	ok "back never quits"
expect_screen "Floods in the Tarn valley" "still on the list"

# The third pane.
ui_keys Enter
expect_screen "Claims" "story"
ui_keys c
expect_screen "widen the terminal" "compare at 80 columns: two panes of three"
ui_keys 3
expect_screen "too narrow for a third pane (143 columns needed)" \
    "3 at 80 columns says the terminal is too narrow"
ui_screen | grep -q "no other article" && fail "3 blames the articles" ||
	ok "3 does not blame the articles"
T resize-window -t px -x 160 -y 24
sleep 0.5
n=$(ui_screen | sed -n 1p | grep -o "|" | wc -l)
[ "$n" -eq 2 ] && ok "160 columns show three panes" ||
	{ fail "three panes ($n)"; ui_screen | sed 's/^/  | /'; }
ui_keys 3
expect_screen "no other article to show" \
    "3 with every article shown says there is no other"
ui_keys q
expect_screen "Claims" "q goes back to the story"
# Two marked articles, then 3 adds the story's third.
ui_keys m m c
ui_wait "Floods swept" 5
n=$(ui_screen | sed -n 1p | grep -o "|" | wc -l)
[ "$n" -eq 1 ] && ok "two marked articles: two panes" ||
	{ fail "two panes ($n)"; ui_screen | sed 's/^/  | /'; }
ui_keys 3
sleep 0.5
n=$(ui_screen | sed -n 1p | grep -o "|" | wc -l)
[ "$n" -eq 2 ] && ok "3 adds a third pane when there is room" ||
	{ fail "3 adds a pane ($n)"; ui_screen | sed 's/^/  | /'; }

# 1 and 2 both keep the place: the sentence on top of the pane that stays.
T resize-window -t px -x 80 -y 24
ui_keys q
expect_screen "Claims" "back to the story"
ui_keys c
ui_wait "Floods swept" 5
ui_keys j j j j
ui_wait " 3/12" 5
ui_keys 2
expect_screen "North Wire | Harbor Times" "2 shows the next article in pane 2"
ui_until ui_grep_line 24 " 3/11$" && ok "2 keeps the place" ||
	{ fail "2 keeps the place"; ui_screen | sed 's/^/  | /'; }
ui_keys 1
expect_screen "Valley Post | Harbor Times" "1 shows the next article in pane 1"
ui_until ui_grep_line 24 " 3/11$" && ok "1 keeps the place too" ||
	{ fail "1 keeps the place too"; ui_screen | sed 's/^/  | /'; }
ui_screen | sed -n 2p | grep -q "2026-03-0" &&
	fail "1 went back to the headings" || ok "1 does not go to the top"
ui_screen | sed -n 2,3p | grep -q "Floods in the Tarn valley leave 40" &&
	ok "pane 2's sentence stays on top" ||
	{ fail "pane 2's sentence stays on top"; ui_screen | sed 's/^/  | /'; }
ui_keys Q
expect_screen "[exit 0]" "Q quits"
finish
