/*
 * commands.c: the table of commands, in the order --help lists them.  Adding
 * a command means one cmd-NAME.c and one row here.
 */
#include "cli.h"

const struct command cli_commands[] = {
	{ "read", cmd_read, "[--demo]",
	  N_("open the reader (what runs with no command on a terminal)") },
	{ NULL, NULL, NULL, NULL }
};
