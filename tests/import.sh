#!/bin/sh
# import.sh: `parallax import` on every kind of bad input the issue lists,
# each its own case with exit status, message and summary line checked;
# then list, show, search and export on what went in; then a kill test:
# SIGKILL an import of many files a few times, after which the database is
# intact and every file reported as imported is in it.
. "${top_srcdir:-.}/tests/lib.sh"

DB=$TMPD/db/sub/parallax.db		# the parent directories do not exist
D=$TMPD/in
mkdir -p "$D"
px() { "$PARALLAX" --db "$DB" "$@"; }

# expect_summary I P R: the summary line of the last run.
expect_summary() {
	expect_grep "^$1 imported, $2 already present, $3 rejected\$" \
	    "$TMPD/err" "summary $1/$2/$3"
}

# A good article of our own.
article() {
	printf 'Ministers meet for border talks in %s\n\n' "$1"
	printf 'Foreign ministers from both countries met in %s on Tuesday ' "$1"
	printf 'to discuss the reopening of the border crossing.\n\n'
	printf 'The talks lasted six hours, officials said, and will resume '
	printf 'next week.\n\nA joint statement is expected on Friday.\n'
}

article Vilnius >"$D/good.txt"
expect_rc 0 "good file imported" px import "$D/good.txt"
expect_summary 1 0 0
[ -f "$DB" ] && ok "database parent directories created" ||
	fail "no database at $DB"

# --- usage -------------------------------------------------------------
expect_rc 2 "no path is a usage error" px import
expect_grep "Try 'parallax --help'" "$TMPD/err" "usage hint"
expect_rc 2 "bad --max-size" px import --max-size=lots "$D/good.txt"
expect_rc 2 "unknown option" px import --frobnicate "$D/good.txt"
expect_rc 0 "import --help" px import --help
expect_grep "^Usage: parallax import" "$TMPD/out" "import --help usage"

# --- bad inputs, one case each ------------------------------------------
expect_rc 1 "missing path" px import "$D/nonexistent.txt"
expect_grep "^parallax: $D/nonexistent.txt: " "$TMPD/err" "missing: message"
expect_summary 0 0 1

# Permissions do not stop root: as root, these two cases run as nobody
# (setpriv) with a database of their own, or are skipped with a note.
PX_AS=
PDB=$DB
if [ "$(id -u)" -eq 0 ]; then
	if command -v setpriv >/dev/null 2>&1; then
		PX_AS="setpriv --reuid=65534 --regid=65534 --clear-groups"
		chmod 711 "$TMPD"
		chmod 755 "$D"
		mkdir -m 777 "$TMPD/nobody"
		PDB=$TMPD/nobody/p.db
	else
		echo "note: root without setpriv: unreadable file and directory skipped"
	fi
fi
if [ "$(id -u)" -ne 0 ] || [ -n "$PX_AS" ]; then
	article Riga >"$D/locked.txt"
	chmod 000 "$D/locked.txt"
	expect_rc 1 "unreadable file" $PX_AS "$PARALLAX" --db "$PDB" import \
	    "$D/locked.txt"
	expect_grep "^parallax: $D/locked.txt: " "$TMPD/err" "unreadable: message"
	expect_summary 0 0 1
	chmod 644 "$D/locked.txt"
	mkdir "$D/lockeddir"
	article Tallinn >"$D/lockeddir/a.txt"
	chmod 000 "$D/lockeddir"
	expect_rc 1 "unreadable directory" $PX_AS "$PARALLAX" --db "$PDB" \
	    import "$D/lockeddir"
	expect_grep "^parallax: $D/lockeddir: " "$TMPD/err" \
	    "unreadable directory: message"
	chmod 755 "$D/lockeddir"
	rm -rf "$D/lockeddir" "$D/locked.txt"
fi
chmod 700 "$TMPD"

: >"$D/empty.txt"
expect_rc 1 "empty file" px import "$D/empty.txt"
expect_grep "^parallax: $D/empty.txt: " "$TMPD/err" "empty: message"
expect_summary 0 0 1

