/*
 * cli.h: the command-line front end.  main.c parses the global options into
 * a struct cli and dispatches to one function per command, each in its own
 * cmd-NAME.c.  A command returns the process exit status: 0 success, 1 the
 * command failed (a message was printed), 2 usage error.  What the commands
 * share is declared here (messages, opening the database; in main.c) and
 * in args.h (pieces of option parsing).
 */
#ifndef PX_CLI_H
#define PX_CLI_H

#include "px.h"

#define CLI_EXIT_OK	0
#define CLI_EXIT_FAIL	1
#define CLI_EXIT_USAGE	2

struct store;

struct cli {
	const char	*db_path;	/* the database to use, never NULL */
	const char	*editor;	/* --editor, or the login name */
	int		 demo;		/* --demo */
};

struct command {
	const char	*name;
	int		(*fn)(struct cli *, int, char **);
	const char	*synopsis;	/* after "parallax NAME " */
	const char	*summary;	/* one line, translated at use */
};

extern const struct command cli_commands[];	/* NULL-name terminated */

/* The commands, one per cmd-NAME.c. */
int cmd_import(struct cli *, int, char **);
int cmd_list(struct cli *, int, char **);
int cmd_show(struct cli *, int, char **);
int cmd_search(struct cli *, int, char **);
int cmd_export(struct cli *, int, char **);
int cmd_verdict(struct cli *, int, char **);
int cmd_verdicts(struct cli *, int, char **);
int cmd_report(struct cli *, int, char **);

/* cmd-read.c: the reader (also what runs when no command is given). */
int cmd_read(struct cli *, int, char **);
/* Print the reader's keys from the action table (--dump-keys). */
int tui_dump_keys(const char *format);

/* Print "parallax: MESSAGE" on stderr; returns CLI_EXIT_FAIL. */
int cli_error(const char *fmt, ...) PX_PRINTF(1, 2);
/*
 * Print cause like cli_error() ("out of memory" if NULL) and free it;
 * returns CLI_EXIT_FAIL.
 */
int cli_fail(char *cause);
/* Print a warning line on stderr. */
void cli_warn(const char *fmt, ...) PX_PRINTF(1, 2);
/* Print the message and a hint to --help on stderr; returns CLI_EXIT_USAGE. */
int cli_usage(const char *fmt, ...) PX_PRINTF(1, 2);
/*
 * Open cli->db_path read-only and begin a read transaction, so that a
 * command reads one consistent snapshot while others write.  Returns 0, or
 * -1 with *cause set; *st may then be open (store_close() it either way).
 */
int cli_snapshot(const struct cli *cli, struct store **st, char **cause);

/* One function per command, in cmd-NAME.c. */
int cmd_match(struct cli *, int, char **);
int cmd_align(struct cli *, int, char **);
int cmd_stories(struct cli *, int, char **);
int cmd_claims(struct cli *, int, char **);
int cmd_compare(struct cli *, int, char **);

#endif
