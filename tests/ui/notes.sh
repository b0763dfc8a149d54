#!/bin/sh
# notes.sh: whose note it is, at 80x24 on the fixture database.  A verdict
# is signed by the editor who records it, so undo restoring olena's
# verdict from taras's reader records "(restored: olena's verdict of
# DATE) her note", and the note key starts from "(olena's note of DATE)
# her note" rather than passing her words off as his.  A note of several
# lines from the editor keeps its lines in the database; rows show its
# first line and an ellipsis.
. "${top_srcdir:-.}/tests/ui/lib.sh"

DB=$TMPD/fx.db
ui_fixture "$DB"
# An editor that keeps what it was given and adds two lines.
cat >"$TMPD/ed.sh" <<'EOS'
#!/bin/sh
cp "$1" "$SEEN"
printf 'called the agency\nno answer yet\n' >>"$1"
EOS
chmod +x "$TMPD/ed.sh"

"$PARALLAX" --db "$DB" --editor=olena verdict pair 2 disputed \
    --note="toll unverified" >/dev/null 2>&1 &&
	ok "olena disputes pair 2" || fail "olena disputes pair 2"

ui_start 80 24 PARALLAX_DB="$DB" VISUAL="$TMPD/ed.sh" SEEN="$TMPD/seen" \
    -- --editor taras
expect_screen "Floods in the Tarn valley" "story list"
ui_keys Enter
expect_screen "Claims" "the story"
ui_keys O
expect_screen "pair 2" "the open items list the disputed pair"
ui_keys j Enter
expect_screen "disputed  olena" "compare shows olena's verdict"
ui_keys A Enter
expect_screen "pair 2 marked confirmed" "taras confirms the pair"
ui_keys U
expect_screen "pair 2: undone, disputed again" "and undoes it"
expect_screen "disputed  taras" "the restored verdict is signed by taras"
expect_screen "(restored: olena's verdict of" "its note says whose it was"
"$PARALLAX" --db "$DB" verdicts --format=tsv | tail -n 1 >"$TMPD/v1"
expect_grep "pair	2	disputed	taras	.*	(restored: olena's verdict of 20[0-9-]* [0-9:]*) toll unverified$" \
    "$TMPD/v1" "the database has olena's note with her name"

"$PARALLAX" --db "$DB" --editor=olena verdict pair 2 needs-check \
    --note="ask the agency" >/dev/null 2>&1 &&
	ok "olena marks it again" || fail "olena marks it again"
expect_screen "needs-check  olena" "taras's reader shows it" 5
ui_keys E
expect_screen "note saved, needs-check" "the note key saves a note"
expect_grep "^(olena's note of 20[0-9-]* [0-9:]*) ask the agency$" \
    "$TMPD/seen" "the editor starts from olena's note with her name"
"$PARALLAX" --db "$DB" verdicts --format=tsv | tail -n 1 >"$TMPD/v2"
expect_grep "needs-check	taras	.*	(olena's note of [^)]*) ask the agency\\\\ncalled the agency\\\\nno answer yet$" \
    "$TMPD/v2" "the note keeps its lines in the database"
expect_screen "the agency …" "the row shows the first line and '…'"
ui_screen | grep -q "called the agency" &&
	fail "the row shows the note's other lines" ||
	ok "the row leaves the other lines out"

ui_keys Q
expect_screen "[exit 0]" "the reader quits"
finish
