# tests/lib.sh: shared helpers for the shell tests (sourced, not run).
# Every test gets a private temporary directory, removed on exit, and a HOME
# inside it so that no user file is read or written.
set -u
: "${PARALLAX:=src/parallax}"
: "${top_srcdir:=.}"
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/px-test.XXXXXX")
trap 'rm -rf "$TMPD"' EXIT
HOME=$TMPD/home
mkdir -p "$HOME"
export HOME
fails=0
passes=0

ok() { passes=$((passes + 1)); printf 'ok %s\n' "$*"; }
fail() { fails=$((fails + 1)); printf 'FAIL %s\n' "$*"; }

# expect_rc WANT DESCRIPTION CMD...: run CMD, check its exit status.
expect_rc() {
	want=$1; desc=$2; shift 2
	"$@" >"$TMPD/out" 2>"$TMPD/err"
	got=$?
	if [ "$got" -eq "$want" ]; then ok "$desc"; else
		fail "$desc (exit $got, wanted $want)"; sed 's/^/  | /' "$TMPD/err"; fi
}

# expect_grep PATTERN FILE DESCRIPTION
expect_grep() {
	if grep -q -- "$1" "$2"; then ok "$3"; else fail "$3 (no '$1' in $2)";
		sed 's/^/  | /' "$2" | head -20; fi
}

finish() {
	printf '%d passed, %d failed\n' "$passes" "$fails"
	[ "$fails" -eq 0 ]
}

need_shared() {
	if [ ! -d "${SHARED_DIR:-}/seeds" ]; then
		echo "SKIP: ../shared not found"; exit 77; fi
}

# figure NAME MIN: in score.py's output ($TMPD/score), NAME's "hits/total"
# line must have hits >= MIN.
figure() {
	line=$(grep "^$1: " "$TMPD/score")
	hits=$(printf '%s\n' "$line" | sed -n 's/^[^:]*: \([0-9]*\)\/\([0-9]*\).*/\1/p')
	tot=$(printf '%s\n' "$line" | sed -n 's/^[^:]*: \([0-9]*\)\/\([0-9]*\).*/\2/p')
	if [ -z "$hits" ]; then fail "$1: no figure"; return; fi
	if [ "$hits" -ge "$2" ]; then ok "$1 $hits/$tot (need $2)"; else
		fail "$1 $hits/$tot (need $2)"; fi
}

# percent NAME MIN: NAME's hits/total must be at least MIN percent.
percent() {
	line=$(grep "^$1: " "$TMPD/score")
	hits=$(printf '%s\n' "$line" | sed -n 's/^[^:]*: \([0-9]*\)\/\([0-9]*\).*/\1/p')
	tot=$(printf '%s\n' "$line" | sed -n 's/^[^:]*: \([0-9]*\)\/\([0-9]*\).*/\2/p')
	if [ -z "$hits" ] || [ "$tot" -eq 0 ]; then fail "$1: no figure"; return; fi
	if [ $((hits * 100)) -ge $((tot * $2)) ]; then ok "$1 $hits/$tot (need $2%)"
	else fail "$1 $hits/$tot (need $2%)"; fi
}
