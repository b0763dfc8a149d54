/*
 * cmd-stories.c: parallax stories [--format=text|tsv|json]: the stories,
 * newest first, each with its id, the span of its articles' dates, how
 * many articles and conflicts it has, its outlets and its headline.
 *
 * Stories are read STORIES_PAGE at a time (store_stories_page), so the
 * listing streams.  Text columns are measured in cells after sanitising
 * (out.c): the outlets column is as wide as the widest list of the first
 * page (at most STORIES_OUTLETS_MAX cells) and the headline takes what is
 * left of a terminal's width (no limit in a pipe).  TSV fields are
 * sanitised the same way (a tab becomes a space); outlets are joined with
 * ", " in text and tsv and are an array in json.
 */
#include "cli.h"
#include "args.h"
#include "json.h"
#include "out.h"
#include "store.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STORIES_PAGE		200
#define STORIES_OUTLETS_MAX	32
#define STORIES_HEADLINE_MIN	16
#define STORIES_OUTLETS_MIN	8

static const struct option stories_options[] = {
	{ "format",	required_argument,	NULL, 'f' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 }
};

struct stories_widths {
	int	id, span, arts, confl, outlets, headline;
};

static void
stories_help(void)
{
	printf(_("Usage: %s stories [--format=text|tsv|json]\n"), PACKAGE);
	fputs(_("List the stories, newest first: id, dates, number of "
	    "articles and of\nconflicts, outlets and headline.\n\n"), stdout);
	fputs(_("  -f, --format=FORMAT  text (default: aligned columns), tsv "
	    "or json\n"
	    "  -h, --help           display this help and exit\n\n"), stdout);
	fputs(_("tsv columns: id, first date, last date, articles, conflicts, "
	    "outlets, headline.\n"), stdout);
}

/* "2026-03-01..2026-03-04", one date when both are the same, or "-". */
static char *
stories_span(const struct store_story *s)
{
	if (s->first_date == NULL && s->last_date == NULL)
		return util_strdup("-");
	if (s->first_date == NULL || s->last_date == NULL ||
	    strcmp(s->first_date, s->last_date) == 0)
		return util_strdup(s->first_date != NULL ? s->first_date :
		    s->last_date);
	return util_printf("%s..%s", s->first_date, s->last_date);
}

/* The outlets joined with ", " (malloc'd, NULL when out of memory). */
static char *
stories_outlets(const struct store_story *s)
{
	char	*out, *next;
	size_t	 i;

	if ((out = util_strdup("")) == NULL)
		return NULL;
	for (i = 0; i < s->noutlets; i++) {
		next = util_printf("%s%s%s", out, i > 0 ? ", " : "",
		    s->outlets[i]);
		free(out);
		if ((out = next) == NULL)
			return NULL;
	}
	return out;
}

