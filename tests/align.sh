#!/bin/sh
# align.sh: `parallax align` computes everything again, and will not
# renumber the items editors' verdicts name unless told to (--force).
. "${top_srcdir:-.}/tests/lib.sh"
DB=$TMPD/align.db
"$PARALLAX" --db "$DB" import "$top_srcdir"/share/parallax/demo/*.txt \
    >/dev/null 2>&1 || fail "import the demo"

expect_rc 0 "align without verdicts" "$PARALLAX" --db "$DB" align
expect_grep "aligned into 3 stories" "$TMPD/err" "the demo is three stories"

"$PARALLAX" --db "$DB" --editor test verdict conflict 1 disputed \
    --note "checked" >/dev/null 2>&1 || fail "a verdict"
"$PARALLAX" --db "$DB" export --format=json >"$TMPD/before.json"
expect_rc 1 "align with verdicts refuses" "$PARALLAX" --db "$DB" align
expect_grep "^parallax: align: .*--force" "$TMPD/err" "it says why and how"
"$PARALLAX" --db "$DB" export --format=json >"$TMPD/after.json"
cmp -s "$TMPD/before.json" "$TMPD/after.json" &&
    ok "a refused align changes nothing" || fail "a refused align changed the database"

expect_rc 0 "align --force" "$PARALLAX" --db "$DB" align --force --quiet
"$PARALLAX" --db "$DB" verdicts --format=tsv >"$TMPD/v"
expect_grep "disputed" "$TMPD/v" "the verdict history is kept"
expect_rc 2 "align with an argument" "$PARALLAX" --db "$DB" align extra
finish
