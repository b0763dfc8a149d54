#!/bin/sh
# engine-cli.sh: `parallax stories`, `parallax claims` and `parallax
# compare` on a database made by importing the demo articles (which the
# engine aligns at import): the stories and their counts, the claims of
# the quake story with its conflicts, the compare rows and markers of two
# articles that share copy, the width of every line, tsv and json that
# parse, an article with control characters shown through placeholders
# only, and the exit statuses of unknown ids and bad options.  No id is
# hard-coded: they are read back from the program's own tsv.
. "${top_srcdir:-.}/tests/lib.sh"

DB=$TMPD/px.db
px() { "$PARALLAX" --db "$DB" "$@"; }
unset COLUMNS

# fits WIDTH: no line of $TMPD/out is wider than WIDTH characters.
fits() {
	python3 -c 'import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
sys.exit(max(len(l) for l in lines) > int(sys.argv[2]))' "$TMPD/out" "$1"
}

expect_rc 0 "import the demo" px import "$top_srcdir"/share/parallax/demo/*.txt

# --- stories -------------------------------------------------------------
expect_rc 0 "stories" px stories
[ "$(tail -n +2 "$TMPD/out" | wc -l)" -eq 3 ] && ok "three stories listed" ||
    fail "three stories listed"
expect_grep "HEADLINE" "$TMPD/out" "stories has a header line"
COLUMNS=72 expect_rc 0 "stories at 72 columns" px stories
fits 72 && ok "stories fit 72 columns" || fail "stories fit 72 columns"
expect_rc 0 "stories --format=tsv" px stories --format=tsv
[ "$(awk -F'\t' 'NF != 7' "$TMPD/out" | wc -l)" -eq 0 ] &&
    [ "$(wc -l <"$TMPD/out")" -eq 3 ] && ok "stories tsv: 3 rows of 7" ||
    fail "stories tsv: 3 rows of 7"
expect_rc 0 "stories --format=json" px stories --format=json
python3 -c 'import json, sys
s = json.load(open(sys.argv[1]))
assert len(s) == 3 and all(x["articles"] >= 2 for x in s)' "$TMPD/out" &&
    ok "stories json parses" || fail "stories json parses"

# --- claims --------------------------------------------------------------
expect_rc 0 "claims --format=tsv" px claims --format=tsv
cp "$TMPD/out" "$TMPD/claims.tsv"
[ "$(awk -F'\t' '($1 == "claim" && NF != 12) || ($1 == "conflict" &&
    NF != 7) || ($1 != "claim" && $1 != "conflict")' "$TMPD/claims.tsv" |
    wc -l)" -eq 0 ] && ok "claims tsv records" || fail "claims tsv records"
Q=$(awk -F'\t' '$1 == "claim" && $4 == "killed" && $6 == "2000" { print $2;
    exit }' "$TMPD/claims.tsv")
[ -n "$Q" ] && ok "a story with 2000 killed" || fail "a story with 2000 killed"
: "${Q:=1}"
expect_rc 0 "claims --story" px claims --story "$Q"
expect_grep "^    ! *120 " "$TMPD/out" "120 marked as in a conflict"
expect_grep "^    ! *2000 " "$TMPD/out" "2000 marked as in a conflict"
expect_grep "according to" "$TMPD/out" "sources shown"
expect_grep "^  Conflicts:" "$TMPD/out" "conflicts follow the claims"
expect_grep "^    ! [0-9]* .*120.*2000" "$TMPD/out" "conflict reason names both"
expect_rc 0 "claims --format=json" px claims --story "$Q" --format=json
python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
s = d["stories"][0]
assert d["format"] == "parallax-claims/1" and len(d["stories"]) == 1
assert any(c["conflicts"] for c in s["claims"]) and s["conflicts"]' \
    "$TMPD/out" && ok "claims json parses" || fail "claims json parses"
expect_rc 0 "claims of every story" px claims
[ "$(grep -c '^Story ' "$TMPD/out")" -eq 3 ] && ok "claims of 3 stories" ||
    fail "claims of 3 stories"

# --- compare -------------------------------------------------------------
# Two articles of the quake story that share copy and disagree.
arts=$(awk -F'\t' -v q="$Q" '$1 == "claim" && $2 == q { print $10 }' \
    "$TMPD/claims.tsv" | sort -un)
A= B=
for a in $arts; do
	for b in $arts; do
		[ "$a" -lt "$b" ] || continue
		px compare --width 200 "$a" "$b" >"$TMPD/cmp" 2>&1 || continue
		if grep -q '^= ' "$TMPD/cmp" && grep -q '^! ' "$TMPD/cmp"; then
			A=$a B=$b
			break 2
		fi
	done
done
[ -n "$A" ] && ok "two articles with = and ! rows ($A, $B)" ||
    fail "two articles with = and ! rows"
: "${A:=1}" "${B:=2}"
expect_rc 0 "compare" px compare --width 200 "$A" "$B"
for id in "$A" "$B"; do
	o=$(px list --format=tsv | awk -F'\t' -v i="$id" '$1 == i { print $2 }')
	expect_grep "$o" "$TMPD/out" "outlet of $id in the header"
done
grep '^! ' "$TMPD/out" | grep -q '\[[^]]*[0-9][^]]*\]' &&
    ok "differing figure in brackets" || fail "differing figure in brackets"
for w in 40 72 133; do
	expect_rc 0 "compare --width $w" px compare --width "$w" "$A" "$B"
	fits "$w" && ok "lines no wider than $w" ||
	    fail "lines no wider than $w"
done
expect_rc 0 "compare, ids after options" px compare --plain "$A" "$B"
fits 80 && ok "80 columns in a pipe" || fail "80 columns in a pipe"
C=$(echo "$arts" | awk -v a="$A" -v b="$B" '$1 != a && $1 != b { print; exit }')
expect_rc 0 "compare three" px compare --width 150 "$A" "$B" "$C"
[ "$(grep -c '│.*│' "$TMPD/out")" -gt 0 ] && ok "three columns" ||
    fail "three columns"

# An article with an escape sequence, a C1 control and a bidi override.
{
	printf 'Hostile \033[31mred\033[0m title \342\200\256evil\n\n'
	printf 'October 12, 2026\n\n'
	printf 'A storm hit the coast \033]0;owned\007 on Monday \302\233 '
	printf 'and killed 40 people.\n'
	printf 'A second sentence holds a \342\200\256reversed\342\200\254 '
	printf 'word.\n'
} >"$TMPD/hostile.txt"
expect_rc 0 "import hostile article" px import "$TMPD/hostile.txt"
H=$(px list --format=tsv | awk -F'\t' '$4 ~ /^Hostile/ { print $1 }')
expect_rc 0 "compare hostile article" px compare "${H:-1}" "$A"
expect_grep "<U+202E>" "$TMPD/out" "bidi override shown as placeholder"
if od -An -c "$TMPD/out" | grep -q '033'; then
	fail "an escape byte reached stdout"
else
	ok "no escape byte on stdout"
fi
if od -An -tx1 "$TMPD/out" | grep -q 'c2 9b\|e2 80 ae'; then
	fail "a C1 control or a bidi override reached stdout"
else
	ok "no C1 control or bidi override on stdout"
fi
: >"$TMPD/o"
for f in text tsv; do
	px claims --format=$f >>"$TMPD/o" 2>&1
	px stories --format=$f >>"$TMPD/o" 2>&1
done
od -An -tx1 "$TMPD/o" | grep -q '1b\|e2 80 ae' &&
    fail "raw control in stories/claims" || ok "stories/claims sanitised"
# json is data: text stays as it is, control characters escaped.
px stories --format=json >"$TMPD/o" 2>&1
od -An -tx1 "$TMPD/o" | grep -q '1b' && fail "escape byte in json" ||
    ok "no escape byte in json"

# --- errors --------------------------------------------------------------
expect_rc 1 "compare unknown id" px compare 99999 "$A"
expect_grep "no article 99999" "$TMPD/err" "unknown id named"
[ "$(wc -l <"$TMPD/err")" -eq 1 ] && ok "one-line message" ||
    fail "one-line message"
expect_rc 1 "claims unknown story" px claims --story 99999
expect_grep "no story 99999" "$TMPD/err" "unknown story named"
expect_rc 2 "compare one id" px compare "$A"
expect_rc 2 "compare four ids" px compare 1 2 3 4
expect_rc 2 "compare same id twice" px compare "$A" "$A"
expect_rc 2 "compare id not a number" px compare x "$A"
expect_rc 2 "compare narrow width" px compare --width 5 "$A" "$B"
expect_rc 2 "compare bad option" px compare --bogus "$A" "$B"
expect_rc 2 "stories bad option" px stories --bogus
expect_rc 2 "stories bad format" px stories --format=xml
expect_rc 2 "stories argument" px stories 3
expect_rc 2 "claims bad story" px claims --story x
expect_rc 2 "claims bad format" px claims --format=csv
for c in stories claims compare; do
	expect_rc 0 "$c --help" px "$c" --help
done
expect_rc 1 "missing database" "$PARALLAX" --db "$TMPD/none.db" stories

finish
