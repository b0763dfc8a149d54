/*
 * cmd-claims.c: parallax claims [--story N] [--format=text|tsv|json]: the
 * claims table of one story, or of every story newest first.
 *
 * A story is gathered with report_story_load() (its articles, claims and
 * conflicts).  Claims are grouped by kind and subject and, inside a group,
 * kept in sentence order; each says its value (a hedged figure as "~400"),
 * the outlet of its article, its source and its sentence id, and is marked
 * when a conflict of the story holds it.  The story's conflicts follow
 * with their one-line reasons.
 *
 * Every string that came from an article is printed through out.c (the
 * reader's sanitiser).  tsv: one record a line, the first field saying
 * which: "claim" story, id, kind, subject, value, approx (0/1), outlet,
 * source, article, sentence, conflicts (ids joined by ",", or "-");
 * "conflict" story, id, kind, subject, claims (ids joined by ","), reason.
 * json: {"format": "parallax-claims/1", "stories": [...]}.
 */
#include "cli.h"
#include "args.h"
#include "json.h"
#include "out.h"
#include "report.h"
#include "store.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CLAIMS_PAGE		100
#define CLAIMS_VALUE_MAX	24
#define CLAIMS_OUTLET_MAX	24

static const struct option claims_options[] = {
	{ "story",	required_argument,	NULL, 's' },
	{ "format",	required_argument,	NULL, 'f' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 }
};

/* One claim of a story as printed: the claim and what it needs. */
struct claims_item {
	const struct store_claim	*c;
	const char			*outlet;	/* or NULL */
	int64_t				*conflicts;	/* ids, ascending */
	size_t				 nconflicts;
};

struct claims_out {
	enum args_format	 fmt;
	struct json		 j;
	int			 width;		/* 0: no limit */
	int			 first;
};

static void
claims_help(void)
{
	printf(_("Usage: %s claims [--story N] [--format=text|tsv|json]\n"),
	    PACKAGE);
	fputs(_("List the claims of one story, or of every story, grouped by "
	    "kind and subject,\nwith the conflicts among them.\n\n"), stdout);
	fputs(_("  -s, --story=N        only story N\n"
	    "  -f, --format=FORMAT  text (the default), tsv or json\n"
	    "  -h, --help           display this help and exit\n\n"), stdout);
	fputs(_("In text, '!' marks a claim that is part of a conflict and '~' "
	    "a hedged figure.\n"
	    "tsv records: claim, story, id, kind, subject, value, approx, "
	    "outlet, source,\narticle, sentence, conflicts; and conflict, "
	    "story, id, kind, subject, claims,\nreason.\n"), stdout);
}

