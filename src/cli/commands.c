/*
 * commands.c: the table of commands, in the order --help lists them.  Adding
 * a command means one cmd-NAME.c and one row here.
 */
#include "cli.h"

const struct command cli_commands[] = {
	{ "verdict", cmd_verdict,
	    N_("pair|claim|conflict ID VERDICT [--note TEXT] [--expect ID]"),
	    N_("record an editor's verdict on a pair, claim or conflict") },
	{ "verdicts", cmd_verdicts,
	    N_("[--story N] [--open] [--format=text|tsv|json]"),
	    N_("list the editors' verdicts, or the items still open") },
	{ "report", cmd_report, N_("[--story N] [--format=md|txt|json|html]"),
	    N_("write the editorial report of a story") },
	{ NULL, NULL, NULL, NULL }
};