printf '  \n\t\n   \n\n' >"$D/blank.txt"
expect_rc 1 "only white space" px import "$D/blank.txt"
expect_grep "^parallax: $D/blank.txt: " "$TMPD/err" "white space: message"

printf 'Share this article\nSkip to content\nBack to top\nCopy link\n' \
	>"$D/furniture.txt"
expect_rc 1 "only page furniture" px import "$D/furniture.txt"
expect_grep "^parallax: $D/furniture.txt: " "$TMPD/err" "furniture: message"

{ article Oslo; printf 'bin\000ary\000\001\002'; } >"$D/binary.txt"
expect_rc 1 "binary (NUL bytes)" px import "$D/binary.txt"
expect_grep "^parallax: $D/binary.txt: " "$TMPD/err" "binary: message"

article Bergen >"$D/big.txt"
expect_rc 1 "over --max-size" px import --max-size=100 "$D/big.txt"
expect_grep "^parallax: $D/big.txt: .*100 bytes" "$TMPD/err" \
	"max-size: message names the limit"

{ article Turku; printf 'A broken byte \377 here is kept.\n'; } >"$D/bad-utf8.txt"
expect_rc 0 "invalid UTF-8 imported" px import "$D/bad-utf8.txt"
expect_grep "^parallax: warning: $D/bad-utf8.txt: " "$TMPD/err" \
	"invalid UTF-8: warning"
expect_summary 1 0 0

{ article Espoo; printf 'The minister\222s caf\351 statement was \223clear\224.\n'; } \
	>"$D/cp1252.txt"
expect_rc 0 "Windows-1252 imported" px import "$D/cp1252.txt"
expect_grep "^parallax: warning: $D/cp1252.txt: .*Windows-1252" "$TMPD/err" \
	"Windows-1252: warning"

awk 'BEGIN { printf "Officials gather for long talks\n\n";
	for (i = 0; length(s) < 1048576; i++)
		s = s sprintf("Speaker %d said item %d of the agenda was %s. ",
		    i, i * 7, (i % 2) ? "settled" : "open");
	print s }' >"$D/oneline.txt"
expect_rc 0 "1 MiB single line" px import "$D/oneline.txt"
expect_summary 1 0 0

SPACED="$D/dir with spaces/Zürich – report ✓.txt"
mkdir -p "$D/dir with spaces"
article Zürich >"$SPACED"
expect_rc 0 "path with spaces and non-ASCII" px import -v "$SPACED"
expect_grep "$SPACED: imported as article" "$TMPD/err" "-v names the path"

article Geneva | px import - >"$TMPD/out" 2>"$TMPD/err"
[ $? -eq 0 ] && ok "standard input" || fail "standard input"
expect_summary 1 0 0

article Basel >"$D/twice.txt"
expect_rc 0 "same file twice in one command" px import "$D/twice.txt" \
	"$D/twice.txt"
expect_summary 1 1 0
expect_rc 0 "already imported file again" px import "$D/good.txt"
expect_summary 0 1 0

# A mix: the others are imported, the exit status says something failed.
article Lugano >"$D/mix-ok.txt"
expect_rc 1 "mix of good and bad" px import "$D/mix-ok.txt" "$D/empty.txt"
expect_summary 1 0 1

# Directories: recursive, sorted, regular files only.
mkdir -p "$D/tree/b" "$D/tree/a"
article Bern >"$D/tree/b/2.txt"
article Chur >"$D/tree/a/1.txt"
article Sion >"$D/tree/0.txt"
expect_rc 0 "directory import" px import -v "$D/tree"
grep -o 'tree/[^:]*' "$TMPD/err" | tr '\n' ' ' >"$TMPD/order"
[ "$(cat "$TMPD/order")" = "tree/0.txt tree/a/1.txt tree/b/2.txt " ] &&
	ok "directory walked in sorted order" ||
	fail "directory order: $(cat "$TMPD/order")"

