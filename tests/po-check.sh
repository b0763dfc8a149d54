#!/bin/sh
# po-check.sh: every source file that marks messages with _() or N_() must
# be listed in po/POTFILES.in, or its messages would never be translated.
. "${top_srcdir:-.}/tests/lib.sh"
cd "$top_srcdir" || exit 1
for f in $(find src -name '*.c' -o -name '*.h' | sort); do
	case $f in src/lib/i18n.h) continue ;; esac
	if grep -qE '(^|[^A-Za-z0-9_])(N?_|P_)\(' "$f"; then
		if grep -qx "$f" po/POTFILES.in; then ok "$f listed"
		else fail "$f uses _() but is missing from po/POTFILES.in"; fi
	fi
done
for f in $(grep -v '^#' po/POTFILES.in); do
	if [ -f "$f" ]; then ok "$f exists"; else fail "po/POTFILES.in names missing $f"; fi
done
finish
