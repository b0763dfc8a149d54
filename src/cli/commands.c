/*
 * commands.c: the table of commands, in the order --help lists them.  Adding
 * a command means one cmd-NAME.c and one row here.
 */
#include "cli.h"

const struct command cli_commands[] = {
	{ "import", cmd_import, N_("[OPTION]... PATH..."),
	  N_("import article files (directories, - for standard input)") },
	{ "list", cmd_list, N_("[--format=text|tsv|json]"),
	  N_("list the articles") },
	{ "show", cmd_show, N_("[--raw] ID"),
	  N_("show one article, clean or as imported") },
	{ "search", cmd_search, N_("[--limit=N] QUERY..."),
	  N_("find sentences by their words") },
	{ "stories", cmd_stories, N_("[--format=text|tsv|json]"),
	    N_("list the stories, newest first") },
	{ "claims", cmd_claims, N_("[--story N] [--format=text|tsv|json]"),
	    N_("list the claims and conflicts of a story or of all") },
	{ "compare", cmd_compare, N_("[--width N] [--plain] ID ID [ID]"),
	    N_("show two or three articles side by side") },
	{ "align", cmd_align, N_("[--quiet]"),
	  N_("compute pairs, claims, conflicts and stories again") },
	{ "match", cmd_match, N_("< PAIRS"),
	    N_("score sentence pairs: same, similar or none") },
	{ "export", cmd_export, N_("--format=json"),
	  N_("write the whole database as JSON") },
	{ "verdict", cmd_verdict,
	    N_("pair|claim|conflict ID VERDICT [--note TEXT] [--expect ID]"),
	    N_("record an editor's verdict on a pair, claim or conflict") },
	{ "verdicts", cmd_verdicts,
	    N_("[--story N] [--open] [--format=text|tsv|json]"),
	    N_("list the editors' verdicts, or the items still open") },
	{ "report", cmd_report, N_("[--story N] [--format=md|txt|json|html]"),
	    N_("write the editorial report of a story") },
	{ "read", cmd_read, "[--demo]",
	  N_("open the reader (what runs with no command on a terminal)") },
	{ NULL, NULL, NULL, NULL }
};
