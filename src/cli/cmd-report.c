/*
 * cmd-report.c: `parallax report [--story N] [--format=md|txt|json|html]`
 * writes the editorial report of one story, or of every story newest first
 * (then the articles not yet in a story), to standard output.  Markdown by
 * default; html is one self-contained page (no scripts, nothing fetched)
 * that prints one story per page.  The report itself is built in
 * src/lib/report.c.
 */
#include "cli.h"
#include "args.h"
#include "report.h"
#include "store.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct option report_options[] = {
	{ "story",	required_argument,	NULL, 's' },
	{ "format",	required_argument,	NULL, 'f' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 }
};

static void
report_help(void)
{
	printf(_("Usage: %s report [OPTION]...\n"), PACKAGE);
	fputs(_("Write the editorial report of a story (default: every story, "
	    "newest first):\n"
	    "outlets and articles, shared facts, conflicts with each "
	    "outlet's figure and\n"
	    "source, the editors' verdicts and notes, and what is still "
	    "open.\n\n"), stdout);
	fputs(_("  -s, --story=N           only story N\n"
	    "  -f, --format=FORMAT     md (the default), txt, json or html\n"
	    "  -h, --help              display this help and exit\n"),
	    stdout);
}

int
cmd_report(struct cli *cli, int argc, char **argv)
{
	struct store		*st = NULL;
	enum report_format	 f = REPORT_MD;
	char			*cause = NULL;
	long long		 story = 0;
	int			 c, rc = CLI_EXIT_FAIL;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":s:f:h", report_options,
	    NULL)) != -1) {
		switch (c) {
		case 's':
			if ((story = args_id(optarg)) == 0)
				return cli_usage(_("'%s' is not a story id"),
				    optarg);
			break;
		case 'f':
			if (report_format_parse(optarg, &f) != 0)
				return cli_usage(_("unknown format '%s' (md, "
				    "txt, json or html)"), optarg);
			break;
		case 'h':
			report_help();
			return CLI_EXIT_OK;
		default:
			return args_getopt_error(c, argv);
		}
	}
	if (optind != argc)
		return cli_usage(_("unexpected argument '%s'"), argv[optind]);

	if (store_open(cli->db_path, STORE_READONLY, &st, &cause) != 0) {
		rc = cli_error("%s", cause);
		goto out;
	}
	if (report_file(st, story, f, stdout, &cause) != 0) {
		rc = cli_error("%s", cause);
		goto out;
	}
	rc = CLI_EXIT_OK;
out:
	store_close(st);
	free(cause);
	return rc;
}
