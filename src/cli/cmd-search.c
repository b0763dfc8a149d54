/*
 * cmd-search.c: parallax search [--limit N] QUERY...: sentences matching
 * the words, best first, one a line: "ARTICLE:SENTENCE  OUTLET  TEXT"
 * (SENTENCE as `show` numbers it).  The words are the user's, not FTS5
 * syntax: see store_search() for the little syntax there is ("phrases",
 * word*, OR).  Exit 0 whether or not anything matched.
 */
#include "cli.h"
#include "store.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEARCH_LIMIT	50

static const struct option longopts[] = {
	{ "limit", required_argument, NULL, 'n' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(void)
{
	printf(_("Usage: %s search [--limit=N] QUERY...\n"), PACKAGE);
	fputs(_("Find the sentences that contain all the words of QUERY, "
	    "best match first.\n\"Quoted words\" match as a phrase, word* "
	    "as a prefix, OR between words\nmeans either.\n\n"), stdout);
	fputs(_("  -n, --limit=N  at most N sentences (default 50, 0: all)\n"
	    "  -h, --help     display this help and exit\n"), stdout);
	fputs(_("\nEach line: ARTICLE:SENTENCE  OUTLET  TEXT\n"), stdout);
}

static void
put_clean(const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		putchar((unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s);
}

int
cmd_search(struct cli *cli, int argc, char **argv)
{
	struct store		*st = NULL;
	struct store_hit	*h = NULL;
	char			*cause = NULL, *query = NULL, *q, *end;
	long			 limit = SEARCH_LIMIT;
	size_t			 n, i;
	int			 c, k, rc = CLI_EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+n:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'n':
			errno = 0;
			limit = strtol(optarg, &end, 10);
			if (errno != 0 || *end != '\0' || limit < 0)
				return cli_usage(_("search: bad limit '%s'"),
				    optarg);
			break;
		case 'h':
			usage();
			return CLI_EXIT_OK;
		default:
			return cli_usage("%s", _("search: bad option"));
		}
	}
	if (optind >= argc)
		return cli_usage("%s", _("search: no query given"));
	for (k = optind; k < argc; k++) {
		q = util_printf("%s%s%s", query != NULL ? query : "",
		    query != NULL ? " " : "", argv[k]);
		free(query);
		if ((query = q) == NULL)
			return cli_error("%s", strerror(ENOMEM));
	}
	/* A malformed query is the user's to fix: a usage error. */
	if ((q = store_search_query(query, &cause)) == NULL) {
		rc = cli_usage(_("search: %s"), cause);
		free(cause);
		free(query);
		return rc;
	}
	free(q);

	if (store_open(cli->db_path, STORE_READONLY, &st, &cause) != 0 ||
	    store_search(st, query, 0, (size_t)limit, &h, &n, &cause) != 0) {
		rc = cli_fail(cause);
		goto out;
	}
	for (i = 0; i < n; i++) {
		printf("%lld:%zu  ", (long long)h[i].article, h[i].idx);
		put_clean(h[i].outlet != NULL ? h[i].outlet : "-");
		fputs("  ", stdout);
		put_clean(h[i].text);
		putchar('\n');
	}
	store_hits_free(h, n);
out:
	store_close(st);
	free(query);
	return rc;
}
