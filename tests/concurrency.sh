#!/bin/sh
# concurrency.sh: editors working on one database at the same time.  Four
# writer processes give 500 verdicts each through `parallax verdict` (one
# process per verdict, as a script would) while two readers list the
# verdicts and export the database in a loop.  Every verdict must be there
# once, the database must pass PRAGMA integrity_check, and no process may
# print anything on stderr ("database is locked" or any other error).
. "${top_srcdir:-.}/tests/lib.sh"

DRIVER=${top_builddir:-.}/tests/review-driver
DB=$TMPD/px.db
NW=4
N=${PX_CONCURRENCY_N:-500}

set -- $("$DRIVER" fixture "$DB")
[ "${5:-}" ] || { fail "fixture"; finish; exit 1; }
P0=$4 P1=$5
NP=$((P1 - P0 + 1))

writer() {
	w=$1 i=0
	while [ $i -lt $N ]; do
		"$PARALLAX" --db "$DB" --editor "w$w" verdict pair \
		    $((P0 + (i + w) % NP)) needs-check --note "w$w-$i" \
		    >>"$TMPD/ids.$w" 2>>"$TMPD/err.w$w" ||
		    echo "exit status $? at $i" >>"$TMPD/err.w$w"
		i=$((i + 1))
	done
}

reader() {
	r=$1 n=0
	while [ ! -e "$TMPD/done" ]; do
		case $r in
		verdicts)
			"$PARALLAX" --db "$DB" verdicts --format=tsv \
			    >"$TMPD/out.$r" 2>>"$TMPD/err.$r" ;;
		export)
			"$PARALLAX" --db "$DB" export --format=json \
			    >"$TMPD/out.$r" 2>>"$TMPD/err.$r" ;;
		esac || echo "exit status $? on read $n" >>"$TMPD/err.$r"
		n=$((n + 1))
		sleep 0.05	# leave the writers some of the CPU
	done
	echo $n >"$TMPD/reads.$r"
}

start=$(date +%s)
reader verdicts & r1=$!
reader export & r2=$!
pids=
w=1
while [ $w -le $NW ]; do
	writer $w & pids="$pids $!"
	w=$((w + 1))
done
for p in $pids; do wait "$p"; done
touch "$TMPD/done"
wait "$r1"; wait "$r2"
echo "# $((NW * N)) verdicts by $NW writers in $(( $(date +%s) - start )) s"

for f in "$TMPD"/err.*; do
	if [ -s "$f" ]; then
		fail "stderr of ${f##*/} is not empty"
		sort "$f" | uniq -c | sort -rn | head -5 | sed 's/^/  | /'
	else
		ok "stderr of ${f##*/} is empty"
	fi
done
for r in verdicts export; do
	n=$(cat "$TMPD/reads.$r" 2>/dev/null || echo 0)
	[ "$n" -gt 0 ] && ok "reader $r ran $n times alongside" ||
	    fail "reader $r never ran"
done

want=$((NW * N))
got=$(cat "$TMPD"/ids.* | wc -l)
[ "$got" -eq "$want" ] && ok "$want ids printed" ||
    fail "$got ids printed, wanted $want"
got=$(cat "$TMPD"/ids.* | sort -u | wc -l)
[ "$got" -eq "$want" ] && ok "ids are distinct" || fail "$got distinct ids"

"$PARALLAX" --db "$DB" verdicts --format=tsv >"$TMPD/all" 2>"$TMPD/err"
got=$(wc -l <"$TMPD/all")
[ "$got" -eq "$want" ] && ok "$want verdicts stored" ||
    fail "$got verdicts stored, wanted $want"
got=$(cut -f7 "$TMPD/all" | sort -u | wc -l)
[ "$got" -eq "$want" ] && ok "every note stored once" ||
    fail "$got distinct notes, wanted $want"
cut -f1 "$TMPD/all" | sort >"$TMPD/stored"
cat "$TMPD"/ids.* | sort >"$TMPD/printed"
cmp -s "$TMPD/stored" "$TMPD/printed" && ok "printed ids are the stored ids" ||
    fail "printed ids differ from the stored ones"

if command -v python3 >/dev/null 2>&1; then
	"$PARALLAX" --db "$DB" export --format=json >"$TMPD/export.json"
	if python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
sys.exit(0 if len(d["verdicts"]) == int(sys.argv[2]) else 1)' \
	    "$TMPD/export.json" "$want"; then
		ok "export lists $want verdicts"
	else
		fail "export does not list $want verdicts"
	fi
fi

got=$("$DRIVER" integrity "$DB" 2>&1)
[ "$got" = ok ] && ok "integrity_check ok" || fail "integrity_check: $got"
finish