/* NULL sorts before any string. */
static int
strcmp_null(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int
claims_cmp(const void *va, const void *vb)
{
	const struct claims_item	*a = va, *b = vb;
	int				 r;

	if ((r = strcmp_null(a->c->kind, b->c->kind)) != 0)
		return r;
	if ((r = strcmp_null(a->c->subject, b->c->subject)) != 0)
		return r;
	if (a->c->sentence != b->c->sentence)
		return a->c->sentence < b->c->sentence ? -1 : 1;
	return a->c->id < b->c->id ? -1 : a->c->id > b->c->id;
}

static void
claims_items_free(struct claims_item *it, size_t n)
{
	size_t	i;

	for (i = 0; it != NULL && i < n; i++)
		free(it[i].conflicts);
	free(it);
}

/* The story's claims as items, sorted for printing; NULL: no memory. */
static struct claims_item *
claims_items(const struct report_story *rs)
{
	struct claims_item		*it, *x;
	const struct report_article	*a;
	const struct store_conflict	*k;
	int64_t				*v;
	size_t				 i, m;

	if ((it = calloc(rs->nclaims + 1, sizeof *it)) == NULL)
		return NULL;
	for (i = 0; i < rs->nclaims; i++) {
		it[i].c = &rs->claims[i];
		a = report_article(rs, rs->claims[i].article);
		it[i].outlet = a != NULL ? a->outlet : NULL;
	}
	/* rs->claims is by id, so the claim of an id is found by search. */
	for (i = 0; i < rs->nconflicts; i++) {
		k = &rs->conflicts[i];
		for (m = 0; m < k->nclaims; m++) {
			if (report_claim(rs, k->claims[m]) == NULL)
				continue;
			x = &it[report_claim(rs, k->claims[m]) - rs->claims];
			v = util_reallocarray(x->conflicts, x->nconflicts + 1,
			    sizeof *v);
			if (v == NULL) {
				claims_items_free(it, rs->nclaims);
				return NULL;
			}
			x->conflicts = v;
			x->conflicts[x->nconflicts++] = k->id;
		}
	}
	qsort(it, rs->nclaims, sizeof *it, claims_cmp);
	return it;
}

/* A claim's value: "~400" for a hedged 400, the text, or "-". */
static char *
claims_value(const struct store_claim *c, int hedge)
{
	char	num[64];

	if (c->has_num) {
		json_format_double(c->value_num, num, sizeof num);
		return util_printf("%s%s", hedge && c->approx ? "~" : "", num);
	}
	return util_strdup(c->value_text != NULL ? c->value_text : "-");
}

static int
wider(int w, int than)
{
	return than > w ? than : w;
}

static int
claims_text(struct claims_out *o, const struct report_story *rs,
    const struct claims_item *it)
{
	const struct store_conflict	*k;
	char				*v, sid[32];
	size_t				 i;
	int				 wv = 1, wo = 1, ws = 1, rest, r = 0;

	if (!o->first)
		putchar('\n');
	o->first = 0;
	/* "Story 2  2026-10-12..2026-10-13  Headline" */
	if ((v = util_printf(_("Story %lld"), (long long)rs->id)) == NULL)
		return -1;
	r |= out_field(stdout, v, 0, 0);
	rest = out_cells(v) + 4;
	free(v);
	if (rs->first_date != NULL && rs->last_date != NULL &&
	    strcmp(rs->first_date, rs->last_date) != 0)
		v = util_printf("%s..%s", rs->first_date, rs->last_date);
	else
		v = util_strdup(rs->first_date != NULL ? rs->first_date :
		    rs->last_date != NULL ? rs->last_date : "-");
	if (v == NULL)
		return -1;
	fputs("  ", stdout);
	r |= out_field(stdout, v, 0, 0);
	fputs("  ", stdout);
	rest += out_cells(v);
	free(v);
	r |= out_field(stdout, rs->title, o->width == 0 ? 0 :
	    wider(o->width - rest, 12), 0);
	putchar('\n');
	if (rs->nclaims == 0)
		printf("  %s\n", _("(no claims)"));
	for (i = 0; i < rs->nclaims; i++) {
		if ((v = claims_value(it[i].c, 1)) == NULL)
			return -1;
		wv = wider(wv, out_cells(v));
		wo = wider(wo, out_cells(it[i].outlet));
		snprintf(sid, sizeof sid, "s%lld",
		    (long long)it[i].c->sentence);
		ws = wider(ws, (int)strlen(sid));
		free(v);
	}
	if (wv > CLAIMS_VALUE_MAX)
		wv = CLAIMS_VALUE_MAX;
	if (wo > CLAIMS_OUTLET_MAX)
		wo = CLAIMS_OUTLET_MAX;
	rest = o->width == 0 ? 0 : o->width - (6 + wv + 2 + wo + 2 + ws + 2);
	if (o->width != 0 && rest < 12)
		rest = 12;
	for (i = 0; i < rs->nclaims; i++) {
		/* A heading whenever kind or subject changes. */
		if (i == 0 || strcmp_null(it[i - 1].c->kind,
		    it[i].c->kind) != 0 || strcmp_null(it[i - 1].c->subject,
		    it[i].c->subject) != 0) {
			fputs("  ", stdout);
			r |= out_field(stdout, it[i].c->kind, 0, 0);
			if (it[i].c->subject != NULL) {
				fputs(": ", stdout);
				r |= out_field(stdout, it[i].c->subject, 0, 0);
			}
			putchar('\n');
		}
		if ((v = claims_value(it[i].c, 1)) == NULL)
			return -1;
		printf("    %s ", it[i].nconflicts > 0 ? "!" : " ");
		r |= out_field(stdout, v, wv, 1);
		free(v);
		fputs("  ", stdout);
		r |= out_field(stdout, it[i].outlet, wo, 1);
		snprintf(sid, sizeof sid, "s%lld",
		    (long long)it[i].c->sentence);
		printf("  %-*s", ws, sid);
		if (it[i].c->source != NULL) {
			fputs("  ", stdout);
			v = util_printf(_("according to %s"), it[i].c->source);
			if (v == NULL)
				return -1;
			r |= out_field(stdout, v, rest, 0);
			free(v);
		}
		putchar('\n');
	}
	if (rs->nconflicts > 0)
		printf("  %s\n", _("Conflicts:"));
	for (i = 0; i < rs->nconflicts; i++) {
		k = &rs->conflicts[i];
		printf("    ! %lld  ", (long long)k->id);
		/* The reason names the kind and subject itself. */
		if (k->reason != NULL)
			r |= out_field(stdout, k->reason, 0, 0);
		else {
			r |= out_field(stdout, k->kind, 0, 0);
			if (k->subject != NULL) {
				fputs(": ", stdout);
				r |= out_field(stdout, k->subject, 0, 0);
			}
		}
		putchar('\n');
	}
	return r;
}

static void
tsv_ids(const int64_t *ids, size_t n)
{
	size_t	i;

	if (n == 0)
		putchar('-');
	for (i = 0; i < n; i++)
		printf("%s%lld", i > 0 ? "," : "", (long long)ids[i]);
}

static int
claims_tsv(const struct report_story *rs, const struct claims_item *it)
{
	const struct store_conflict	*k;
	const struct store_claim	*c;
	char				*v;
	size_t				 i;
	int				 r = 0;

	for (i = 0; i < rs->nclaims; i++) {
		c = it[i].c;
		if ((v = claims_value(c, 0)) == NULL)
			return -1;
		printf("claim\t%lld\t%lld\t", (long long)rs->id,
		    (long long)c->id);
		r |= out_field(stdout, c->kind, 0, 0);
		putchar('\t');
		r |= out_field(stdout, c->subject, 0, 0);
		putchar('\t');
		r |= out_field(stdout, v, 0, 0);
		printf("\t%d\t", c->approx ? 1 : 0);
		r |= out_field(stdout, it[i].outlet, 0, 0);
		putchar('\t');
		r |= out_field(stdout, c->source, 0, 0);
		printf("\t%lld\t%lld\t", (long long)c->article,
		    (long long)c->sentence);
		tsv_ids(it[i].conflicts, it[i].nconflicts);
		putchar('\n');
		free(v);
	}
	for (i = 0; i < rs->nconflicts; i++) {
		k = &rs->conflicts[i];
		printf("conflict\t%lld\t%lld\t", (long long)rs->id,
		    (long long)k->id);
		r |= out_field(stdout, k->kind, 0, 0);
		putchar('\t');
		r |= out_field(stdout, k->subject, 0, 0);
		putchar('\t');
		tsv_ids(k->claims, k->nclaims);
		putchar('\t');
		r |= out_field(stdout, k->reason, 0, 0);
		putchar('\n');
	}
	return r;
}

static void
json_ids(struct json *j, const int64_t *ids, size_t n)
{
	size_t	i;

	json_array_open(j);
	for (i = 0; i < n; i++)
		json_int(j, ids[i]);
	json_array_close(j);
}

static void
claims_json(struct json *j, const struct report_story *rs,
    const struct claims_item *it)
{
	const struct store_conflict	*k;
	const struct store_claim	*c;
	size_t				 i;

	json_object_open(j);
	json_key(j, "id");
	json_int(j, rs->id);
	json_key(j, "headline");
	json_string(j, rs->title);
	json_key(j, "claims");
	json_array_open(j);
	for (i = 0; i < rs->nclaims; i++) {
		c = it[i].c;
		json_object_open(j);
		json_key(j, "id");
		json_int(j, c->id);
		json_key(j, "kind");
		json_string(j, c->kind);
		json_key(j, "subject");
		json_string(j, c->subject);
		json_key(j, "value");
		if (c->has_num)
			json_double(j, c->value_num);
		else
			json_string(j, c->value_text);
		json_key(j, "approx");
		json_bool(j, c->approx);
		json_key(j, "outlet");
		json_string(j, it[i].outlet);
		json_key(j, "source");
		json_string(j, c->source);
		json_key(j, "article");
		json_int(j, c->article);
		json_key(j, "sentence");
		json_int(j, c->sentence);
		json_key(j, "conflicts");
		json_ids(j, it[i].conflicts, it[i].nconflicts);
		json_object_close(j);
	}
	json_array_close(j);
	json_key(j, "conflicts");
	json_array_open(j);
	for (i = 0; i < rs->nconflicts; i++) {
		k = &rs->conflicts[i];
		json_object_open(j);
		json_key(j, "id");
		json_int(j, k->id);
		json_key(j, "kind");
		json_string(j, k->kind);
		json_key(j, "subject");
		json_string(j, k->subject);
		json_key(j, "reason");
		json_string(j, k->reason);
		json_key(j, "claims");
		json_ids(j, k->claims, k->nclaims);
		json_object_close(j);
	}
	json_array_close(j);
	json_object_close(j);
}

static int
claims_story(struct store *st, struct claims_out *o, int64_t story,
    char **cause)
{
	struct report_story	*rs = NULL;
	struct claims_item	*it;
	int			 r = 0;

	if (report_story_load(st, story, &rs, cause) != 0)
		return -1;
	if ((it = claims_items(rs)) == NULL) {
		report_story_free(rs);
		util_cause(cause, "%s", _("out of memory"));
		return -1;
	}
	switch (o->fmt) {
	case ARGS_TEXT:
		r = claims_text(o, rs, it);
		break;
	case ARGS_TSV:
		r = claims_tsv(rs, it);
		break;
	case ARGS_JSON:
		claims_json(&o->j, rs, it);
		break;
	}
	claims_items_free(it, rs->nclaims);
	report_story_free(rs);
	if (r != 0)
		util_cause(cause, "%s", _("cannot write the output"));
	return r;
}

static int
claims_all(struct store *st, struct claims_out *o, char **cause)
{
	struct store_story	*s = NULL;
	size_t			 n, i, offset = 0;

	for (;;) {
		if (store_stories_page(st, offset, CLAIMS_PAGE, &s, &n,
		    cause) != 0)
			return -1;
		for (i = 0; i < n; i++) {
			if (claims_story(st, o, s[i].id, cause) != 0) {
				store_stories_free(s, n);
				return -1;
			}
		}
		store_stories_free(s, n);
		offset += n;
		if (n < CLAIMS_PAGE)
			return 0;
	}
}

int
cmd_claims(struct cli *cli, int argc, char **argv)
{
	struct store		*st = NULL;
	struct store_story	*s = NULL;
	struct claims_out	 o;
	char			*cause = NULL;
	long long		 story = 0;
	int			 c, rc = CLI_EXIT_OK;

	memset(&o, 0, sizeof o);
	o.fmt = ARGS_TEXT;
	o.first = 1;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+s:f:h", claims_options,
	    NULL)) != -1) {
		switch (c) {
		case 's':
			if ((story = args_id(optarg)) == 0)
				return cli_usage(_("claims: not a story id "
				    "'%s'"), optarg);
			break;
		case 'f':
			if (args_format(optarg, &o.fmt) != 0)
				return cli_usage(_("claims: unknown format "
				    "'%s'"), optarg);
			break;
		case 'h':
			claims_help();
			return CLI_EXIT_OK;
		default:
			return cli_usage("%s", _("claims: bad option"));
		}
	}
	if (optind < argc)
		return cli_usage(_("claims: unexpected argument '%s'"),
		    argv[optind]);
	out_init();
	o.width = out_width(0);
	if (cli_snapshot(cli, &st, &cause) != 0)
		goto fail;
	if (story != 0) {
		if (store_story_get(st, story, &s, &cause) != 0)
			goto fail;
		if (s == NULL) {
			util_cause(&cause, _("no story %lld"), story);
			goto fail;
		}
		store_story_free(s);
	}
	if (o.fmt == ARGS_JSON) {
		json_init(&o.j, stdout);
		json_object_open(&o.j);
		json_key(&o.j, "format");
		json_string(&o.j, "parallax-claims/1");
		json_key(&o.j, "stories");
		json_array_open(&o.j);
	}
	if ((story != 0 ? claims_story(st, &o, story, &cause) :
	    claims_all(st, &o, &cause)) != 0)
		goto fail;
	if (o.fmt == ARGS_JSON) {
		json_array_close(&o.j);
		json_object_close(&o.j);
		fputc('\n', stdout);
		if (json_finish(&o.j, &cause) != 0)
			goto fail;
	}
	if (fflush(stdout) != 0) {
		util_cause(&cause, "%s", _("cannot write the output"));
		goto fail;
	}
	store_read_end(st);
	store_close(st);
	return rc;
fail:
	rc = cli_fail(cause);
	store_read_end(st);
	store_close(st);
	return rc;
}
