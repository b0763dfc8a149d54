#!/bin/sh
# verdict.sh: `parallax verdict` and `parallax verdicts` from a script:
# usage errors (exit 2), items that do not exist (exit 1), the editor's
# name, --expect and the message naming who changed the item, the history
# and the open items in text, tsv and json.
. "${top_srcdir:-.}/tests/lib.sh"

DRIVER=${top_builddir:-.}/tests/review-driver
DB=$TMPD/px.db
set -- $("$DRIVER" fixture "$DB")
[ "${5:-}" ] || { fail "fixture"; finish; exit 1; }
S=$2 P=$4 C=$7 K=${10}
px() { "$PARALLAX" --db "$DB" "$@"; }

expect_rc 2 "no arguments" px verdict
expect_rc 2 "id not a number" px verdict pair x confirmed
expect_rc 2 "unknown verdict" px verdict pair "$P" maybe
expect_grep "not a verdict" "$TMPD/err" "unknown verdict message"
expect_rc 2 "unknown kind" px verdict thing "$P" confirmed
expect_rc 2 "bad --expect" px verdict pair "$P" confirmed --expect -3
expect_rc 0 "verdict --help" px verdict --help
expect_rc 1 "pair that does not exist" px verdict pair 99999 confirmed
expect_grep "pair 99999" "$TMPD/err" "missing pair named"
expect_rc 1 "conflict that does not exist" px verdict conflict 99999 cleared
expect_rc 1 "missing database" "$PARALLAX" --db "$TMPD/none.db" verdict \
    pair 1 confirmed

expect_rc 0 "first verdict, expecting none" px --editor olena verdict pair \
    "$P" disputed --note "venue differs" --expect 0
grep -qE '^[0-9]+$' "$TMPD/out" && ok "prints the id" || fail "prints the id"
V1=$(cat "$TMPD/out")
expect_rc 1 "second editor who saw no verdict" px --editor marek verdict \
    pair "$P" confirmed --expect 0
expect_grep "pair $P was marked disputed by olena at [0-9][0-9]:[0-9][0-9] since you loaded it" \
    "$TMPD/err" "told who changed it"
expect_rc 0 "expecting the current verdict" px --editor marek verdict \
    pair "$P" confirmed --expect "$V1"
V2=$(cat "$TMPD/out")
[ "$V2" -gt "$V1" ] && ok "ids grow" || fail "ids grow ($V1, $V2)"
PARALLAX_EDITOR=ines expect_rc 0 "editor from the login name" px verdict \
    claim "$C" needs-check --note "$(printf 'tab\there\nline \033[31mred')"
expect_rc 0 "conflict verdict" px --editor olena verdict conflict "$K" \
    cleared

expect_rc 0 "verdicts" px verdicts
[ "$(wc -l <"$TMPD/out")" -eq 4 ] && ok "four verdicts listed" ||
    fail "four verdicts listed"
expect_grep "ines" "$TMPD/out" "login name recorded"
if grep -q "$(printf '\033')" "$TMPD/out"; then
	fail "control character reached the terminal"
else
	ok "no control character in text output"
fi
expect_rc 0 "verdicts --format=tsv" px verdicts --format=tsv
expect_grep 'tab\\there\\nline' "$TMPD/out" "tsv escapes tab and newline"
[ "$(awk -F'\t' 'NF != 7' "$TMPD/out" | wc -l)" -eq 0 ] &&
    ok "tsv has 7 fields" || fail "tsv has 7 fields"

expect_rc 0 "verdicts --open" px verdicts --open --format=tsv
[ "$(wc -l <"$TMPD/out")" -eq 1 ] && ok "one item open" ||
    fail "one item open: $(cat "$TMPD/out")"
expect_grep "	claim	$C	needs-check	" "$TMPD/out" "the open item is the claim"
expect_rc 0 "verdicts --story" px verdicts --story "$S" --format=tsv
[ "$(wc -l <"$TMPD/out")" -eq 4 ] && ok "story filter keeps its items" ||
    fail "story filter keeps its items"
expect_rc 1 "verdicts --story of no story" px verdicts --story 999
expect_rc 2 "verdicts --format=xml" px verdicts --format=xml

expect_rc 0 "verdicts --format=json" px verdicts --format=json
if command -v python3 >/dev/null 2>&1; then
	if python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
v = d["verdicts"]
assert d["format"] == "parallax-verdicts/1" and len(v) == 4
for e in v:
    assert set(e) == {"id", "target", "target_id", "verdict", "note",
        "editor", "time"}, e
assert v[0]["editor"] == "olena" and v[0]["note"] == "venue differs"
assert v[2]["note"].startswith("tab\there\nline")' "$TMPD/out"; then
		ok "json verdicts"
	else
		fail "json verdicts"
	fi
	px export --format=json >"$TMPD/export.json"
	if python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
v = d["verdicts"]
assert len(v) == 4 and [e["id"] for e in v] == sorted(e["id"] for e in v)
assert v[0]["target"] == "pair" and v[0]["verdict"] == "disputed"' \
	    "$TMPD/export.json"; then
		ok "export lists the verdicts"
	else
		fail "export lists the verdicts"
	fi
fi
finish
