#!/bin/sh
# cli.sh: the program's command-line contract: --help and --version in the
# GNU format, usage errors with exit status 2 and a one-line message.
. "${top_srcdir:-.}/tests/lib.sh"

expect_rc 0 "--version exits 0" "$PARALLAX" --version
head -n 1 "$TMPD/out" >"$TMPD/first"
if grep -qE '^parallax \(parallax\) [0-9]+\.[0-9]+\.[0-9]+$' "$TMPD/first"; then
	ok "--version first line"; else fail "--version first line: $(cat "$TMPD/first")"; fi
[ -s "$TMPD/err" ] && fail "--version wrote to stderr" || ok "--version quiet on stderr"

expect_rc 0 "--help exits 0" "$PARALLAX" --help
expect_grep '^Usage: parallax' "$TMPD/out" "--help usage line"
expect_grep 'db=FILE' "$TMPD/out" "--help names --db"

expect_rc 2 "--frobnicate exits 2" "$PARALLAX" --frobnicate
expect_grep "^parallax: .*--frobnicate" "$TMPD/err" "--frobnicate message"
expect_grep "Try 'parallax --help'" "$TMPD/err" "--frobnicate hint"
[ "$(grep -c '^parallax:' "$TMPD/err")" -eq 1 ] && ok "one-line message" || fail "one-line message"

expect_rc 2 "unknown command exits 2" "$PARALLAX" frobnicate
expect_grep "unknown command 'frobnicate'" "$TMPD/err" "unknown command message"

expect_rc 2 "--db without a file exits 2" "$PARALLAX" --db
finish
