#!/bin/sh
# formats.sh: 162 articles in page formats the seeds do not have
# (tests/data/formats: wire datelines of other agencies, mastheads in
# other scripts, menus, cookie banners, bylines, related-story links, slashed
# dates), imported, exported and scored against their labels with
# ../shared/eval/score.py, as seeds.sh does for the seeds.  The figures
# required are a little under what the engine reaches, so that a change
# which loses a page format, a claim pattern or a conflict fails here.
. "${top_srcdir:-.}/tests/lib.sh"
need_shared
DATA=$top_srcdir/tests/data/formats
DB=$TMPD/formats.db

expect_rc 0 "import the formats set" "$PARALLAX" --db "$DB" import \
	"$DATA"/story*
expect_grep "^162 imported, 0 already present, 0 rejected$" "$TMPD/err" \
	"all 162 imported"
"$PARALLAX" --db "$DB" export --format=json >"$TMPD/export.json" ||
	fail "export"
python3 "$SHARED_DIR/eval/score.py" "$TMPD/export.json" --gold "$DATA" \
	--set formats >"$TMPD/score" 2>&1 || fail "score.py failed"
sed 's/^/  | /' "$TMPD/score"

figure articles.metadata 1660
figure pairs.same.core 333
figure pairs.conflict.core 390
figure pairs.related.core 69
figure claims.found 787
figure claims.no_false_counts 248
figure conflicts.reported 216
figure pairs.consistent_with_gold 900
finish