static int
digits(int64_t v)
{
	int	n = 1;

	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

static int
wider(int w, int than)
{
	return than > w ? than : w;
}

static void
stories_measure(const struct store_story *s, size_t n,
    struct stories_widths *w)
{
	char	*o;
	size_t	 i;
	int	 used, term = out_width(0);

	w->id = out_cells(_("ID"));
	w->span = wider(10, out_cells(_("DATES")));
	w->arts = out_cells(_("ARTS"));
	w->confl = out_cells(_("CONFL"));
	w->outlets = out_cells(_("OUTLETS"));
	for (i = 0; i < n; i++) {
		w->id = wider(w->id, digits(s[i].id));
		w->arts = wider(w->arts, digits(s[i].narticles));
		w->confl = wider(w->confl, digits(s[i].nconflicts));
		if (s[i].first_date != NULL && s[i].last_date != NULL &&
		    strcmp(s[i].first_date, s[i].last_date) != 0)
			w->span = wider(w->span, 22);
		if ((o = stories_outlets(&s[i])) != NULL)
			w->outlets = wider(w->outlets, out_cells(o));
		free(o);
	}
	if (w->outlets > STORIES_OUTLETS_MAX)
		w->outlets = STORIES_OUTLETS_MAX;
	used = w->id + w->span + w->arts + w->confl + w->outlets + 5 * 2;
	if (term == 0)
		w->headline = 0;
	else if (term - used >= STORIES_HEADLINE_MIN)
		w->headline = term - used;
	else {
		/* A narrow terminal: the outlets give way first. */
		w->outlets -= STORIES_HEADLINE_MIN - (term - used);
		if (w->outlets < STORIES_OUTLETS_MIN)
			w->outlets = STORIES_OUTLETS_MIN;
		w->headline = STORIES_HEADLINE_MIN;
	}
}

static int
stories_text(const struct store_story *s, const struct stories_widths *w)
{
	char	*span, *o;
	int	 r = 0;

	span = stories_span(s);
	o = stories_outlets(s);
	if (span == NULL || o == NULL) {
		free(span);
		free(o);
		return -1;
	}
	printf("%*lld  %-*s  %*lld  %*lld  ", w->id, (long long)s->id,
	    w->span, span, w->arts, (long long)s->narticles, w->confl,
	    (long long)s->nconflicts);
	r |= out_field(stdout, o, w->outlets, 1);
	fputs("  ", stdout);
	r |= out_field(stdout, s->title, w->headline, 0);
	putchar('\n');
	free(span);
	free(o);
	return r;
}

static int
stories_tsv(const struct store_story *s)
{
	char	*o;
	int	 r = 0;

	if ((o = stories_outlets(s)) == NULL)
		return -1;
	printf("%lld\t", (long long)s->id);
	r |= out_field(stdout, s->first_date, 0, 0);
	putchar('\t');
	r |= out_field(stdout, s->last_date, 0, 0);
	printf("\t%lld\t%lld\t", (long long)s->narticles,
	    (long long)s->nconflicts);
	r |= out_field(stdout, o, 0, 0);
	putchar('\t');
	r |= out_field(stdout, s->title, 0, 0);
	putchar('\n');
	free(o);
	return r;
}

static void
stories_json(struct json *j, const struct store_story *s)
{
	size_t	i;

	json_object_open(j);
	json_key(j, "id");
	json_int(j, s->id);
	json_key(j, "first_date");
	json_string(j, s->first_date);
	json_key(j, "last_date");
	json_string(j, s->last_date);
	json_key(j, "articles");
	json_int(j, s->narticles);
	json_key(j, "conflicts");
	json_int(j, s->nconflicts);
	json_key(j, "outlets");
	json_array_open(j);
	for (i = 0; i < s->noutlets; i++)
		json_string(j, s->outlets[i]);
	json_array_close(j);
	json_key(j, "headline");
	json_string(j, s->title);
	json_object_close(j);
}

int
cmd_stories(struct cli *cli, int argc, char **argv)
{
	struct store		*st = NULL;
	struct store_story	*s = NULL;
	struct stories_widths	 w;
	struct json		 j;
	enum args_format	 fmt = ARGS_TEXT;
	char			*cause = NULL;
	size_t			 n = 0, i, offset = 0;
	int			 c, r = 0, rc = CLI_EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+f:h", stories_options,
	    NULL)) != -1) {
		switch (c) {
		case 'f':
			if (args_format(optarg, &fmt) != 0)
				return cli_usage(_("stories: unknown format "
				    "'%s'"), optarg);
			break;
		case 'h':
			stories_help();
			return CLI_EXIT_OK;
		default:
			return cli_usage("%s", _("stories: bad option"));
		}
	}
	if (optind < argc)
		return cli_usage(_("stories: unexpected argument '%s'"),
		    argv[optind]);
	out_init();
	if (cli_snapshot(cli, &st, &cause) != 0)
		goto fail;

	if (fmt == ARGS_JSON) {
		json_init(&j, stdout);
		json_array_open(&j);
	}
	memset(&w, 0, sizeof w);
	for (;;) {
		if (store_stories_page(st, offset, STORIES_PAGE, &s, &n,
		    &cause) != 0)
			goto fail;
		if (offset == 0 && fmt == ARGS_TEXT) {
			stories_measure(s, n, &w);
			printf("%*s  %-*s  %*s  %*s  ", w.id, _("ID"), w.span,
			    _("DATES"), w.arts, _("ARTS"), w.confl,
			    _("CONFL"));
			out_field(stdout, _("OUTLETS"), w.outlets, 1);
			printf("  %s\n", _("HEADLINE"));
		}
		for (i = 0; i < n; i++) {
			switch (fmt) {
			case ARGS_TEXT:
				r |= stories_text(&s[i], &w);
				break;
			case ARGS_TSV:
				r |= stories_tsv(&s[i]);
				break;
			case ARGS_JSON:
				stories_json(&j, &s[i]);
				break;
			}
		}
		store_stories_free(s, n);
		s = NULL;
		offset += n;
		if (r != 0 || n < STORIES_PAGE)
			break;
	}
	if (fmt == ARGS_JSON) {
		json_array_close(&j);
		fputc('\n', stdout);
		if (json_finish(&j, &cause) != 0)
			goto fail;
	}
	if (r != 0 || fflush(stdout) != 0) {
		util_cause(&cause, "%s", _("cannot write the output"));
		goto fail;
	}
	store_read_end(st);
	store_close(st);
	return rc;
fail:
	rc = cli_fail(cause);
	if (st != NULL)
		store_read_end(st);
	store_close(st);
	return rc;
}
