/*
 * cmd-align.c: parallax align: forget what the engine derived (pairs,
 * claims, conflicts, stories, the candidate index) and compute it all again
 * from the stored sentences, for instance after the alias or entity tables
 * changed.  One transaction: interrupted, the database stays as it was.
 * With --pending, only align the articles imported with --no-align, as an
 * import would have, in batches (nothing is renumbered).
 *
 * Editors' verdicts name pairs, claims and conflicts by id, and aligning
 * again numbers them anew: with verdicts in the database the command
 * refuses unless --force says the editors' marks may be left behind.
 */
#include "cli.h"
#include "align.h"
#include "store.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static const struct option longopts[] = {
	{ "force", no_argument, NULL, 'f' },
	{ "pending", no_argument, NULL, 'p' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

struct progress {
	int		show;
	time_t		last;
};

static void
usage(void)
{
	printf(_("Usage: %s align [--force] [--quiet]\n"), PACKAGE);
	printf(_("   or: %s align --pending [--quiet]\n"), PACKAGE);
	fputs(_("Compute again every sentence pair, claim, conflict and story "
	    "from the\narticles in the database; with --pending, align only "
	    "the articles imported\nwith --no-align.\n\n"), stdout);
	fputs(_("  -f, --force    align even when editors' verdicts name the "
	    "items it renumbers\n"
	    "  -p, --pending  align the articles waiting for alignment\n"
	    "  -q, --quiet    print nothing but errors\n"
	    "  -h, --help     display this help and exit\n"), stdout);
}

/* Stops at the first verdict: there is one. */
static int
any_verdict(void *arg, const struct store_verdict *v)
{
	(void)v;
	*(int *)arg = 1;
	return 1;
}

static void
progress(void *arg, int64_t done, int64_t total)
{
	struct progress	*p = arg;
	time_t		 now;

	if (!p->show)
		return;
	now = time(NULL);
	if (now == p->last && done != total)
		return;
	p->last = now;
	fputc('\r', stderr);
	fprintf(stderr, _("aligning: %lld of %lld articles"),
	    (long long)done, (long long)total);
	if (done == total)
		fputc('\n', stderr);
}

/* A thread to compare sentence pairs when there is a core for it. */
static size_t
two_cores(void)
{
	return sysconf(_SC_NPROCESSORS_ONLN) > 1;
}

/* align --pending: what import --no-align left, as the import would. */
static int
align_waiting(struct cli *cli, int quiet, struct progress *p)
{
	struct store	*st = NULL;
	struct align	*al = NULL;
	char		*cause = NULL;
	int64_t		 n = 0;
	int		 rc;

	if (store_open(cli->db_path, STORE_BULK, &st, &cause) != 0 ||
	    store_pending_count(st, &n, &cause) != 0 ||
	    (n > 0 && (align_new(st, 1, &al, &cause) != 0 ||
	    align_set_threads(al, two_cores(), &cause) != 0 ||
	    align_pending(al, progress, p, &cause) != 0))) {
		rc = cli_fail(cause);
		goto out;
	}
	if (!quiet)
		fprintf(stderr, _("%lld articles aligned\n"), (long long)n);
	rc = CLI_EXIT_OK;
out:
	align_free(al);
	store_close(st);
	return rc;
}

int
cmd_align(struct cli *cli, int argc, char **argv)
{
	struct store	*st = NULL;
	struct align	*al = NULL;
	struct progress	 p = { 0, 0 };
	char		*cause = NULL;
	int64_t		 narticles = 0, nstories = 0;
	int		 c, quiet = 0, force = 0, verdicts = 0, rc;
	int		 pending = 0;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+fpqh", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			force = 1;
			break;
		case 'p':
			pending = 1;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'h':
			usage();
			return CLI_EXIT_OK;
		default:
			return cli_usage("%s", _("align: bad option"));
		}
	}
	if (optind != argc)
		return cli_usage("%s", _("align: too many arguments"));
	p.show = !quiet && isatty(STDERR_FILENO);
	if (pending)
		return align_waiting(cli, quiet, &p);

	if (store_open(cli->db_path, STORE_BULK, &st, &cause) != 0 ||
	    store_verdicts_each(st, any_verdict, &verdicts, &cause) < 0) {
		rc = cli_fail(cause);
		goto out;
	}
	if (verdicts && !force) {
		rc = cli_error("%s", _("align: editors' verdicts name pairs, "
		    "claims and conflicts that aligning again would renumber; "
		    "use --force to align anyway"));
		goto out;
	}
	if (align_new(st, 1, &al, &cause) != 0 ||
	    align_set_threads(al, two_cores(), &cause) != 0 ||
	    align_all(al, progress, &p, &cause) != 0 ||
	    store_article_count(st, 0, &narticles, &cause) != 0 ||
	    store_story_count(st, &nstories, &cause) != 0) {
		rc = cli_fail(cause);
		goto out;
	}
	if (!quiet)
		fprintf(stderr, _("%lld articles aligned into %lld stories\n"),
		    (long long)narticles, (long long)nstories);
	rc = CLI_EXIT_OK;
out:
	align_free(al);
	store_close(st);
	return rc;
}
