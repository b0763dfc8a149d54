/*
 * cmd-show.c: parallax show ID [--raw]: one article, clean (a header of
 * its metadata, then its content sentences numbered from 0 as search and
 * export number them) or, with --raw, its original bytes exactly as they
 * were imported.
 */
#include "cli.h"
#include "args.h"
#include "store.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct option longopts[] = {
	{ "raw", no_argument, NULL, 'r' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(void)
{
	printf(_("Usage: %s show [--raw] ID\n"), PACKAGE);
	fputs(_("Show article ID: its outlet, date, dateline, title, cited "
	    "outlets and\nnumbered sentences.\n\n"), stdout);
	fputs(_("  -r, --raw   print the original file exactly as imported\n"
	    "  -h, --help  display this help and exit\n"), stdout);
}

/* Text for a terminal: control characters become spaces. */
static void
put_clean(const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		putchar((unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s);
}

static void
field(const char *label, const char *value)
{
	if (value == NULL)
		return;
	printf("%-10s ", label);
	put_clean(value);
	putchar('\n');
}

static int
show_clean(struct store *st, const struct store_article *a, char **cause)
{
	struct store_sentence	*s;
	size_t			 n, i, w;
	char			 buf[32];

	field(_("Outlet:"), a->outlet);
	field(_("Date:"), a->date);
	if (a->date == NULL && a->month_day > 0) {
		/* TRANSLATORS: month and day of a page that prints no year */
		snprintf(buf, sizeof buf, _("%02d-%02d (no year)"),
		    a->month_day / 100, a->month_day % 100);
		field(_("Date:"), buf);
	}
	field(_("Dateline:"), a->dateline);
	field(_("Title:"), a->title);
	if (a->ncites > 0) {
		printf("%-10s ", _("Cites:"));
		for (i = 0; i < a->ncites; i++) {
			if (i > 0)
				fputs(", ", stdout);
			put_clean(a->cites[i]);
		}
		putchar('\n');
	}
	field(_("File:"), a->path != NULL ? a->path : _("standard input"));
	if (store_sentences(st, a->id, &s, &n, cause) != 0)
		return -1;
	putchar('\n');
	w = (size_t)snprintf(buf, sizeof buf, "%zu", n > 0 ? n - 1 : 0);
	for (i = 0; i < n; i++) {
		printf("%*zu  ", (int)w, s[i].idx);
		put_clean(s[i].text);
		putchar('\n');
	}
	store_sentences_free(s, n);
	return 0;
}

int
cmd_show(struct cli *cli, int argc, char **argv)
{
	struct store		*st = NULL;
	struct store_article	*a = NULL;
	char			*cause = NULL, *raw = NULL;
	long long		 id;
	size_t			 len;
	int			 c, want_raw = 0, rc = CLI_EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+rh", longopts, NULL)) != -1) {
		switch (c) {
		case 'r':
			want_raw = 1;
			break;
		case 'h':
			usage();
			return CLI_EXIT_OK;
		default:
			return cli_usage("%s", _("show: bad option"));
		}
	}
	if (optind != argc - 1)
		return cli_usage("%s", _("show: give one article ID"));
	if ((id = args_id(argv[optind])) == 0)
		return cli_usage(_("show: '%s' is not an article ID"),
		    argv[optind]);

	if (store_open(cli->db_path, STORE_READONLY, &st, &cause) != 0)
		goto fail;
	if (want_raw) {
		if (store_article_raw(st, id, &raw, &len, &cause) != 0)
			goto fail;
		if (raw == NULL) {
			rc = cli_error(_("no article %lld"), id);
			goto out;
		}
		if (len > 0 && fwrite(raw, 1, len, stdout) != len)
			rc = cli_error("%s", _("write error on standard "
			    "output"));
		free(raw);
		goto out;
	}
	if (store_article_get(st, id, &a, &cause) != 0)
		goto fail;
	if (a == NULL) {
		rc = cli_error(_("no article %lld"), id);
		goto out;
	}
	if (show_clean(st, a, &cause) != 0)
		goto fail;
	goto out;
fail:
	rc = cli_fail(cause);
out:
	store_article_free(a);
	store_close(st);
	return rc;
}
