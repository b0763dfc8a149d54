#!/bin/sh
# formats.sh: 356 articles in page formats the seeds do not have
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
expect_grep "^356 imported, 0 already present, 0 rejected$" "$TMPD/err" \
	"all 356 imported"
"$PARALLAX" --db "$DB" export --format=json >"$TMPD/export.json" ||
	fail "export"
python3 "$SHARED_DIR/eval/score.py" "$TMPD/export.json" --gold "$DATA" \
	--set formats >"$TMPD/score" 2>&1 || fail "score.py failed"
sed 's/^/  | /' "$TMPD/score"

figure articles.metadata 3870
figure pairs.same.core 680
figure pairs.conflict.core 875
figure pairs.related.core 208
figure claims.found 1880
figure claims.no_false_counts 725
figure conflicts.reported 600
figure pairs.consistent_with_gold 2080

# Each folder is one story: the engine's stories, folder by folder (a
# story of several folders mixes two events' conflicts; a folder over
# several stories loses its pairs).  Three older stories still take in
# two folders each (two Sudan talks a day apart, two rounds of one
# border's talks, one prisoner swap told twice); the war sets of session
# 15 (N-Q) add four more, stories of one war that share its places and
# sides (the four Q folders are one war's first days, and one P folder
# is split between its barrage and its talks).
python3 - "$TMPD/export.json" >"$TMPD/stories" <<'EOF2' || fail "stories"
import collections, json, os, sys
ex = json.load(open(sys.argv[1]))
folders = collections.defaultdict(set)
stories = collections.defaultdict(set)
for a in ex["articles"]:
    f = os.path.basename(os.path.dirname(a["path"]))
    folders[f].add(a["story"])
    stories[a["story"]].add(f)
print("split", sum(len(s) > 1 for s in folders.values()))
print("mixed", sum(len(f) > 1 for f in stories.values()))
EOF2
split=$(sed -n 's/^split //p' "$TMPD/stories")
mixed=$(sed -n 's/^mixed //p' "$TMPD/stories")
if [ "${split:-99}" -le 1 ]; then ok "folders split: $split"; else
	fail "folders split over stories: $split (at most 1)"; fi
if [ "${mixed:-99}" -le 7 ]; then ok "stories mixing folders: $mixed"; else
	fail "stories mixing folders: $mixed (at most 7)"; fi
finish