mkdir "$D/nothing"
expect_rc 0 "empty directory" px import "$D/nothing"
expect_grep "warning: $D/nothing: no files" "$TMPD/err" "empty directory: warning"
expect_summary 0 0 0

# An outlet in wide characters: list's columns still line up.
article Dalian >"$D/wide.txt"
expect_rc 0 "--outlet" px import --outlet "新华社" "$D/wide.txt"

# --- databases that must not be touched ---------------------------------
printf 'not a database at all\n' >"$TMPD/text.db"
before=$(cksum <"$TMPD/text.db")
expect_rc 1 "database file that is not SQLite" \
	"$PARALLAX" --db "$TMPD/text.db" import "$D/good.txt"
expect_grep "not a parallax database" "$TMPD/err" "not SQLite: message"
[ "$(cksum <"$TMPD/text.db")" = "$before" ] && ok "not SQLite: unchanged" ||
	fail "not SQLite: file changed"

cp "$DB" "$TMPD/ro.db"
chmod 444 "$TMPD/ro.db"
before=$(cksum <"$TMPD/ro.db")
expect_rc 1 "read-only database" \
	"$PARALLAX" --db "$TMPD/ro.db" import "$D/mix-ok.txt"
expect_grep "read-only" "$TMPD/err" "read-only: message"
[ "$(cksum <"$TMPD/ro.db")" = "$before" ] && ok "read-only: unchanged" ||
	fail "read-only: file changed"
expect_rc 0 "read-only database can be listed" \
	"$PARALLAX" --db "$TMPD/ro.db" list --format=tsv
[ "$(cksum <"$TMPD/ro.db")" = "$before" ] && ok "list left it unchanged" ||
	fail "list changed the read-only file"

# A copy in a directory nobody may write: no -shm can be made beside it.
mkdir "$TMPD/rodir"
cp "$DB" "$TMPD/rodir/p.db"
chmod 444 "$TMPD/rodir/p.db"
chmod 555 "$TMPD/rodir"
AS=
if [ "$(id -u)" -eq 0 ]; then
	if command -v setpriv >/dev/null 2>&1; then
		AS="setpriv --reuid=65534 --regid=65534 --clear-groups"
		chmod 711 "$TMPD"
	fi
fi
if [ "$(id -u)" -eq 0 ] && [ -z "$AS" ]; then
	echo "note: root without setpriv: read-only directory case skipped"
else
	expect_rc 0 "read-only database in a read-only directory: list" \
		$AS "$PARALLAX" --db "$TMPD/rodir/p.db" list --format=tsv
	n=$(wc -l <"$TMPD/out")
	[ "$n" -gt 0 ] && ok "read-only directory: $n rows" ||
		fail "read-only directory: nothing listed"
	expect_rc 1 "read-only directory: import refused" \
		$AS "$PARALLAX" --db "$TMPD/rodir/p.db" import "$D/good.txt"
fi
chmod 700 "$TMPD"
chmod 755 "$TMPD/rodir"

# --- what went in ---------------------------------------------------------
expect_rc 0 "list" px list
expect_grep "Ministers meet for border talks in Vilnius" "$TMPD/out" \
	"list shows a title"
