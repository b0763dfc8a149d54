#!/bin/sh
# seeds.sh: the five seed articles end to end: import them as scraped,
# export, score against the gold with ../shared/eval/score.py, and require
# the import's share of the figures: articles.metadata at least 25 of 27
# (outlet, title, date, cites, boilerplate and repeats) and pairs.dup.core
# 3 of 3 (a repeated paragraph kept once).  The figures are parsed from
# score.py's output, so a changed gold changes what is required.
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

# figure NAME MIN: NAME's "hits/total" line must have hits >= MIN.
figure() {
	line=$(grep "^$1: " "$TMPD/score")
	hits=$(printf '%s\n' "$line" | sed -n 's/^[^:]*: \([0-9]*\)\/\([0-9]*\).*/\1/p')
	tot=$(printf '%s\n' "$line" | sed -n 's/^[^:]*: \([0-9]*\)\/\([0-9]*\).*/\2/p')
	if [ -z "$hits" ]; then fail "$1: no figure"; return; fi
	if [ "$hits" -ge "$2" ]; then ok "$1 $hits/$tot (need $2)"; else
		fail "$1 $hits/$tot (need $2)"; fi
}
figure articles.metadata 25
figure pairs.dup.core 3
finish
