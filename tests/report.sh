#!/bin/sh
# report.sh: `parallax report` in Markdown, plain text and JSON.
# 1. On the review driver's fixture (one invented story with pairs, claims
#    and conflicts as the engine will store them) and a few verdicts: the
#    sections, each outlet's figure and source, escaping, open items.
# 2. On a database made from the demo articles (share/parallax/demo): every
#    article is reported; once `parallax align` exists (the engine fills
#    stories, pairs, claims and conflicts) the planted conflicts must be in
#    the report too.  Without it those assertions are skipped (said so).
. "${top_srcdir:-.}/tests/lib.sh"

DRIVER=${top_builddir:-.}/tests/review-driver
DB=$TMPD/px.db
set -- $("$DRIVER" fixture "$DB")
[ "${5:-}" ] || { fail "fixture"; finish; exit 1; }
S=$2 P=$4 C=$7 K1=${10} K2=${11}
px() { "$PARALLAX" --db "$DB" "$@"; }
have_python=0
command -v python3 >/dev/null 2>&1 && have_python=1

px --editor olena verdict pair "$P" confirmed --note "same *wording* | ok" \
    >/dev/null
px --editor marek verdict conflict "$K2" disputed --note "called the mayor" \
    >/dev/null
px --editor ines verdict claim "$C" needs-check >/dev/null

expect_rc 0 "report (Markdown by default)" px report
cp "$TMPD/out" "$TMPD/report.md"
expect_grep '^# ' "$TMPD/report.md" "title heading"
expect_grep "^## Story $S: Floods in the valley \\\\& \"the dam\"" \
    "$TMPD/report.md" "story heading, & escaped"
expect_grep 'South \\& Post' "$TMPD/report.md" "outlet with & escaped"
expect_grep 'East \\<Herald\\>' "$TMPD/report.md" "outlet with <> escaped"
expect_grep 'Flood \\\*closes\\\* schools \\| day 1' "$TMPD/report.md" \
    "title with * and | escaped"
expect_grep '^### Shared facts' "$TMPD/report.md" "shared facts section"
expect_grep 'Heavy rain flooded the lower town on Monday.' \
    "$TMPD/report.md" "a shared sentence"
expect_grep "^#### Conflict $K1: killed" "$TMPD/report.md" "conflict heading"
expect_grep '| North Wire | 12 | officials |' "$TMPD/report.md" \
    "figure and source of one outlet"
expect_grep '| South \\& Post | about 40 | a charity |' "$TMPD/report.md" \
    "hedged figure of another"
expect_grep '| 2500 | an unnamed \\<source\\> |' "$TMPD/report.md" \
    "third figure"
expect_grep 'same \\\*wording\\\* \\| ok' "$TMPD/report.md" \
    "note escaped"
expect_grep '^### Still open' "$TMPD/report.md" "open section"
expect_grep "^- conflict $K1: not reviewed" "$TMPD/report.md" \
    "unreviewed conflict open"
expect_grep "^- conflict $K2: disputed by marek" "$TMPD/report.md" \
    "disputed conflict open"
expect_grep "^- claim $C: needs-check by ines" "$TMPD/report.md" \
    "claim to check open"
if grep -q "^- pair $P:" "$TMPD/report.md"; then
	fail "confirmed pair listed as open"; else ok "confirmed pair not open"; fi

expect_rc 0 "report --format=txt" px report --format=txt
expect_grep "Story $S: Floods in the valley & \"the dam\"" "$TMPD/out" \
    "plain text unescaped"
expect_rc 0 "report --story" px report --story "$S" --format=txt
expect_rc 1 "report of a story that does not exist" px report --story 999
expect_rc 2 "unknown format" px report --format=pdf
expect_rc 2 "bad story id" px report --story x

expect_rc 0 "report --format=json" px report --format=json
cp "$TMPD/out" "$TMPD/report.json"
if [ $have_python -eq 1 ]; then
	if python3 - "$TMPD/report.json" "$K1" "$K2" "$C" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
