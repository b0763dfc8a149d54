/*
 * cmd-list.c: parallax list [--format=text|tsv|json]: every article with
 * its id, outlet, date, title and sentence count.
 *
 * Articles are read a page at a time (keyset paging), so listing a large
 * database streams.  Text columns are measured in terminal cells
 * (libunistring's widths, so CJK titles line up): id and count right
 * aligned, the outlet column as wide as the widest outlet of the first
 * page (at most LIST_OUTLET_MAX cells), the title cut to what is left of a
 * terminal's width.  Control characters never reach the terminal.
 */
#include "cli.h"
#include "args.h"
#include "json.h"
#include "store.h"
#include "story.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <unistr.h>
#include <uniwidth.h>

#define LIST_PAGE		500
#define LIST_OUTLET_MAX		24

static const struct option longopts[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(void)
{
	printf(_("Usage: %s list [--format=text|tsv|json]\n"), PACKAGE);
	fputs(_("List the articles in the database: id, outlet, date, title "
	    "and number of\nsentences.\n\n"), stdout);
	fputs(_("  -f, --format=FORMAT  text (default: aligned columns), tsv "
	    "or json\n"
	    "  -h, --help           display this help and exit\n"), stdout);
}

/* Cells s takes on a terminal (control characters count as one: they
 * are shown as spaces). */
static size_t
cells(const char *s)
{
	const uint8_t	*p = (const uint8_t *)s;
	ucs4_t		 uc;
	size_t		 w = 0;
	int		 n, cw;

	if (s == NULL)
		return 0;
	while (*p != '\0') {
		n = u8_mbtouc(&uc, p, u8_strlen(p));
		cw = uc_width(uc, "UTF-8");
		w += cw < 0 ? 1 : (size_t)cw;
		p += n;
	}
	return w;
}

/*
 * Print s in exactly width cells (width 0: no limit, no padding), cut with
 * an ellipsis when longer; control characters become spaces.
 */
static void
put_cells(const char *s, size_t width, int pad)
{
	const uint8_t	*p = (const uint8_t *)(s != NULL ? s : "");
	ucs4_t		 uc;
	size_t		 w = 0, total = cells(s);
	int		 n, cw;

	while (*p != '\0') {
		n = u8_mbtouc(&uc, p, u8_strlen(p));
		cw = uc_width(uc, "UTF-8");
		if (cw < 0)
			cw = 1;
		if (width != 0 && total > width && w + (size_t)cw + 1 > width)
			break;
		if (uc < 0x20 || uc == 0x7f || (uc >= 0x80 && uc < 0xa0))
			putchar(' ');
		else
			fwrite(p, 1, (size_t)n, stdout);
		w += (size_t)cw;
		p += n;
	}
	if (width != 0 && total > width) {
		fputs("\xe2\x80\xa6", stdout);	/* … */
		w++;
	}
	while (pad && width != 0 && w < width) {
		putchar(' ');
		w++;
	}
}

/* TSV field: tabs and line breaks would break the format. */
static void
put_tsv(const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static size_t
terminal_width(void)
{
	struct winsize	 ws;
	const char	*c;

	if (!isatty(STDOUT_FILENO))
		return 0;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	if ((c = getenv("COLUMNS")) != NULL && atoi(c) > 0)
		return (size_t)atoi(c);
	return 80;
}

static size_t
digits(int64_t v)
{
	size_t	n = 1;

	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

struct widths {
	size_t	id, outlet, count, title;
};

static void
measure(const struct store_article *a, size_t n, int64_t maxid,
    struct widths *w)
{
	size_t	i, c, used, term = terminal_width();

	w->id = digits(maxid);
	if (cells(_("ID")) > w->id)
		w->id = cells(_("ID"));
	w->outlet = strlen(_("OUTLET"));
	w->count = strlen(_("SENT"));
	for (i = 0; i < n; i++) {
		if ((c = cells(a[i].outlet)) > w->outlet)
			w->outlet = c;
		if (digits((int64_t)a[i].nsentences) > w->count)
			w->count = digits((int64_t)a[i].nsentences);
	}
	if (w->outlet > LIST_OUTLET_MAX)
		w->outlet = LIST_OUTLET_MAX;
	used = w->id + 2 + w->outlet + 2 + 10 + 2 + w->count + 2;
	w->title = term == 0 ? 0 : (term > used + 10 ? term - used : 10);
}

static void
text_row(const struct store_article *a, const struct widths *w)
{
	char		 day[8];
	const char	*date = story_date_label(a->date, a->month_day, day);

	printf("%*lld  ", (int)w->id, (long long)a->id);
	put_cells(a->outlet != NULL ? a->outlet : "-", w->outlet, 1);
	printf("  %-10s  %*zu  ", date != NULL ? date : "-",
	    (int)w->count, a->nsentences);
	put_cells(a->title, w->title, 0);
	putchar('\n');
}

static void
json_row(struct json *j, const struct store_article *a)
{
	json_object_open(j);
	json_key(j, "id");
	json_int(j, a->id);
	json_key(j, "outlet");
	json_string(j, a->outlet);
	json_key(j, "date");
	json_string(j, a->date);
	json_key(j, "title");
	json_string(j, a->title);
	json_key(j, "sentences");
	json_int(j, (int64_t)a->nsentences);
	json_key(j, "path");
	json_string(j, a->path);
	json_object_close(j);
}

int
cmd_list(struct cli *cli, int argc, char **argv)
{
	struct store		*st = NULL;
	struct store_article	*a = NULL;
	struct store_page	 q;
	struct widths		 w;
	struct json		 j;
	enum args_format	 fmt = ARGS_TEXT;
	char			*cause = NULL;
	size_t			 n, i;
	int64_t			 maxid = 0;
	int			 c, first = 1, rc = CLI_EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+f:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (args_format(optarg, &fmt) != 0)
				return cli_usage(_("list: unknown format "
				    "'%s'"), optarg);
			break;
		case 'h':
			usage();
			return CLI_EXIT_OK;
		default:
			return cli_usage("%s", _("list: bad option"));
		}
	}
	if (optind < argc)
		return cli_usage(_("list: unexpected argument '%s'"),
		    argv[optind]);
	if (store_open(cli->db_path, STORE_READONLY, &st, &cause) != 0)
		goto fail;

	memset(&q, 0, sizeof q);
	memset(&w, 0, sizeof w);
	q.limit = 1;
	q.backward = 1;
	if (store_articles_page(st, &q, &a, &n, &cause) != 0)
		goto fail;
	if (n > 0)
		maxid = a[0].id;
	store_articles_free(a, n);
	q.backward = 0;
	q.limit = LIST_PAGE;

	if (fmt == ARGS_JSON) {
		json_init(&j, stdout);
		json_array_open(&j);
	}
	for (;;) {
		if (store_articles_page(st, &q, &a, &n, &cause) != 0)
			goto fail;
		if (first && fmt == ARGS_TEXT) {
			measure(a, n, maxid, &w);
			printf("%*s  ", (int)w.id, _("ID"));
			put_cells(_("OUTLET"), w.outlet, 1);
			printf("  %-10s  %*s  %s\n", _("DATE"), (int)w.count,
			    _("SENT"), _("TITLE"));
		}
		first = 0;
		for (i = 0; i < n; i++) {
			switch (fmt) {
			case ARGS_TEXT:
				text_row(&a[i], &w);
				break;
			case ARGS_TSV:
				printf("%lld\t", (long long)a[i].id);
				put_tsv(a[i].outlet);
				putchar('\t');
				put_tsv(a[i].date);
				putchar('\t');
				put_tsv(a[i].title);
				printf("\t%zu\n", a[i].nsentences);
				break;
			case ARGS_JSON:
				json_row(&j, &a[i]);
				break;
			}
		}
		if (n > 0)
			q.from = a[n - 1].id;
		store_articles_free(a, n);
		if (n < q.limit)
			break;
	}
	if (fmt == ARGS_JSON) {
		json_array_close(&j);
		fputc('\n', stdout);
		if (json_finish(&j, &cause) != 0)
			goto fail;
	}
	store_close(st);
	return rc;
fail:
	rc = cli_fail(cause);
	store_close(st);
	return rc;
}
