#!/bin/sh
# demo.sh: the bundled demo articles (share/parallax/demo) agree with their
# README: every snippet its tables name is in the file named, every article
# is UTF-8 and labelled as a sample text, every demo outlet occurs in some
# article.  Snippets are compared after folding typographic quotes and
# dashes to ASCII, as in ../shared/gold.
. "${top_srcdir:-.}/tests/lib.sh"

demo=$top_srcdir/share/parallax/demo
label='Sample text written for the parallax demo; not a real report.'

fold() {
	sed -e "s/’/'/g" -e "s/‘/'/g" -e 's/“/"/g' -e 's/”/"/g' -e 's/—/-/g' \
	    -e 's/–/-/g' "$@" | tr -s ' \t\n' '   '
}

n=0
for f in "$demo"/*.txt; do
	b=${f##*/}
	n=$((n + 1))
	if iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then
		ok "$b is UTF-8"; else fail "$b is not UTF-8"; fi
	if [ "$(grep -v '^[[:space:]]*$' "$f" | tail -n 1)" = "$label" ]; then
		ok "$b ends with the sample label"
	else
		fail "$b does not end with the sample label"
	fi
	fold "$f" >"$TMPD/$b"
done
[ "$n" -ge 8 ] && ok "$n demo articles" || fail "only $n demo articles"

# Table rows: tab-separated, first field names the table.
tab=$(printf '\t')
rows=0
while IFS="$tab" read -r kind f1 s1 f2 s2 _rest; do
	case $kind in
	same|related|conflict|dup) pairs="$f1$tab$s1
$f2$tab$s2" ;;
	claim|none) pairs="$f1$tab$s1" ;;
	*) continue ;;
	esac
	rows=$((rows + 1))
	printf '%s\n' "$pairs" | while IFS="$tab" read -r file snip; do
		want=$(printf '%s' "$snip" | fold)
		if [ ! -f "$TMPD/$file" ]; then
			echo "FAIL README names missing file $file"
		elif ! grep -qiF -- "$want" "$TMPD/$file"; then
			echo "FAIL README snippet not in $file: $snip"
		fi
	done
done <"$demo/README" >"$TMPD/snips"
if [ -s "$TMPD/snips" ]; then
	fail "README snippets"; cat "$TMPD/snips"
else
	ok "README snippets found in their files"
fi
[ "$rows" -ge 40 ] && ok "$rows README table rows" || fail "$rows README rows"
grep -q "^conflict${tab}.*${tab}role${tab}" "$demo/README" &&
    grep -q "^conflict${tab}.*${tab}venue-denied${tab}" "$demo/README" &&
    grep -q "^conflict${tab}.*${tab}time${tab}" "$demo/README" &&
    ok "README plants role, denial and time conflicts" ||
    fail "README lacks a role, denial or time conflict"

# Every demo outlet (the last section of share/parallax/outlets) appears
# in an article.
sed -n '/^# the fictional outlets of the bundled demo/,$p' \
    "$top_srcdir/share/parallax/outlets" | grep -v '^#' |
    sed 's/ *|.*//' >"$TMPD/outlets"
nout=0
grep -v '^#' "$TMPD/outlets" | grep -v '^[[:space:]]*$' | cut -f1 |
while IFS= read -r name; do
	if cat "$TMPD"/*.txt | grep -qiF -- "$name"; then :; else
		echo "FAIL outlet $name in no article"; fi
done >"$TMPD/outl"
nout=$(grep -v '^#' "$TMPD/outlets" | grep -c -v '^[[:space:]]*$')
[ -s "$TMPD/outl" ] && { fail "demo outlets"; cat "$TMPD/outl"; } ||
    ok "every demo outlet occurs in an article"
[ "$nout" -ge 4 ] && ok "$nout demo outlets" || fail "only $nout demo outlets"
finish
