#!/bin/sh
# article.sh: the article view at 80x24 on the fixture database: the
# marker column says how each sentence relates to the other articles ('!'
# conflict, '=' shared, '~' similar, in their colours), the conflict and
# shared actions move between such sentences, and the original says they
# do not apply there.
. "${top_srcdir:-.}/tests/ui/lib.sh"

ui_fixture "$TMPD/fx.db"
ui_start 80 24 PARALLAX_DB="$TMPD/fx.db" --
E=$(printf '\033')

expect_screen "Floods in the Tarn valley" "story list"
ui_keys Enter
expect_screen "Claims" "story view"
ui_keys j Enter
expect_screen "Aid agencies appealed" "Valley Post's article opens"

line_of() { ui_screen | grep -- "$1" | head -n 1; }
case $(line_of "killed 62") in
"!   3 "*) ok "a conflicting sentence is marked !" ;;
*) fail "conflict marker"; ui_screen | sed 's/^/  | /' ;;
esac
case $(line_of "four metres") in
"=   6 "*) ok "a shared sentence is marked =" ;;
*) fail "shared marker"; ui_screen | sed 's/^/  | /' ;;
esac
case $(line_of "Floods swept") in
"~   2 "*) ok "a similar sentence is marked ~" ;;
*) fail "similar marker"; ui_screen | sed 's/^/  | /' ;;
esac
case $(line_of "Aid agencies") in
"    7 "*) ok "a sentence of its own has no marker" ;;
*) fail "no marker"; ui_screen | sed 's/^/  | /' ;;
esac
conflict_coloured() {
	T capture-pane -p -e -t px | grep -q "^\($E\[[0-9;]*m\)\{1,\}!\($E\[[0-9;]*m\)*   3"
}
if ui_until conflict_coloured; then ok "the ! marker has its role's colour"
else fail "the ! marker has its role's colour"
	T capture-pane -p -e -t px | sed -n 2,5p | cat -v; fi

ui_keys ']'
sleep 0.3
ui_until ui_grep_line 2 '^!   3 ' && ok "] puts the conflict on top" ||
	{ fail "] puts the conflict on top"; ui_screen | sed 's/^/  | /'; }
ui_keys ']'
expect_screen "no more conflicts" "] past the last conflict says so"
ui_keys '}'
sleep 0.3
ui_until ui_grep_line 2 '^~   5 ' && ok "} goes to the next similar one" ||
	{ fail "}"; ui_screen | sed 's/^/  | /'; }
ui_keys '}'
sleep 0.3
ui_until ui_grep_line 2 '^=   6 ' && ok "} goes to the next shared one" ||
	{ fail "} shared"; ui_screen | sed 's/^/  | /'; }
ui_keys '{' '{'
sleep 0.3
ui_until ui_grep_line 2 '^~   2 ' && ok "{ goes back" ||
	{ fail "{"; ui_screen | sed 's/^/  | /'; }
ui_keys '['
expect_screen "no more conflicts" "[ before the first conflict says so"
ui_screen | grep -q "does nothing" && fail "an action said it does nothing" ||
	ok "no 'does nothing' for the reading actions"

ui_keys o
expect_screen "[original]" "o shows the original"
ui_keys ']'
expect_screen "the original shows no relations" "] in the original says why not"
ui_keys o
ui_gone "[original]" 5
ui_keys '}'
ui_gone "the original shows no" 5 && ok "back in the sentences } works" ||
	fail "} after o"

ui_keys Q
expect_screen "[exit 0]" "Q quits"
finish