k1, k2, c = (int(x) for x in sys.argv[2:5])
assert d["format"] == "parallax-report/1" and "generated" in d
st = d["stories"][0]
for key in ("id", "title", "first_date", "last_date", "outlets", "articles",
            "shared", "conflicts", "conflict_pairs", "verdicts", "open"):
    assert key in st, key
assert st["outlets"] == sorted(["North Wire", "South & Post", "East <Herald>"])
assert len(st["articles"]) == 3
assert len(st["shared"]) == 16 and len(st["conflict_pairs"]) == 4
s0 = st["shared"][0]["sentences"]
assert {x["outlet"] for x in s0} <= set(st["outlets"]) and s0[0]["text"]
k = {x["id"]: x for x in st["conflicts"]}
assert sorted(x["value"] for x in k[k1]["claims"]) == [12, 40, 2500]
assert {x["source"] for x in k[k1]["claims"]} == \
    {"officials", "a charity", "an unnamed <source>"}
assert [x["approx"] for x in k[k1]["claims"] if x["value"] == 40] == [True]
assert k[k2]["verdict"]["verdict"] == "disputed"
assert len(st["verdicts"]) == 3
openi = [(o["target"], o["target_id"]) for o in st["open"]]
assert openi == [("conflict", k1), ("conflict", k2), ("claim", c)], openi
assert st["open"][0]["verdict"] is None
PY
	then ok "json report: keys, figures, sources, open items"
	else fail "json report"; fi
fi

# --- the demo articles --------------------------------------------------
DEMO=${top_srcdir:-.}/share/parallax/demo
DDB=$TMPD/demo.db
if ! "$PARALLAX" --db "$DDB" import "$DEMO"/*.txt >/dev/null 2>"$TMPD/err"
then
	fail "import of the demo articles"; sed 's/^/  | /' "$TMPD/err"
	finish; exit
fi
aligned=0
if "$PARALLAX" --help | grep -q '^  align '; then
	"$PARALLAX" --db "$DDB" align >/dev/null 2>"$TMPD/err" && aligned=1 ||
	    fail "align of the demo articles"
fi
for f in md txt json html; do
	expect_rc 0 "demo report --format=$f" "$PARALLAX" --db "$DDB" report \
	    --format=$f
	cp "$TMPD/out" "$TMPD/demo.$f"
done
n=$(ls "$DEMO"/*.txt | wc -l)
if [ $have_python -eq 1 ]; then
	if python3 - "$TMPD/demo.json" "$n" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
paths = [a["path"] for s in d["stories"] for a in s["articles"]]
assert len(paths) == int(sys.argv[2]) == len(set(paths)), paths
PY
	then ok "demo json report lists every article once"
	else fail "demo json report lists every article once"; fi
fi
[ "$(grep -c '^| [0-9]* |' "$TMPD/demo.md")" -ge "$n" ] &&
    ok "demo Markdown report has a row per article" ||
    fail "demo Markdown report has a row per article"

if [ $aligned -eq 0 ]; then
	echo "# SKIP demo conflict assertions: no 'parallax align' yet"
elif [ $have_python -eq 1 ]; then
	# The conflicts planted in the demo (share/parallax/demo/README).
	if python3 - "$TMPD/demo.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
def values(kind):
    out = set()
    for s in d["stories"]:
        for k in s["conflicts"]:
            if k["kind"] == kind:
                out |= {c.get("value") for c in k["claims"]}
    return out
killed = values("killed")
assert {120, 412, 2000} <= killed, killed
assert {23, 31} <= values("missing"), values("missing")
# Not asserted: 42 "people" against 17 "fishermen" detained; the engine
# does not yet group a count of people with a count of an occupation.
assert values("venue") or values("venue-denied")
assert len([s for s in d["stories"] if s["id"] is not None]) == 3
for s in d["stories"]:
    unreviewed = {o["target_id"] for o in s["open"]
                  if o["target"] == "conflict" and o["verdict"] is None}
    assert unreviewed == {k["id"] for k in s["conflicts"]}
PY
	then ok "demo report shows the planted conflicts, all open"
	else fail "demo report shows the planted conflicts"; fi
	expect_grep '412' "$TMPD/demo.md" "demo Markdown shows a figure"
fi
finish
