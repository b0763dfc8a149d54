/*
 * commands.c: the table of commands, in the order --help lists them.  Adding
 * a command means one cmd-NAME.c and one row here.
 */
#include "cli.h"

const struct command cli_commands[] = {
	{ "match", cmd_match, N_("< PAIRS"),
	    N_("score sentence pairs: same, similar or none") },
	{ NULL, NULL, NULL, NULL }
};