px list --format=tsv >"$TMPD/tsv"
python3 - "$TMPD/out" "$TMPD/tsv" <<'EOF' && ok "list: columns aligned in cells" ||
import sys, unicodedata
def cells(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
rows = open(sys.argv[1], encoding="utf-8").read().splitlines()
titles = [l.split("\t")[3] for l in open(sys.argv[2], encoding="utf-8")]
want = cells(rows[0][:rows[0].index("TITLE")])
for line, title in zip(rows[1:], titles):
    if title:
        assert cells(line[:line.rindex(title)]) == want, (line, want)
EOF
	fail "list: columns not aligned"
expect_grep "新华社" "$TMPD/out" "list: --outlet filed the article"
expect_rc 0 "list tsv" px list --format=tsv
n=$(wc -l <"$TMPD/out")
[ "$n" -eq 12 ] && ok "list: 12 articles" || fail "list: $n articles"
expect_rc 2 "list bad format" px list --format=xml
expect_rc 0 "list json" px list --format=json
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert len(a)==12' \
	"$TMPD/out" && ok "list json parses" || fail "list json"

expect_rc 0 "show" px show 1
expect_grep "Vilnius" "$TMPD/out" "show prints the article"
expect_rc 0 "show --raw" px show --raw 1
cmp -s "$TMPD/out" "$D/good.txt" && ok "show --raw gives the bytes back" ||
	fail "show --raw differs"
id=$(px list --format=tsv | awk -F'\t' '/Turku/ { print $1 }')
px show --raw "$id" >"$TMPD/raw" 2>/dev/null
cmp -s "$TMPD/raw" "$D/bad-utf8.txt" && ok "raw keeps invalid bytes" ||
	fail "raw of invalid UTF-8 differs"
expect_rc 1 "show a missing article" px show 9999
expect_rc 2 "show a bad id" px show x12
# a wire page that prints its date without the year
printf 'Ferry back in service\nHARBOURTON, March 14. /TASS/.\nThe island ferry sailed again, the operator said.\n' |
	"$PARALLAX" --db "$TMPD/md.db" import - >/dev/null 2>&1
expect_rc 0 "show a page dated without its year" \
	"$PARALLAX" --db "$TMPD/md.db" show 1
expect_grep "^Date: *03-14 (no year)$" "$TMPD/out" "show: its month and day"
expect_rc 0 "list a page dated without its year" \
	"$PARALLAX" --db "$TMPD/md.db" list
expect_grep " --03-14 " "$TMPD/out" "list: its month and day, ISO 8601's way"

expect_rc 0 "search" px search border crossing
expect_grep "^[0-9]*:[0-9]*  " "$TMPD/out" "search line format"
expect_rc 0 "search with FTS5 syntax characters" px search 'NEAR(border' '-x' 'AND' '*'
expect_rc 2 "search unbalanced quote" px search '"border'
expect_grep "quote" "$TMPD/err" "search: clear message"
if grep -qi "sqlite\|fts5" "$TMPD/err"; then fail "search error leaks SQL"; else
	ok "search error is not an SQL dump"; fi

expect_rc 0 "export" px export --format=json
python3 - "$TMPD/out" "$SPACED" <<'EOF' && ok "export: format, keys, paths" || fail "export"
import json, sys
ex = json.load(open(sys.argv[1]))
assert list(ex)[:6] == ["format", "articles", "pairs", "claims", "conflicts",
                        "verdicts"], list(ex)
assert ex["format"] == "parallax-export/1"
a = ex["articles"]
assert len(a) == 12
keys = ["id", "path", "outlet", "cites", "title", "date", "story", "sentences"]
assert all(list(x)[:8] == keys for x in a)
paths = [x["path"] for x in a]
assert None in paths                      # standard input
assert sys.argv[2] in paths               # spaces and non-ASCII kept
s = a[0]["sentences"][0]
assert list(s) == ["id", "index", "text", "start", "end"]
raw = open(paths[0], "rb").read()
assert s["end"] > s["start"] and s["end"] <= len(raw)
EOF
expect_rc 2 "export unknown format" px export --format=xml

# --- timings --------------------------------------------------------------
# --timings: one line per step (seconds, ms per article, share), the steps
# adding up to no more than the total, the engine's steps only when it ran.
mkdir -p "$TMPD/tm"
for c in Riga Tallinn Oslo; do article "$c" >"$TMPD/tm/$c.txt"; done
check_timings() {	# FILE ENGINE(0|1)
	python3 - "$1" "$2" <<'EOF'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
i = next(k for k, l in enumerate(lines) if l.startswith("Where the time went"))
rows = {}
for l in lines[i + 1:]:
    m = re.match(r"^  (.*\S)\s+(\d+\.\d\d)\s+(\d+\.\d{3})\s+(\d+\.\d)%$", l)
    if not m:
        break
    rows[m.group(1)] = float(m.group(2))
ingest = ["parse files (this thread)", "wait for the parsing threads",
          "store articles", "commit"]
engine = ["read the article", "prepare its sentences", "look up candidates",
          "read candidates' tokens", "prepare and compare",
          "index its sentences", "its claims", "its story and pairs",
          "its story's conflicts", "write the index"]
want = ingest + (engine if sys.argv[2] == "1" else [])
for k in want:
    assert k in rows, (k, rows)
for k in engine:
    assert sys.argv[2] == "1" or k not in rows, k
steps = sum(rows[k] for k in want)
# each figure is rounded to 0.01 s: the sums may be off by half of that
# per row
slack = 0.005 * (len(want) + 2) + 0.001
assert rows["total"] > 0 and steps <= rows["total"] + slack, rows
assert abs(steps + rows["everything else"] - rows["total"]) < slack, rows
counts = [l for l in lines if "sentence pairs compared" in l]
assert len(counts) == (1 if sys.argv[2] == "1" else 0), counts
EOF
}
expect_rc 0 "import --timings" "$PARALLAX" --db "$TMPD/tm.db" import \
    --timings "$TMPD/tm"
check_timings "$TMPD/err" 1 && ok "timings: every step, adding up" ||
	{ fail "timings"; sed 's/^/  | /' "$TMPD/err"; }
rm -f "$TMPD/tm.db"*
expect_rc 0 "import --timings --no-align -j 0" "$PARALLAX" --db \
    "$TMPD/tm.db" import --timings --no-align -j 0 "$TMPD/tm"
check_timings "$TMPD/err" 0 && ok "timings without the engine" ||
	{ fail "timings --no-align"; sed 's/^/  | /' "$TMPD/err"; }

# --- kill test ------------------------------------------------------------
K=$TMPD/kill
mkdir -p "$K/in"
awk -v n=3000 -v dir="$K/in" -v seed=7 -f "$top_srcdir/tests/gen-articles.awk"
KDB=$K/kill.db
: >"$K/reported"
# Each round is killed once it has reported a first batch (so in the
# middle of the next one), or after a few seconds.
for round in 1 2 3; do
	: >"$K/round$round"
	"$PARALLAX" --db "$KDB" import -v "$K/in" 2>"$K/round$round" &
	pid=$!
	tries=0
	while [ "$tries" -lt 100 ] && kill -0 "$pid" 2>/dev/null &&
	    ! grep -q 'imported as' "$K/round$round"; do
		sleep 0.05
		tries=$((tries + 1))
	done
	sleep 0.1
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	cat "$K/round$round" >>"$K/reported"
	echo "note: round $round killed: $(grep -c 'imported as' \
	    "$K/reported") imports reported so far"
done
"$PARALLAX" --db "$KDB" import -v "$K/in" 2>>"$K/reported"
res=$(python3 - "$KDB" "$K/reported" <<'EOF'
import re, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
fts = db.execute("INSERT INTO sentences_fts (sentences_fts, rank) "
                 "VALUES ('integrity-check', 1)") and "ok"
stored = {p for (p,) in db.execute("SELECT path FROM articles")}
reported = set()
for line in open(sys.argv[2], encoding="utf-8", errors="replace"):
    m = re.match(r"parallax: (.*): imported as article \d+", line)
    if m:
        reported.add(m.group(1))
missing = reported - stored
n = db.execute("SELECT count(*) FROM articles").fetchone()[0]
print(integrity, fts, len(reported), len(missing), n)
EOF
)
set -- $res
[ "${1:-}" = ok ] && ok "kill: integrity_check ok" || fail "kill: integrity $res"
[ "${2:-}" = ok ] && ok "kill: FTS index consistent" || fail "kill: fts $res"
[ "${4:-1}" -eq 0 ] && ok "kill: all ${3:-?} reported imports are stored" ||
	fail "kill: reported but missing: $res"
[ "${5:-0}" -eq 3000 ] && ok "kill: every file in after the last run" ||
	fail "kill: $res"

finish
