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

# --- alignment deferred: import --no-align, later align --pending --------
INL=$TMPD/inline.db
DEF=$TMPD/deferred.db
"$PARALLAX" --db "$INL" import -j 0 "$top_srcdir"/share/parallax/demo/*.txt \
    >/dev/null 2>&1 || fail "import the demo in order"
expect_rc 0 "import --no-align on threads" "$PARALLAX" --db "$DEF" import \
    --no-align -j 3 "$top_srcdir"/share/parallax/demo/*.txt
expect_grep "^11 imported" "$TMPD/err" "every article stored"
expect_grep "11 articles wait for alignment.*align --pending" "$TMPD/err" \
    "the import says what waits and what to run"
"$PARALLAX" --db "$DEF" stories --format=tsv >"$TMPD/s" 2>&1
[ ! -s "$TMPD/s" ] && ok "no stories before alignment" ||
    fail "stories before alignment: $(cat "$TMPD/s")"
expect_rc 0 "align --pending" "$PARALLAX" --db "$DEF" align --pending
expect_grep "^11 articles aligned" "$TMPD/err" "all of them aligned"
"$PARALLAX" --db "$INL" export --format=json >"$TMPD/inline.json"
"$PARALLAX" --db "$DEF" export --format=json >"$TMPD/deferred.json"
cmp -s "$TMPD/inline.json" "$TMPD/deferred.json" &&
    ok "deferred alignment finds what the import would have" ||
    fail "deferred alignment differs from aligning on import"
expect_rc 0 "align --pending with nothing waiting" "$PARALLAX" --db "$DEF" \
    align --pending
expect_grep "^0 articles aligned" "$TMPD/err" "nothing to do"
expect_rc 0 "an import that aligns" "$PARALLAX" --db "$DEF" import \
    "$top_srcdir"/share/parallax/demo/*.txt
if grep -q "wait for alignment" "$TMPD/err"; then
	fail "nothing waits, yet the import warns"
else
	ok "no warning when nothing waits"
fi
# On threads (parsing, claims, half of each article's comparisons) the
# import finds exactly what it finds on one.
THR=$TMPD/threads.db
"$PARALLAX" --db "$THR" import -j 4 "$top_srcdir"/share/parallax/demo/*.txt \
    >/dev/null 2>&1 || fail "import the demo on threads"
"$PARALLAX" --db "$THR" export --format=json >"$TMPD/threads.json"
cmp -s "$TMPD/inline.json" "$TMPD/threads.json" &&
    ok "an import on threads finds what one on one thread does" ||
    fail "an import on threads differs from one on one thread"
expect_rc 2 "a bad number of jobs" "$PARALLAX" --db "$DEF" import -j many \
    "$top_srcdir"/share/parallax/demo/*.txt

# A digest quoting every story (the demo's README quotes sentences of all
# three, as a morning briefing quotes each story's lede), imported after
# them, joins one story and merges none.
DG=$TMPD/digest.db
"$PARALLAX" --db "$DG" import "$top_srcdir"/share/parallax/demo/*.txt \
    >/dev/null 2>&1 || fail "import the demo"
expect_rc 0 "import a digest after the stories" "$PARALLAX" --db "$DG" \
    import "$top_srcdir"/share/parallax/demo/README
n=$("$PARALLAX" --db "$DG" stories 2>/dev/null | tail -n +2 | wc -l)
[ "$n" -eq 3 ] && ok "the digest merged no story: 3 stories" ||
	fail "$n stories after the digest, wanted 3"
finish
