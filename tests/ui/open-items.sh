#!/bin/sh
# open-items.sh: the open items list at 80x24 on the fixture database.
# Enter on a conflict opens compare with the pair that carries it (its
# articles in the panes, its row on top), so that the review actions
# there apply to that pair, not to the first row of the articles.
. "${top_srcdir:-.}/tests/ui/lib.sh"

ui_fixture "$TMPD/fx.db"
ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" -- --editor olena
expect_screen "Floods in the Tarn valley" "story list"
ui_keys Enter
expect_screen "Claims" "the story"
ui_keys O
expect_screen "conflict 1  killed" "the open items list the conflict"
ui_keys Enter
expect_screen "Harbor Times | Valley Post" "Enter compares its articles"
ui_until ui_grep_line 2 "^! At least 40 people were killed" &&
	ok "the conflict's pair is the row on top" ||
	{ fail "the conflict's pair is the row on top"
	  ui_screen | sed 's/^/  | /'; }
ui_keys A
expect_screen "pair 2 confirmed, note" "A asks about the conflict's pair"
ui_keys Enter
expect_screen "pair 2 marked confirmed" "and marks it"
"$PARALLAX" --db "$TMPD/fx.db" verdicts --format=tsv >"$TMPD/v"
expect_grep "pair	2	confirmed	olena" "$TMPD/v" "the verdict is on pair 2"

ui_keys Q
expect_screen "[exit 0]" "the reader quits"
finish
