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
