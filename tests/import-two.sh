#!/bin/sh
# import-two.sh: two editors import into one database at the same time,
# each half of a generated corpus whose stories run through both halves.
# Both imports must succeed with no warning or error, the database must
# pass integrity_check, and the engine must find as many shared sentences
# across the halves as when the halves are imported one after the other:
# an engine that kept the index as it last read it never found the other
# editor's articles (a quarter of the `same` pairs were lost).  Then 150
# pairs of imports starting together on a new file (one of them was told
# "database is locked" about once in fifty, and about once in a few
# hundred that the file was another program's).
. "${top_srcdir:-.}/tests/lib.sh"

py=$(command -v python3) || { echo "SKIP: no python3"; exit 77; }
DRIVER=${top_builddir:-.}/tests/review-driver

"$py" "$top_srcdir/bench/gen" --quiet --articles 600 --stories 40 \
    --outlets 12 --seed 11 "$TMPD/gen" ||
	{ fail "bench/gen"; finish; exit 1; }
mkdir -p "$TMPD/a" "$TMPD/b"
i=0
for f in "$TMPD"/gen/*/*.txt; do
	if [ $((i % 2)) -eq 0 ]; then cp "$f" "$TMPD/a/"; else cp "$f" "$TMPD/b/"; fi
	i=$((i + 1))
done

same() {
	"$PARALLAX" --db "$1" export --format=json >"$TMPD/x.json" &&
	"$py" -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(sum(1 for p in d["pairs"] if p["relation"] == "same"))' "$TMPD/x.json"
}

# One after the other.
"$PARALLAX" --db "$TMPD/seq.db" import "$TMPD/a" >/dev/null 2>"$TMPD/err.seq" &&
"$PARALLAX" --db "$TMPD/seq.db" import "$TMPD/b" >/dev/null 2>>"$TMPD/err.seq" ||
	fail "sequential imports"
want=$(same "$TMPD/seq.db")

# At once: each import is in the other's way for every batch.
"$PARALLAX" --db "$TMPD/two.db" import --jobs 1 "$TMPD/a" >"$TMPD/out.a" \
    2>"$TMPD/err.a" & pa=$!
"$PARALLAX" --db "$TMPD/two.db" import --jobs 1 "$TMPD/b" >"$TMPD/out.b" \
    2>"$TMPD/err.b" & pb=$!
wait $pa; ra=$?
wait $pb; rb=$?
[ $ra -eq 0 ] && [ $rb -eq 0 ] && ok "both imports succeed" ||
	fail "imports exit $ra and $rb"
# stderr holds each import's summary line and nothing else
if grep -v 'imported, 0 already present, 0 rejected$' "$TMPD/err.a" \
    "$TMPD/err.b" >"$TMPD/err"; then
	fail "the imports said:"; head "$TMPD/err"
else
	ok "no warning or error on stderr"
fi
n=$("$PARALLAX" --db "$TMPD/two.db" list --format=tsv 2>/dev/null | wc -l)
[ "$n" -eq 600 ] && ok "600 articles stored" || fail "$n articles stored"
got=$("$DRIVER" integrity "$TMPD/two.db" 2>&1)
[ "$got" = ok ] && ok "integrity_check ok" || fail "integrity_check: $got"
have=$(same "$TMPD/two.db")
# The order of the articles differs, which moves a few pairs either way.
if [ "${have:-0}" -ge $((want * 97 / 100)) ] && [ "${want:-0}" -gt 0 ]; then
	ok "same pairs at once $have, one after the other $want"
else
	fail "same pairs at once ${have:-?}, one after the other ${want:-?}"
fi

# Two imports that start together on a new file: each sets the file's
# journal mode, and SQLite may answer one of them "database is locked"
# at once (without waiting) while the other does.  150 times.
printf 'Ferry resumes service\n\nThe ferry sailed again on Monday.\n' \
    >"$TMPD/one.txt"
printf 'Bridge reopens\n\nThe old bridge reopened on Tuesday.\n' \
    >"$TMPD/two.txt"
bad=0 i=0
while [ $i -lt 150 ]; do
	rm -f "$TMPD/new.db" "$TMPD/new.db-wal" "$TMPD/new.db-shm"
	"$PARALLAX" --db "$TMPD/new.db" import --no-align "$TMPD/one.txt" \
	    >/dev/null 2>"$TMPD/e1" & p1=$!
	"$PARALLAX" --db "$TMPD/new.db" import --no-align "$TMPD/two.txt" \
	    >/dev/null 2>"$TMPD/e2"
	r2=$?
	wait $p1; r1=$?
	if [ $r1 -ne 0 ] || [ $r2 -ne 0 ]; then
		bad=$((bad + 1)); cat "$TMPD/e1" "$TMPD/e2" | grep -v imported
	fi
	i=$((i + 1))
done
[ $bad -eq 0 ] && ok "150 pairs of imports starting on a new file" ||
	fail "$bad of 150 pairs of imports on a new file failed"
finish
