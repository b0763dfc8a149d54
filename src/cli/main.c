/*
 * main.c: the program's entry point.  It sets the locale first (GNU hello's
 * order), parses the global options, resolves the database path and hands
 * the rest of argv to one command from cli_commands[].  Only this front end
 * decides to exit; the engine reports errors as values.  It also holds what
 * the commands share besides option parsing (args.c): the messages on stderr
 * and opening the database for a read snapshot.
 */
#include "cli.h"
#include "options.h"
#include "paths.h"
#include "store.h"

#include <locale.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void
vmessage(const char *prefix, const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: %s", PACKAGE, prefix);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

int
cli_error(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vmessage("", fmt, ap);
	va_end(ap);
	return CLI_EXIT_FAIL;
}

int
cli_fail(char *cause)
{
	cli_error("%s", cause != NULL ? cause : _("out of memory"));
	free(cause);
	return CLI_EXIT_FAIL;
}

void
cli_warn(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vmessage(_("warning: "), fmt, ap);
	va_end(ap);
}

int
cli_usage(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vmessage("", fmt, ap);
	va_end(ap);
	fprintf(stderr, _("Try '%s --help' for more information.\n"), PACKAGE);
	return CLI_EXIT_USAGE;
}

int
cli_snapshot(const struct cli *cli, struct store **st, char **cause)
{
	if (store_open(cli->db_path, STORE_READONLY, st, cause) != 0)
		return -1;
	return store_read_begin(*st, cause);
}

static void
print_help(void)
{
	const struct command	*c;
	char			*db = paths_db_from_env();

	printf(_("Usage: %s [OPTION]... [COMMAND [ARG]...]\n"), PACKAGE);
	fputs(_("Compare how different outlets report the same story.\n"
	    "With no command on a terminal, open the reader.\n"), stdout);
	fputs("\n", stdout);
	fputs(_("Options:\n"), stdout);
	fputs(_("      --db=FILE       use the database FILE\n"), stdout);
	fputs(_("      --editor=NAME   sign verdicts and notes as NAME\n"),
	    stdout);
	fputs(_("      --demo          open the reader on the bundled demo "
	    "articles\n"), stdout);
	fputs(_("  -h, --help          display this help and exit\n"), stdout);
	fputs(_("  -V, --version       output version information and exit\n"),
	    stdout);
	if (cli_commands[0].name != NULL) {
		fputs("\n", stdout);
		fputs(_("Commands:\n"), stdout);
		for (c = cli_commands; c->name != NULL; c++)
			printf("  %-10s %s\n", c->name, _(c->summary));
	}
	fputs("\n", stdout);
	printf(_("The database defaults to $PARALLAX_DB, else %s.\n"),
	    db != NULL ? db : "$XDG_DATA_HOME/parallax/parallax.db");
	printf(_("Run '%s COMMAND --help' for a command's options.\n"), PACKAGE);
	printf(_("See parallax(1) for the reader's keys and the configuration."
	    "\n"));
	free(db);
}

static void
print_version(void)
{
	printf("%s (%s) %s\n", PACKAGE, PACKAGE_NAME, PACKAGE_VERSION);
	fputs(_("Copyright (C) 2026 the parallax authors.\n"
	    "License GPLv3+: GNU GPL version 3 or later "
	    "<https://gnu.org/licenses/gpl.html>.\n"
	    "This is free software: you are free to change and redistribute "
	    "it.\n"
	    "There is NO WARRANTY, to the extent permitted by law.\n"), stdout);
}

static const char *
login_name(void)
{
	const char	*s;
	struct passwd	*pw;

	if ((s = getenv("PARALLAX_EDITOR")) != NULL && *s != '\0')
		return s;
	if ((pw = getpwuid(getuid())) != NULL && pw->pw_name != NULL)
		return pw->pw_name;
	if ((s = getenv("USER")) != NULL && *s != '\0')
		return s;
	return "unknown";
}

int
main(int argc, char **argv)
{
	struct options		 o;
	struct cli		 cli;
	const struct command	*c;
	char			*cause = NULL, *db = NULL;
	int			 rc;

	setlocale(LC_ALL, "");
#if ENABLE_NLS
	/* PARALLAX_LOCALEDIR: catalogues of an uninstalled build (tests). */
	bindtextdomain(PACKAGE, getenv("PARALLAX_LOCALEDIR") != NULL &&
	    *getenv("PARALLAX_LOCALEDIR") != '\0' ?
	    getenv("PARALLAX_LOCALEDIR") : LOCALEDIR);
	textdomain(PACKAGE);
#endif

	if (options_parse(argc, argv, &o, &cause) != 0) {
		rc = cli_usage("%s", cause);
		free(cause);
		return rc;
	}
	if (o.help) {
		print_help();
		return CLI_EXIT_OK;
	}
	if (o.version) {
		print_version();
		return CLI_EXIT_OK;
	}
	if (o.dump_keys != NULL) {
		if (tui_dump_keys(o.dump_keys) != 0)
			return cli_usage(_("unknown --dump-keys format '%s'"),
			    o.dump_keys);
		return CLI_EXIT_OK;
	}

	memset(&cli, 0, sizeof cli);
	if (o.db != NULL)
		cli.db_path = o.db;
	else if ((db = paths_db_from_env()) != NULL)
		cli.db_path = db;
	else
		return cli_error("%s", _("no database: set --db, PARALLAX_DB "
		    "or HOME"));
	cli.editor = o.editor != NULL ? o.editor : login_name();
	cli.demo = o.demo;

	if (o.command >= argc) {
		/* No command: the reader, or the list when not on a terminal. */
		rc = cmd_read(&cli, 0, NULL);
		goto out;
	}
	for (c = cli_commands; c->name != NULL; c++) {
		if (strcmp(c->name, argv[o.command]) == 0)
			break;
	}
	if (c->name == NULL) {
		rc = cli_usage(_("unknown command '%s'"), argv[o.command]);
		goto out;
	}
	rc = c->fn(&cli, argc - o.command, argv + o.command);
out:
	free(db);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (rc == CLI_EXIT_OK)
			rc = cli_error("%s", _("write error on standard output"));
	}
	return rc;
}
