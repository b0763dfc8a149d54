#!/bin/sh
# seeds.sh: the five seed articles end to end: import them as scraped,
# export, score against the gold with ../shared/eval/score.py, and require
# the import's share of the figures: articles.metadata at least 25 of 27
# (outlet, title, date, cites, boilerplate and repeats) and pairs.dup.core
# 3 of 3 (a repeated paragraph kept once); and the engine's: shared
# sentences (pairs.same.core 9 of 10), conflicting pairs (8 of 10), claims
# (20 of 23, and no year or ordinal taken for a count), conflicts (5 of 6)
# and pairs consistent with the gold (90%).  Then `parallax align` must
# give the same figures again.  The figures are parsed from score.py's
# output, so a changed gold changes what is required.
. "${top_srcdir:-.}/tests/lib.sh"
need_shared
DB=$TMPD/seeds.db

expect_rc 0 "import the seeds" "$PARALLAX" --db "$DB" import "$SHARED_DIR"/seeds/*.txt
expect_grep "^5 imported, 0 already present, 0 rejected$" "$TMPD/err" \
	"all five imported"
"$PARALLAX" --db "$DB" export --format=json >"$TMPD/export.json" ||
	fail "export"
python3 "$SHARED_DIR/eval/score.py" "$TMPD/export.json" --verbose \
	>"$TMPD/score" 2>&1 || fail "score.py failed"
sed 's/^/  | /' "$TMPD/score" | head -40

engine_figures() {
	figure articles.metadata 25
	figure pairs.dup.core 3
	figure pairs.same.core 9
	figure pairs.conflict.core 8
	figure claims.found 20
	figure claims.no_false_counts 5
	figure conflicts.reported 5
	percent pairs.consistent_with_gold 90
}
engine_figures

# The same from scratch with `parallax align`.
expect_rc 0 "align again" "$PARALLAX" --db "$DB" align --quiet
"$PARALLAX" --db "$DB" export --format=json >"$TMPD/export.json" ||
	fail "export after align"
python3 "$SHARED_DIR/eval/score.py" "$TMPD/export.json" >"$TMPD/score" 2>&1 ||
	fail "score.py failed after align"
engine_figures
finish
