#!/bin/sh
# report-html.sh: the HTML report opened in headless Chromium.  The page
# must be self-contained (no script, nothing fetched), show every conflict
# with each outlet's figure, keep hostile text as text, and print each
# story on its own pages.  Skips (77) when Chromium is not installed.
. "${top_srcdir:-.}/tests/lib.sh"

CHROMIUM=
for c in chromium chromium-browser google-chrome; do
	if command -v "$c" >/dev/null 2>&1; then CHROMIUM=$c; break; fi
done
[ -n "$CHROMIUM" ] || { echo "SKIP: chromium is not installed"; exit 77; }

browser() {
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
	    --disable-background-networking --disable-component-update \
	    --disable-sync --no-first-run --user-data-dir="$TMPD/profile" \
	    "$@" 2>>"$TMPD/chromium.log"
}

# The number of pages of a PDF (its page tree's /Count).
pages() {
	grep -a -o '/Count [0-9]*' "$1" | awk '{ if ($2 > n) n = $2 } END {
	    print n + 0 }'
}

DRIVER=${top_builddir:-.}/tests/review-driver
DB=$TMPD/px.db
set -- $("$DRIVER" fixture "$DB")
[ "${5:-}" ] || { fail "fixture"; finish; exit 1; }
S=$2 K1=${10} K2=${11}
px() { "$PARALLAX" --db "$DB" "$@"; }

px --editor olena verdict conflict "$K1" disputed \
    --note '<script>alert(1)</script> & <img src=x onerror=alert(2)>' \
    >/dev/null
expect_rc 0 "report --format=html" px report --format=html
cp "$TMPD/out" "$TMPD/report.html"
H=$TMPD/report.html
TAGS='<script\|<img\|<link\|<iframe\|<object\|<embed\|<svg\|url(\|@import\|<[a-z][^>]* on[a-z]*='
if grep -qi "$TAGS" "$H"; then
	fail "page loads or runs something: $(grep -io "$TAGS" "$H" | head -3)"
else
	ok "no script, image, link or fetched resource"
fi
if grep -qi 'https\?:' "$H"; then fail "page names a URL"; else
	ok "no URL in the page"; fi
expect_grep '@media print' "$H" "print styles"
expect_grep 'break-before:page' "$H" "page break between stories"

browser --dump-dom "file://$H" >"$TMPD/dom.html"
if [ ! -s "$TMPD/dom.html" ]; then
	fail "chromium rendered nothing"; sed 's/^/  | /' "$TMPD/chromium.log" |
	    tail -5
	finish; exit
fi
ok "chromium rendered the page"
D=$TMPD/dom.html
expect_grep "id=\"conflict-$K1\"" "$D" "first conflict shown"
expect_grep "id=\"conflict-$K2\"" "$D" "second conflict shown"
expect_grep '<td class="figure">2500</td>' "$D" "a figure in its cell"
expect_grep '<td class="figure">about 40</td>' "$D" "a hedged figure"
expect_grep '<td class="figure">Lakeside</td>' "$D" "a venue"
expect_grep 'East &lt;Herald&gt;' "$D" "outlet text escaped"
expect_grep '&lt;script&gt;alert(1)&lt;/script&gt;' "$D" \
    "script in a note stays text"
if grep -qi '<script\|<img' "$D"; then
	fail "the note became markup"; else ok "no markup from the note"; fi
expect_grep 'class="verdict-disputed"' "$D" "verdict shown"
expect_grep 'Still open' "$D" "open section"

# Each story starts a page: the whole report has as many pages as the
# stories printed one by one.
browser --no-pdf-header-footer --print-to-pdf="$TMPD/all.pdf" "file://$H" \
    >/dev/null
px report --format=html --story "$S" >"$TMPD/one.html"
browser --no-pdf-header-footer --print-to-pdf="$TMPD/one.pdf" \
    "file://$TMPD/one.html" >/dev/null
S2=$(px report --format=json | python3 -c 'import json, sys
print([s["id"] for s in json.load(sys.stdin)["stories"] if s["id"]][-1])' \
    2>/dev/null)
px report --format=html --story "${S2:-2}" >"$TMPD/two.html"
browser --no-pdf-header-footer --print-to-pdf="$TMPD/two.pdf" \
    "file://$TMPD/two.html" >/dev/null
a=$(pages "$TMPD/all.pdf") o=$(pages "$TMPD/one.pdf") t=$(pages "$TMPD/two.pdf")
if [ "$a" -gt 0 ] && [ "$a" -eq $((o + t)) ]; then
	ok "stories print on their own pages ($o + $t = $a)"
else
	fail "stories print on their own pages ($o + $t != $a)"
fi
finish
