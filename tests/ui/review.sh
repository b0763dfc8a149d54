#!/bin/sh
# review.sh: editorial review in the reader.  Two readers (editors alice
# and bob) on one demo database: alice disputes a conflict with a note and
# bob's reader shows the marker, her name and the note without a key
# pressed there; `parallax verdicts` has it; a verdict given from the
# command line while bob is typing his note makes his refused with the
# stale message; undo, a longer note from $VISUAL (and a failing editor),
# the pair on top in compare, and the markers under LANG=C and NO_COLOR.
. "${top_srcdir:-.}/tests/ui/lib.sh"

DB=$TMPD/demo.db
if ! "$PARALLAX" --db "$DB" import "$top_srcdir"/share/parallax/demo/*.txt \
    >"$TMPD/import" 2>&1; then
	fail "import the demo articles"; sed 's/^/  | /' "$TMPD/import"
	finish; exit 1
fi
E=$(printf '\033')

# An editor for the note key: appends a line, or fails or changes nothing
# when told to.
cat >"$TMPD/ed.sh" <<'EOS'
#!/bin/sh
[ -e "$EDFAIL" ] && exit 3
[ -e "$EDNOP" ] && exit 0
printf 'checked with the ministry\n' >>"$1"
EOS
chmod +x "$TMPD/ed.sh"

# open_conflicted: from the story list, open the first story whose claims
# table has a conflict and put the cursor on its first conflicting row.
open_conflicted() {
	n=0
	while [ $n -lt 6 ]; do
		ui_keys g
		k=0
		while [ $k -lt $n ]; do ui_keys j; k=$((k + 1)); done
		ui_keys Enter
		ui_wait "Claims" 5 || return 1
		sleep 0.2
		if ui_screen | grep -q "! "; then
			ui_keys ']'
			sleep 0.2
			return 0
		fi
		ui_keys q
		ui_wait "stories" 5
		n=$((n + 1))
	done
	return 1
}

UI_SESSION=alice
ui_start 110 40 VISUAL="$TMPD/ed.sh" EDFAIL="$TMPD/edfail" \
    EDNOP="$TMPD/ednop" -- \
    --db "$DB" --editor alice
expect_screen "stories" "alice's reader shows the stories"
open_conflicted && ok "alice opens a story with a conflict" ||
	{ fail "alice opens a story with a conflict"; ui_screen | sed 's/^/  | /'; }

UI_SESSION=bob
ui_start 110 40 -- --db "$DB" --editor bob
expect_screen "stories" "bob's reader shows the stories"
open_conflicted && ok "bob opens the same story" || fail "bob opens the story"

UI_SESSION=alice
ui_keys D
expect_screen "disputed, note (Enter saves, Esc cancels)" "the note prompt"
ui_keys "toll unverified"
T resize-window -t alice -x 90 -y 30
sleep 0.3
expect_screen "disputed, note" "the prompt survives a resize"
expect_screen "toll unverified" "with what was typed"
T resize-window -t alice -x 110 -y 40
ui_keys Enter
expect_screen "marked disputed" "alice's verdict is saved"
ui_until ui_grep "✗ disputed  alice" && ok "alice sees her verdict" ||
	{ fail "alice sees her verdict"; ui_screen | sed 's/^/  | /'; }

UI_SESSION=bob
expect_screen "toll unverified" "bob's reader shows the note without a key" 5
ui_until ui_grep "^✗ " && ok "bob's row has the disputed marker" ||
	{ fail "bob's row has the disputed marker"; ui_screen | sed 's/^/  | /'; }
ui_until ui_grep "disputed  alice" && ok "and alice's name" ||
	fail "and alice's name"

"$PARALLAX" --db "$DB" verdicts --format=tsv >"$TMPD/v1"
expect_grep "conflict	[0-9]*	disputed	alice	.*toll unverified" "$TMPD/v1" \
    "parallax verdicts shows alice's verdict"
cid=$(awk -F'\t' 'NR == 1 { print $3 }' "$TMPD/v1")
vid=$(awk -F'\t' 'NR == 1 { print $1 }' "$TMPD/v1")

# Bob starts a verdict; carol (command line) gets hers in first.
ui_keys C
expect_screen "needs-check, note" "bob's prompt"
ui_keys "my note"
"$PARALLAX" --db "$DB" --editor carol verdict conflict "$cid" confirmed \
    --expect "$vid" >"$TMPD/carol" 2>&1 &&
	ok "carol confirms from the command line" ||
	{ fail "carol confirms"; cat "$TMPD/carol"; }
expect_screen "confirmed  carol" "bob's reader shows carol's verdict meanwhile" 5
expect_screen "needs-check, note" "while his prompt stays open"
ui_keys Enter
expect_screen "not saved: confirmed by carol meanwhile (conflict $cid)" \
    "bob's stale verdict is refused"
expect_screen "your note is kept" "and the status line says so"
"$PARALLAX" --db "$DB" verdicts --format=tsv >"$TMPD/v2"
[ "$(wc -l <"$TMPD/v2")" -eq 2 ] && ok "nothing of bob's was saved" ||
	{ fail "nothing of bob's was saved"; cat "$TMPD/v2"; }
! grep -q "	bob	" "$TMPD/v2" || fail "a verdict by bob"
# Now bob sees carol's verdict: his next one goes through, and the key
# offers the note he typed again.
ui_keys C
expect_screen "needs-check, note (Enter saves, Esc cancels): my note" \
    "the refused note is offered again"
ui_keys " after carol" Enter
expect_screen "marked needs-check" "bob's verdict after the reload is saved"
"$PARALLAX" --db "$DB" verdicts --format=tsv | tail -n 1 >"$TMPD/v2b"
expect_grep "needs-check	bob	.*my note after carol" "$TMPD/v2b" \
    "with the kept note"
ui_keys D
expect_screen "disputed, note (Enter saves, Esc cancels):" "a new prompt"
ui_screen | grep -q "cancels): my note" && fail "a saved note is offered again" ||
	ok "a saved note is not offered again"
ui_keys Escape

# Alice undoes bob's verdict: carol's confirmed comes back.
UI_SESSION=alice
expect_screen "needs-check  bob" "alice sees bob's verdict" 5
ui_keys U
expect_screen "undone, confirmed again" "undo records the previous verdict"
"$PARALLAX" --db "$DB" verdicts --format=tsv | tail -n 1 >"$TMPD/v3"
expect_grep "confirmed	alice" "$TMPD/v3" "undo is a new verdict by alice"
# Bob's status line said his verdict was saved: no longer the whole truth.
UI_SESSION=bob
expect_screen "confirmed  alice" "bob's reader shows alice's undo" 5
ui_keys C "third" Enter
expect_screen "marked needs-check" "bob marks it again"
UI_SESSION=alice
expect_screen "needs-check  bob" "alice sees bob's verdict again" 5
ui_keys U
expect_screen "undone, confirmed again" "alice undoes it again"
UI_SESSION=bob
expect_screen "changed elsewhere meanwhile: reloaded" \
    "bob's status line gives way after the reload" 5
ui_screen | grep -q "marked needs-check" &&
	fail "bob's status line still says marked" ||
	ok "bob's status line no longer says marked"
UI_SESSION=alice

# A longer note in the editor; then an editor that fails.
ui_keys E
expect_screen "note saved, confirmed" "the note from the editor is saved"
"$PARALLAX" --db "$DB" verdicts --format=tsv | tail -n 1 >"$TMPD/v4"
expect_grep "confirmed	alice	.*checked with the ministry" "$TMPD/v4" \
    "the verdict has the editor's note"
: >"$TMPD/edfail"
n=$("$PARALLAX" --db "$DB" verdicts --format=tsv | wc -l)
ui_keys E
expect_screen "the editor failed (status 3)" "a failing editor is reported"
[ "$("$PARALLAX" --db "$DB" verdicts --format=tsv | wc -l)" -eq "$n" ] &&
	ok "and nothing is saved" || fail "a failed editor saved something"
[ "$(T display -p -t alice '#{alternate_on}')" = 1 ] &&
	ok "the reader has its screen back" || fail "alternate screen after the editor"
ui_keys j k
expect_screen "Claims" "and still answers keys"
rm -f "$TMPD/edfail"
: >"$TMPD/ednop"
ui_keys E
expect_screen "the note is unchanged" "an unchanged note saves nothing"
[ "$("$PARALLAX" --db "$DB" verdicts --format=tsv | wc -l)" -eq "$n" ] &&
	ok "no verdict for an unchanged note" || fail "unchanged note saved"

# The open items list.
ui_keys O
expect_screen "open items" "open-items lists the story's open items"
ui_keys q

# Compare: the pair on top.
ui_keys c
expect_screen "widen the terminal" "compare opens" 5
ui_keys ']' A Enter
expect_screen "marked confirmed" "a pair is confirmed in compare"
ui_until ui_grep_line 2 "^!✓" && ok "the pair row has the marker" ||
	{ fail "the pair row has the marker"; ui_screen | sed 's/^/  | /'; }

# The markers in an ASCII locale and without colour.
UI_SESSION=ascii
ui_start 110 40 LANG=C LC_ALL=C -- --db "$DB" --editor dora
expect_screen "stories" "LANG=C reader starts"
open_conflicted || fail "LANG=C: open the story"
ui_until ui_grep "^+ .*|" && ok "LANG=C: the confirmed marker is '+'" ||
	{ fail "LANG=C: the confirmed marker"; ui_screen | sed 's/^/  | /'; }
ui_keys D Enter
expect_screen "marked disputed" "LANG=C: a verdict"
ui_until ui_grep "^x .*|" && ok "LANG=C: the disputed marker is 'x'" ||
	{ fail "LANG=C: the disputed marker"; ui_screen | sed 's/^/  | /'; }

UI_SESSION=mono
ui_start 110 40 NO_COLOR=1 -- --db "$DB" --editor erin
expect_screen "stories" "NO_COLOR reader starts"
open_conflicted || fail "NO_COLOR: open the story"
ui_until ui_grep "^✗ " && ok "NO_COLOR: the marker is shown" ||
	{ fail "NO_COLOR: the marker"; ui_screen | sed 's/^/  | /'; }
if T capture-pane -p -e -t mono | grep "✗" | grep -q "$E\[\([0-9]*;\)*3[0-7]m"; then
	fail "NO_COLOR: colours in the marker line"
else ok "NO_COLOR: no colours"; fi

for s in alice bob ascii mono; do
	UI_SESSION=$s
	ui_keys Q
	expect_screen "[exit 0]" "$s's reader quits with status 0"
done
finish
