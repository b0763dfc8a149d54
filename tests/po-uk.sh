#!/bin/sh
# po-uk.sh: the Ukrainian catalogue is complete and in use.  po/uk.po must
# compile under `msgfmt --check` (format directives, plural forms, header)
# with no fuzzy and no untranslated message, and the program run with
# LANGUAGE=uk and that catalogue must print its --help in Ukrainian.
# Messages in the sources but not yet merged into po/uk.po are only
# reported (a note, not a failure).
. "${top_srcdir:-.}/tests/lib.sh"

if ! command -v msgfmt >/dev/null 2>&1; then
	echo "SKIP: msgfmt not found"; exit 77; fi

po=$top_srcdir/po/uk.po
mkdir -p "$TMPD/locale/uk/LC_MESSAGES"
mo=$TMPD/locale/uk/LC_MESSAGES/parallax.mo

# The catalogue compiles cleanly, and every message is translated.
if LC_ALL=C LANGUAGE= msgfmt --check --statistics -o "$mo" "$po" \
    2>"$TMPD/stats"; then ok "msgfmt --check po/uk.po"
else fail "msgfmt --check po/uk.po"; sed 's/^/  | /' "$TMPD/stats"; fi
stats=$(grep 'translated message' "$TMPD/stats")
echo "po/uk.po: $stats"
case $stats in
"") fail "no statistics from msgfmt" ;;
*fuzzy*) fail "fuzzy messages in po/uk.po: $stats" ;;
*untranslated*) fail "untranslated messages in po/uk.po: $stats" ;;
*) ok "every message translated" ;;
esac
if grep -q '^#~' "$po"; then
	echo "note: obsolete (#~) entries in po/uk.po: remove them with" \
	    "'msgattrib --no-obsolete -o po/uk.po po/uk.po'"
fi

# Messages of the sources not merged into po/uk.po yet: only reported
# (the merge and their translation are the translator's next step).
if command -v xgettext >/dev/null 2>&1 && command -v msgmerge >/dev/null 2>&1
then
	# The keywords and options of the real template (po/Makevars).
	xopts=$(sed -n 's/^XGETTEXT_OPTIONS *= *//p' "$top_srcdir/po/Makevars")
	if (cd "$top_srcdir" && LC_ALL=C xgettext $xopts \
	    --files-from=po/POTFILES.in -o "$TMPD/now.pot" 2>/dev/null) &&
	    LC_ALL=C msgmerge --quiet -o "$TMPD/merged.po" "$po" \
	    "$TMPD/now.pot" 2>/dev/null; then
		m=$(LC_ALL=C LANGUAGE= msgfmt --statistics -o /dev/null \
		    "$TMPD/merged.po" 2>&1)
		case $m in
		*fuzzy*|*untranslated*)
			echo "note: merged with the current sources: $m"
			echo "note: run 'make -C po update-po' and translate" ;;
		esac
	fi
fi

# The program speaks Ukrainian with the catalogue: LANGUAGE is honoured
# only under a locale other than C, so find a UTF-8 one.
loc=
for l in C.UTF-8 C.utf8 en_US.UTF-8 en_US.utf8 uk_UA.UTF-8 uk_UA.utf8; do
	if [ "$(LC_ALL=$l locale charmap 2>/dev/null)" = UTF-8 ]; then
		loc=$l; break; fi
done
if [ -z "$loc" ] || [ ! -s "$mo" ]; then
	echo "skip: no UTF-8 locale or no catalogue to run parallax in Ukrainian"
	finish; exit $?
fi
expect_rc 0 "--help in Ukrainian exits 0" env LC_ALL= LC_MESSAGES= \
    LANG="$loc" LANGUAGE=uk PARALLAX_LOCALEDIR="$TMPD/locale" \
    "$PARALLAX" --help
expect_grep '^Використання: parallax' "$TMPD/out" "--help usage line in Ukrainian"
expect_grep 'Команди:' "$TMPD/out" "--help command list in Ukrainian"
expect_grep 'db=ФАЙЛ' "$TMPD/out" "--help keeps the option name --db"
if grep -q 'Usage:' "$TMPD/out"; then fail "--help still in English"
else ok "--help not in English"; fi
expect_rc 2 "usage error in Ukrainian exits 2" env LC_ALL= LC_MESSAGES= \
    LANG="$loc" LANGUAGE=uk PARALLAX_LOCALEDIR="$TMPD/locale" \
    "$PARALLAX" --frobnicate
expect_grep '^parallax: .*«--frobnicate»' "$TMPD/err" "usage error in Ukrainian"
expect_grep '«parallax --help»' "$TMPD/err" "usage hint in Ukrainian"
finish
