#!/bin/sh
# layout.sh: the architecture the file layout promises.  The engine
# (src/lib) never mentions the terminal library, and every source file
# opens with a comment on its data and invariants.
. "${top_srcdir:-.}/tests/lib.sh"
cd "$top_srcdir" || exit 1
if grep -rli curses src/lib >"$TMPD/hits"; then
	fail "src/lib mentions curses: $(tr '\n' ' ' <"$TMPD/hits")"
else
	ok "no curses in src/lib"
fi
for f in src/lib/*.c src/lib/*.h src/cli/*.c src/tui/*.c; do
	case $f in src/lib/sbprop.h) continue ;; esac
	if head -n 1 "$f" | grep -q '^/\*'; then :; else
		fail "$f does not open with a comment"; fi
done
ok "every source file opens with a comment"
finish
