#!/bin/sh
# kill.sh: a writer killed with SIGKILL in the middle of its work, twenty
# times.  Odd rounds kill the review driver while it adds verdict after
# verdict in one process; even rounds kill a `parallax verdict` process
# started by a script loop.  After every round the database must pass
# PRAGMA integrity_check, and every verdict whose writer had printed its id
# (the id is printed only after the commit) must be stored.
. "${top_srcdir:-.}/tests/lib.sh"

DRIVER=${top_builddir:-.}/tests/review-driver
DB=$TMPD/px.db
ROUNDS=20

set -- $("$DRIVER" fixture "$DB")
[ "${5:-}" ] || { fail "fixture"; finish; exit 1; }
P0=$4 P1=$5

# A process killed while LeakSanitizer is scanning it at exit leaves the
# scanner's complaint ("Unable to get registers from thread") on stderr;
# that says nothing about the program, and leaks are checked by every
# other test, so the processes killed here do not look for them.
case ${ASAN_OPTIONS:-} in
?*) ASAN_OPTIONS=$ASAN_OPTIONS:detect_leaks=0 ;;
*) ASAN_OPTIONS=detect_leaks=0 ;;
esac
export ASAN_OPTIONS

# A script giving verdicts one process at a time; the running process's
# pid is in $TMPD/cur.
cli_loop() {
	r=$1 i=0
	while :; do
		"$PARALLAX" --db "$DB" --editor "k$r" verdict pair \
		    $((P0 + i % (P1 - P0 + 1))) disputed --note "k$r-$i" \
		    >>"$TMPD/ids.$r" 2>>"$TMPD/err.$r" &
		echo $! >"$TMPD/cur"
		wait $!
		i=$((i + 1))
	done
}

r=1
bad=0
while [ $r -le $ROUNDS ]; do
	: >"$TMPD/ids.$r"
	: >"$TMPD/cur"
	if [ $((r % 2)) -eq 1 ]; then
		"$DRIVER" write "$DB" "k$r" 1000000 "$P0" "$P1" \
		    >"$TMPD/ids.$r" 2>"$TMPD/err.$r" &
		pid=$!
		sleep "0.$((r * 37 % 7 + 2))"
		kill -KILL "$pid"
		wait "$pid" 2>/dev/null
	else
		cli_loop $r &
		loop=$!
		sleep "0.$((r * 37 % 7 + 2))"
		kill -STOP "$loop"		# no new process from now on
		cur=$(cat "$TMPD/cur")
		[ -n "$cur" ] && kill -KILL "$cur" 2>/dev/null
		kill -KILL "$loop"
		wait "$loop" 2>/dev/null
		[ -n "$cur" ] && wait "$cur" 2>/dev/null
	fi
	got=$("$DRIVER" integrity "$DB" 2>&1)
	if [ "$got" != ok ]; then
		fail "round $r: integrity_check: $got"
		bad=1
	fi
	r=$((r + 1))
done
[ $bad -eq 0 ] && ok "integrity_check ok after each of $ROUNDS kills"

n=$(cat "$TMPD"/ids.* | wc -l)
[ "$n" -gt 0 ] && ok "$n verdicts reported before the kills" ||
    fail "no verdict was reported before a kill"
for f in "$TMPD"/err.*; do
	# A killed process says nothing; anything here is an error.
	if [ -s "$f" ]; then
		fail "stderr of ${f##*/}: $(head -n 1 "$f")"
	fi
done

"$PARALLAX" --db "$DB" verdicts --format=tsv >"$TMPD/all" 2>"$TMPD/err"
[ -s "$TMPD/err" ] && fail "verdicts after the kills: $(cat "$TMPD/err")"
cut -f1 "$TMPD/all" | sort -u >"$TMPD/stored"
cat "$TMPD"/ids.* | sort -u >"$TMPD/printed"
missing=$(comm -23 "$TMPD/printed" "$TMPD/stored" | wc -l)
[ "$missing" -eq 0 ] && ok "every reported verdict is stored" ||
    fail "$missing reported verdicts are missing"

# The database still takes writes, with no lock left behind.
expect_rc 0 "a verdict after the kills" "$PARALLAX" --db "$DB" verdict \
    pair "$P0" confirmed
got=$("$DRIVER" integrity "$DB" 2>&1)
[ "$got" = ok ] && ok "final integrity_check ok" ||
    fail "final integrity_check: $got"
finish
