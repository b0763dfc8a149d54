#!/bin/sh
# match.sh: `parallax match` as scripts use it: one "relation<TAB>score" line
# per input line, in order; bad lines give "none<TAB>0.000" and a warning
# naming the line; empty input gives empty output; --features a header and
# one row per line.
. "${top_srcdir:-.}/tests/lib.sh"

q="A magnitude 7.1 earthquake struck southern Turkey on Monday, killing at least 120 people."
r="At least 120 people were killed when a magnitude 7.1 earthquake struck southern Turkey on Monday."
s="European Union leaders ended their summit in Brussels without a budget deal."
printf '%s\t%s\n%s\t%s\nno tab on this line\n%s\t%s\r\n%s\t%s' \
    "$q" "$q" "$q" "$r" "$q" "$s" "$r" "$q" >"$TMPD/in"

expect_rc 0 "match exits 0" "$PARALLAX" match <"$TMPD/in"
[ "$(wc -l <"$TMPD/out")" -eq 5 ] && ok "one line out per line in" ||
	fail "lines out: $(wc -l <"$TMPD/out")"
if grep -qvE '^(same|similar|none)	(0\.[0-9]{3}|1\.000)$' "$TMPD/out"; then
	fail "output format"; sed 's/^/  | /' "$TMPD/out"; else ok "output format"; fi
[ "$(sed -n 1p "$TMPD/out" | cut -f1)" = same ] && ok "verbatim is same" ||
	fail "verbatim: $(sed -n 1p "$TMPD/out")"
[ "$(sed -n 3p "$TMPD/out")" = "none	0.000" ] && ok "bad line gives none 0.000" ||
	fail "bad line: $(sed -n 3p "$TMPD/out")"
expect_grep 'line 3' "$TMPD/err" "warning names the bad line"
[ "$(grep -c . "$TMPD/err")" -eq 1 ] && ok "one warning" || fail "warnings: $(cat "$TMPD/err")"
[ "$(sed -n 4p "$TMPD/out" | cut -f1)" = none ] && ok "unrelated is none" ||
	fail "unrelated: $(sed -n 4p "$TMPD/out")"
[ "$(sed -n 2p "$TMPD/out")" = "$(sed -n 5p "$TMPD/out")" ] &&
	ok "symmetric" || fail "symmetric: $(sed -n '2p;5p' "$TMPD/out")"

LC_ALL=de_DE.UTF-8 "$PARALLAX" match <"$TMPD/in" >"$TMPD/out2" 2>/dev/null
grep -q ',' "$TMPD/out2" && fail "decimal comma under LC_ALL=de_DE" ||
	ok "C number format whatever the locale"

: >"$TMPD/empty"
expect_rc 0 "empty input exits 0" "$PARALLAX" match <"$TMPD/empty"
[ -s "$TMPD/out" ] && fail "empty input gave output" || ok "empty input, empty output"

expect_rc 0 "--features exits 0" "$PARALLAX" match --features <"$TMPD/in"
[ "$(wc -l <"$TMPD/out")" -eq 6 ] && ok "--features: header and a row a line" ||
	fail "--features lines: $(wc -l <"$TMPD/out")"
expect_grep '^#wcov_min' "$TMPD/out" "--features header"

expect_rc 2 "unknown argument exits 2" "$PARALLAX" match --frobnicate <"$TMPD/in"
finish
