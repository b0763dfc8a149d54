#!/bin/sh
# koi8.sh: the reader in a locale that is not UTF-8 (uk_UA.KOI8-U, built
# with localedef, and the Ukrainian catalogue).  The reader's translated
# messages reach the terminal as KOI8-U text (gettext gives the reader
# UTF-8, the sanitiser keeps what KOI8-U has, curses writes it in KOI8-U),
# never as <D3>-style placeholders; article text KOI8-U has shows as it
# is, typography becomes ASCII stand-ins and what it lacks a placeholder.
# The command line's own messages stay in the locale's character set.
. "${top_srcdir:-.}/tests/ui/lib.sh"

for t in localedef msgfmt iconv; do
	command -v $t >/dev/null 2>&1 || { echo "SKIP: no $t"; exit 77; }
done
mkdir -p "$TMPD/loc" "$TMPD/locale/uk/LC_MESSAGES"
if ! localedef -f KOI8-U -i uk_UA "$TMPD/loc/uk_UA.KOI8-U" \
    >"$TMPD/localedef" 2>&1 ||
    [ "$(LOCPATH=$TMPD/loc LC_ALL=uk_UA.KOI8-U locale charmap 2>/dev/null)" != KOI8-U ]
then
	echo "SKIP: cannot build the uk_UA.KOI8-U locale"; exit 77
fi
msgfmt -o "$TMPD/locale/uk/LC_MESSAGES/parallax.mo" "$top_srcdir/po/uk.po" ||
	{ echo "SKIP: msgfmt failed"; exit 77; }

{
	printf 'Київ: повінь — 中文 «лапки»\n'
	printf 'Рятувальники працюють у Києві.\n'
} >"$TMPD/kyiv.txt"
printf 'article|kyiv.txt|Kyiv Wire|2026-01-01\n' >"$TMPD/kyiv.spec"
ui_fixture "$TMPD/fx.db" "$TMPD/kyiv.spec"

ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" LANG=uk_UA.KOI8-U \
    LOCPATH="$TMPD/loc" PARALLAX_LOCALEDIR="$TMPD/locale" --
expect_screen "Kyiv Wire" "the reader starts in uk_UA.KOI8-U"
# What the reader writes, as bytes: tmux itself reads UTF-8 only.
T pipe-pane -o -t px "cat >>'$TMPD/raw'"
ui_keys C-l
sleep 0.5
ui_keys Enter
sleep 0.5
ui_keys C-l
sleep 0.8
T pipe-pane -t px
iconv -f KOI8-U -t UTF-8 "$TMPD/raw" | tr '\033' '\n' >"$TMPD/text" ||
	fail "the output is not KOI8-U"
expect_grep "довідка" "$TMPD/text" "the status line hint in Ukrainian, in KOI8-U"
expect_grep "Київ: повінь - " "$TMPD/text" \
    "the title's Cyrillic as it is, an ASCII dash for the em dash"
expect_grep "^\[[0-9;]*m????$" "$TMPD/text" \
    "two Chinese characters (two columns each) as ????, a placeholder"
expect_grep ' "лапки"' "$TMPD/text" "guillemets as ASCII quotes"
expect_grep "Рятувальники працюють у Києві" "$TMPD/text" \
    "a sentence in Cyrillic"
if grep -q '<[C-F][0-9A-F]>' "$TMPD/text"; then
	fail "placeholders for translated text"
	grep '<[C-F][0-9A-F]>' "$TMPD/text" | head -5 | sed 's/^/  | /'
else ok "no byte placeholders"; fi
# No UTF-8 reached the terminal: Cyrillic in UTF-8 starts with D0 or D1
# followed by a byte 80..BF, which KOI8-U shows as two letters such as
# "п" + box drawing; the decoded text has none of those.
if LC_ALL=C grep -q "$(printf '\342\224')" "$TMPD/text"; then
	fail "UTF-8 bytes reached the KOI8-U terminal"
else ok "no UTF-8 bytes on the KOI8-U terminal"; fi
ui_keys Q
expect_screen "[exit 0]" "Q quits"

# The command line keeps the locale's character set.
LOCPATH="$TMPD/loc" LANG=uk_UA.KOI8-U LC_ALL= LANGUAGE= \
    PARALLAX_LOCALEDIR="$TMPD/locale" "$PARALLAX" --help >"$TMPD/help" 2>&1
iconv -f KOI8-U -t UTF-8 "$TMPD/help" >"$TMPD/help.u8" 2>/dev/null
expect_grep "Використання" "$TMPD/help.u8" "--help is KOI8-U in that locale"
finish
