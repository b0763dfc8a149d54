#!/bin/sh
# man-keys.sh: the KEYS section of parallax(1) is what the action table
# says (parallax --dump-keys=man); `make update-man` regenerates it.
. "${top_srcdir:-.}/tests/lib.sh"

sed -n '/^\.\\" BEGIN KEYS/,/^\.\\" END KEYS/p' "$top_srcdir/man/parallax.1" |
	sed '1d;$d' >"$TMPD/man"
expect_rc 0 "--dump-keys=man exits 0" "$PARALLAX" --dump-keys=man
if [ -s "$TMPD/man" ] && cmp -s "$TMPD/out" "$TMPD/man"; then
	ok "man/parallax.1 KEYS matches the action table"
else
	fail "man/parallax.1 KEYS differs from the action table: run make update-man"
	diff "$TMPD/man" "$TMPD/out" | head -20 | sed 's/^/  | /'
fi
expect_rc 0 "--dump-keys=text exits 0" "$PARALLAX" --dump-keys=text
expect_grep "next-conflict" "$TMPD/out" "the text list names the actions"
expect_rc 2 "--dump-keys=bogus is a usage error" "$PARALLAX" --dump-keys=bogus
finish
