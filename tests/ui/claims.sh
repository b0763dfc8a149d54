#!/bin/sh
# claims.sh: the story's claims table with more outlets than fit, on
# tests/ui/data/talks.spec (five outlets and two articles without one).
# At 80 columns each claims row lists its values by outlet, none hidden in
# a column off the screen; each article without an outlet has its own
# label "#ID" (its article row, the table, compare, search results, the
# article view); a story of one day shows that date once.  Wide enough,
# the table has a column each.  In compare the conflict's row highlights
# the disputed places alone.
. "${top_srcdir:-.}/tests/ui/lib.sh"

DB=$TMPD/talks.db
E=$(printf '\033')
ui_fixture "$DB" "$top_srcdir/tests/ui/data/talks.spec"
ui_start 80 24 PARALLAX_DB="$DB" --
expect_screen "Talks on a new round" "story list"
ui_keys Enter
expect_screen "Claims" "the story"
ui_until ui_grep_line 1 "2026-10-13  Talks on a new round" &&
	ok "a story of one day shows its date once" ||
	{ fail "a story of one day shows its date once"
	  ui_screen | sed -n 1p | sed 's/^/  | /'; }
ui_until ui_grep "^\[ \] #6 .*Talks in Minsk" &&
	ok "an article without an outlet is #ID in the list" ||
	{ fail "an article without an outlet is #ID"; ui_screen | sed 's/^/  | /'; }
expect_screen "7 outlets: too many for columns" \
    "the header says the values are listed"
for v in "Northern Post   ! Warsaw (foreign ministry)" \
    "Eastern Herald  ! Minsk (Belta)" "Valley Wire     ! Warsaw (diplomats)" \
    "#6              ! Minsk" "#7              ! Warsaw"; do
	expect_screen "    $v" "the venue row lists '$v'"
done
ui_screen | grep -q "more)" && fail "a '(+N more)' column is left" ||
	ok "no column is out of reach"
ui_screen | grep -q " - " && fail "empty cells in the list" ||
	ok "outlets without a value are left out"
expect_screen "    #7  about 12" "a row with one value lists one"

# Compare names the articles without an outlet the same way.
ui_keys G k k c
expect_screen "#7 | #6" "compare's title has #ID for each"

# Wide: a column each, the outlet-less articles' labelled #ID.
T resize-window -t px -x 160 -y 24
ui_keys q
expect_screen "│ #7" "160 columns: the table has a column for #7" 5
ui_until ui_grep "│ #6 " && ok "and one for #6" ||
	{ fail "and one for #6"; ui_screen | sed 's/^/  | /'; }
ui_screen | grep -q "│ ? " && fail "a '?' column" || ok "no '?' column"
ui_until ui_grep "│ Northern Post" && ok "and the outlets" ||
	fail "and the outlets"

# The conflict in compare: only the disputed places stand out, not the
# other words that differ (agencies, verbs).
T resize-window -t px -x 80 -y 24
ui_keys O
expect_screen "conflict 1  venue" "the open items"
ui_keys Enter
expect_screen "Northern Post | Eastern Herald" "the conflict in compare"
# The underlined runs of text, one a line (SGR: 0 or nothing resets,
# 4 underlines, 24 ends it, anything else leaves it).
underlined() {
	awk -v RS="$E" 'match($0, /^\[[0-9;]*m/) {
		p = substr($0, 2, RLENGTH - 2); t = substr($0, RLENGTH + 1)
		n = split(p, a, ";")
		if (n == 0) u = 0
		for (i = 1; i <= n; i++) {
			if (a[i] == "0" || a[i] == "" || a[i] == "24") u = 0
			if (a[i] == "4") u = 1
		}
		sub(/[ \n]+$/, "", t)
		if (u && t != "") print t }'
}
top_marks() {
	T capture-pane -p -e -t px | sed -n 2,3p >"$TMPD/top"
	[ "$(underlined <"$TMPD/top" | tr '\n' ' ')" = "Warsaw Minsk " ]
}
ui_until top_marks && ok "the conflict row marks Warsaw and Minsk alone" ||
	{ fail "the conflict row marks Warsaw and Minsk alone"
	  underlined <"$TMPD/top" | sed 's/^/  | /'; }

# Search results and the article view name it "#ID" as well, not "?".
ui_keys /
ui_keys -l Minsk
ui_keys Enter
expect_screen "Minsk" "search finds the Minsk reports"
# the prompt shows "Minsk" before the results do: wait for a hit's row
ui_until ui_grep "^#[67] #" && ok "a hit without an outlet is #ID" ||
	{ fail "a hit without an outlet is #ID"; ui_screen | sed 's/^/  | /'; }
ui_screen | grep -q "^? " && fail "a '?' hit" || ok "no '?' hit"

ui_keys Q
expect_screen "[exit 0]" "the reader quits"
finish
