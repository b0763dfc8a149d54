#!/bin/sh
# paging.sh: the story list pages through the database (a window of a few
# pages that slides by keyset): with 300 stories, three to a date, the list
# reads newest first at every point of a walk down and back up by pages,
# the ends (G, g) show the oldest and the newest story, and Enter opens
# the story under the cursor wherever the window is.
. "${top_srcdir:-.}/tests/ui/lib.sh"

N=300
i=1
while [ $i -le $N ]; do
	d=$((i / 3))
	printf 'Headline %03d\nStory %03d sentence.\n' $i $i >"$TMPD/a$i.txt"
	printf 'article|a%d.txt|Outlet %d|2025-%02d-%02d\n' $i $((i % 5)) \
	    $((1 + d / 28)) $((1 + d % 28))
	printf 'story|Story %03d|2025-%02d-%02d|2025-%02d-%02d|%d\n' $i \
	    $((1 + d / 28)) $((1 + d % 28)) $((1 + d / 28)) $((1 + d % 28)) $i
	i=$((i + 1))
done >"$TMPD/many.spec"
ui_fixture "$TMPD/fx.db" "$TMPD/many.spec"
ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" --

expect_screen "parallax: $N stories" "the list counts the stories"
expect_screen "Story $N" "the newest story is first"

# The titles on the screen are consecutive, newest first, and the one
# under the cursor (n/N in the status line) is story N + 1 - n.
check_run() {
	scr=$(ui_screen)
	nums=$(printf '%s\n' "$scr" | sed -n 's/^Story \([0-9]*\).*/\1/p' |
	    sed 's/^0*//')
	prev=
	good=1
	for x in $nums; do
		[ -n "$prev" ] && [ "$x" -ne $((prev - 1)) ] && good=0
		prev=$x
	done
	cur=$(printf '%s\n' "$scr" | tail -n 1 |
	    sed -n "s|.* \([0-9]*\)/$N *\$|\1|p")
	if [ "$good" = 1 ] && [ -n "$nums" ] && [ -n "$cur" ] &&
	    printf '%s\n' "$nums" | grep -qx "$((N + 1 - cur))"; then
		ok "$1"
	else
		fail "$1"; printf '%s\n' "$scr" | sed 's/^/  | /'
	fi
}

check_run "the first page"

# Straight to the end: a window read up from the bottom.
ui_keys G
expect_screen " $N/$N" "G goes to the last story"
expect_screen "Story 001" "the last story is the oldest"
check_run "the last page"
ui_keys k k k
expect_screen " $((N - 3))/$N" "up from the end"
check_run "up from the end, in order"
ui_keys g
expect_screen " 1/$N" "g goes back to the first story"
expect_screen "Story $N" "the first story is the newest again"
check_run "the first page again"

# Down by pages (the window slides down), back up (it slides up).
k=0
while [ $k -lt 25 ]; do
	ui_keys Space
	k=$((k + 1))
	sleep 0.05
done
ui_wait "/$N" 5
check_run "25 pages down (past a window of four pages of 64)"
ui_keys Enter
ui_wait "1 article" 5
want=$(printf '%s\n' "$scr" | tail -n 1 | sed -n "s|.* \([0-9]*\)/$N *\$|\1|p")
expect_screen "Story $(printf %03d $((N + 1 - want)))" \
    "Enter opens the story under the cursor"
ui_keys q
ui_wait "parallax: $N stories" 5
k=0
while [ $k -lt 20 ]; do
	ui_keys b
	k=$((k + 1))
	sleep 0.05
done
ui_wait "/$N" 5
check_run "20 pages back up (past the first page dropped)"

ui_keys q
expect_screen "[exit 0]" "q quits"
finish
