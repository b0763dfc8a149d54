/*
 * cmd-verdict.c: `parallax verdict pair|claim|conflict ID VERDICT [--note
 * TEXT] [--expect VERDICT_ID]` records an editor's verdict on one item and
 * prints the new verdict's id on standard output (scripts read it).
 *
 * The editor is the global --editor, else the login name.  With --expect
 * the verdict is added only if the item's latest verdict is still that one
 * (0: the item had none): if someone changed it meanwhile nothing is saved
 * and the editor is told who did what and when; the reader uses the same
 * check.  An item that does not exist fails with exit status 1.
 */
#include "cli.h"
#include "args.h"
#include "report.h"
#include "store.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct option verdict_options[] = {
	{ "note",	required_argument,	NULL, 'n' },
	{ "expect",	required_argument,	NULL, 'x' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 }
};

static void
verdict_help(void)
{
	printf(_("Usage: %s [--editor NAME] verdict pair|claim|conflict ID "
	    "VERDICT [OPTION]...\n"), PACKAGE);
	fputs(_("Record an editor's verdict on a pair, claim or conflict and "
	    "print its id.\n"
	    "VERDICT is confirmed, disputed, needs-check or cleared.\n\n"),
	    stdout);
	fputs(_("  -n, --note=TEXT         a note to keep with the verdict\n"
	    "  -x, --expect=VERDICT_ID save only if the item's latest verdict "
	    "is still\n"
	    "                          VERDICT_ID (0: the item has none "
	    "yet)\n"
	    "  -h, --help              display this help and exit\n"),
	    stdout);
	fputs(_("\nThe editor is --editor NAME, else the login name.\n"
	    "Exit status: 0 if saved, 1 if not (no such item, changed since "
	    "VERDICT_ID,\nor an error), 2 on a usage error.\n"), stdout);
}

/* A positive decimal id (or, with zero_ok, 0); -1 if s is not one. */
static int64_t
parse_id(const char *s, int zero_ok)
{
	char		*end;
	long long	 v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < 0 || (v == 0 && !zero_ok))
		return -1;
	return v;
}

int
cmd_verdict(struct cli *cli, int argc, char **argv)
{
	struct store		*st = NULL;
	struct store_verdict	*latest = NULL;
	enum store_target	 target;
	const char		*note = NULL;
	char			*cause = NULL;
	int64_t			 id, expect = STORE_REVIEW_ANY, vid;
	int			 c, rc;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":n:x:h", verdict_options,
	    NULL)) != -1) {
		switch (c) {
		case 'n':
			note = optarg;
			break;
		case 'x':
			if ((expect = parse_id(optarg, 1)) < 0)
				return cli_usage(_("--expect needs a verdict "
				    "id (0: none yet), not '%s'"), optarg);
			break;
		case 'h':
			verdict_help();
			return CLI_EXIT_OK;
		default:
			return args_getopt_error(c, argv);
		}
	}
	if (argc - optind != 3)
		return cli_usage("%s", _("verdict needs an item kind, an id "
		    "and a verdict"));
	if (store_target_parse(argv[optind], &target) != 0)
		return cli_usage(_("'%s' is not pair, claim or conflict"),
		    argv[optind]);
	if ((id = parse_id(argv[optind + 1], 0)) < 0)
		return cli_usage(_("'%s' is not an id"), argv[optind + 1]);
	if (!store_review_valid(argv[optind + 2]))
		return cli_usage(_("'%s' is not a verdict (confirmed, "
		    "disputed, needs-check or cleared)"), argv[optind + 2]);
	if (note != NULL && *note == '\0')
		note = NULL;

	if (store_open(cli->db_path, 0, &st, &cause) != 0) {
		rc = cli_error("%s", cause);
		goto out;
	}
	if (store_review_add(st, target, id, expect, argv[optind + 2], note,
	    cli->editor, &vid, &latest, &cause) != 0) {
		rc = cli_error("%s", cause);
		goto out;
	}
	if (vid == 0) {
		free(cause);
		if ((cause = report_stale(target, id, expect, latest)) == NULL)
			rc = cli_error("%s", _("out of memory"));
		else
			rc = cli_error("%s", cause);
		goto out;
	}
	printf("%lld\n", (long long)vid);
	rc = CLI_EXIT_OK;
out:
	store_verdict_free(latest);
	store_close(st);
	free(cause);
	return rc;
}
