#!/bin/sh
# bench-gen.sh: the benchmark corpus generator (bench/gen) is deterministic
# and its manifest is true to the files: every planted sentence is on the
# line it names, every repeated paragraph is written twice.  This tests the
# generator only; the benchmarks themselves never run in make check.
. "${top_srcdir:-.}/tests/lib.sh"

py=$(command -v python3) || { echo "SKIP: no python3"; exit 77; }
gen=$top_srcdir/bench/gen

expect_rc 0 "gen 300 articles" "$py" "$gen" --quiet --articles 300 \
    --stories 40 --outlets 12 --seed 7 "$TMPD/a"
expect_rc 0 "gen again, two jobs" "$py" "$gen" --quiet --articles 300 \
    --stories 40 --outlets 12 --seed 7 --jobs 2 "$TMPD/b"
expect_rc 0 "gen, another seed" "$py" "$gen" --quiet --articles 300 \
    --stories 40 --outlets 12 --seed 8 "$TMPD/c"
if diff -r "$TMPD/a" "$TMPD/b" >/dev/null; then
	ok "same seed, same corpus (any --jobs)"; else fail "not deterministic"; fi
if diff -r "$TMPD/a" "$TMPD/c" >/dev/null; then
	fail "another seed gave the same corpus"; else ok "another seed differs"; fi
n=$(find "$TMPD/a" -name '*.txt' | wc -l)
[ "$n" -eq 300 ] && ok "300 files" || fail "$n files, wanted 300"
expect_rc 2 "more stories than articles is a usage error" "$py" "$gen" \
    --quiet --articles 3 --stories 4 "$TMPD/d"

"$py" - "$TMPD/a" >"$TMPD/check" 2>&1 <<'PY'
import os, sys
top = sys.argv[1]
kinds, bad, lines = {}, [], {}
def line(f, n):
    if f not in lines:
        with open(os.path.join(top, f), encoding="utf-8") as fh:
            lines[f] = fh.read().split("\n")
    return lines[f][n - 1]
for row in open(os.path.join(top, "planted.tsv"), encoding="utf-8"):
    if row.startswith("#"):
        continue
    x = row.rstrip("\n").split("\t")
    k = x[0] + ("/" + x[1] if x[0] == "pair" else "")
    kinds[k] = kinds.get(k, 0) + 1
    if x[0] == "pair":
        if x[5] not in line(x[3], int(x[4])) or \
                x[8] not in line(x[6], int(x[7])):
            bad.append(row)
    elif x[0] == "claim":
        if x[9] not in line(x[7], int(x[8])):
            bad.append(row)
    elif x[0] == "repeat":
        if not line(x[1], int(x[2])).endswith(x[4]) or \
                line(x[1], int(x[3])) != x[4]:
            bad.append(row)
for k in ("article", "pair/same", "pair/conflict", "claim", "repeat"):
    if k not in kinds:
        bad.append("no %s rows" % k)
print("\n".join(bad) if bad else "OK")
PY
if [ "$(cat "$TMPD/check")" = OK ]; then
	ok "manifest agrees with the files"
else
	fail "manifest"; head -5 "$TMPD/check"
fi
finish
