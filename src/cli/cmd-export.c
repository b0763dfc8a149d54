/*
 * cmd-export.c: parallax export --format=json: the whole database as one
 * JSON object, exactly as ../shared/spec/export-format.md lays it out
 * (keys in that order; fields after the specified ones are additions).
 *
 * It streams: articles, pairs, claims, conflicts and verdicts are read
 * from the store row by row (the _each iterators) and written as they
 * come, so memory does not grow with the database.
 */
#include "cli.h"
#include "json.h"
#include "store.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT_FORMAT	"parallax-export/1"

struct export {
	struct store	*st;
	struct json	 j;
	char		*cause;
};

static const struct option longopts[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(void)
{
	printf(_("Usage: %s export [--format=json]\n"), PACKAGE);
	fputs(_("Write the whole database (articles and their sentences, "
	    "pairs, claims,\nconflicts, verdicts) to standard output as one "
	    "JSON object.\n\n"), stdout);
	fputs(_("  -f, --format=json  the format (json, the default)\n"
	    "  -h, --help         display this help and exit\n"), stdout);
}

static int
article_cb(void *arg, const struct store_article *a)
{
	struct export		*ex = arg;
	struct json		*j = &ex->j;
	struct store_sentence	*s;
	size_t			 n, i;

	if (store_sentences(ex->st, a->id, &s, &n, &ex->cause) != 0)
		return -1;
	json_object_open(j);
	json_key(j, "id");
	json_int(j, a->id);
	json_key(j, "path");
	json_string(j, a->path);
	json_key(j, "outlet");
	json_string(j, a->outlet);
	json_key(j, "cites");
	json_array_open(j);
	for (i = 0; i < a->ncites; i++)
		json_string(j, a->cites[i]);
	json_array_close(j);
	json_key(j, "title");
	json_string(j, a->title);
	json_key(j, "date");
	json_string(j, a->date);
	json_key(j, "story");
	if (a->story != 0)
		json_int(j, a->story);
	else
		json_null(j);
	json_key(j, "sentences");
	json_array_open(j);
	for (i = 0; i < n; i++) {
		json_object_open(j);
		json_key(j, "id");
		json_int(j, s[i].id);
		json_key(j, "index");
		json_int(j, (int64_t)s[i].idx);
		json_key(j, "text");
		json_string(j, s[i].text);
		json_key(j, "start");
		json_int(j, (int64_t)s[i].start);
		json_key(j, "end");
		json_int(j, (int64_t)s[i].end);
		json_object_close(j);
	}
	json_array_close(j);
	/* Additions. */
	json_key(j, "dateline");
	json_string(j, a->dateline);
	json_key(j, "sha256");
	json_string(j, a->hash);
	json_object_close(j);
	store_sentences_free(s, n);
	return ferror(stdout) ? -1 : 0;
}

static int
pair_cb(void *arg, const struct store_pair *p)
{
	struct json	*j = &((struct export *)arg)->j;

	json_object_open(j);
	json_key(j, "id");
	json_int(j, p->id);
	json_key(j, "a");
	json_int(j, p->a);
	json_key(j, "b");
	json_int(j, p->b);
	json_key(j, "relation");
	json_string(j, store_relation_name(p->relation));
	json_key(j, "score");
	json_double(j, p->score);
	json_object_close(j);
	return ferror(stdout) ? -1 : 0;
}

static int
claim_cb(void *arg, const struct store_claim *c)
{
	struct json	*j = &((struct export *)arg)->j;

	json_object_open(j);
	json_key(j, "id");
	json_int(j, c->id);
	json_key(j, "sentence");
	json_int(j, c->sentence);
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
	json_key(j, "source");
	json_string(j, c->source);
	json_object_close(j);
	return ferror(stdout) ? -1 : 0;
}

static int
conflict_cb(void *arg, const struct store_conflict *c)
{
	struct json	*j = &((struct export *)arg)->j;
	size_t		 i;

	json_object_open(j);
	json_key(j, "id");
	json_int(j, c->id);
	json_key(j, "kind");
	json_string(j, c->kind);
	json_key(j, "subject");
	json_string(j, c->subject);
	json_key(j, "claims");
	json_array_open(j);
	for (i = 0; i < c->nclaims; i++)
		json_int(j, c->claims[i]);
	json_array_close(j);
	/* Additions. */
	json_key(j, "story");
	if (c->story != 0)
		json_int(j, c->story);
	else
		json_null(j);
	json_key(j, "reason");
	json_string(j, c->reason);
	json_object_close(j);
	return ferror(stdout) ? -1 : 0;
}

static int
verdict_cb(void *arg, const struct store_verdict *v)
{
	struct json	*j = &((struct export *)arg)->j;

	json_object_open(j);
	json_key(j, "id");
	json_int(j, v->id);
	json_key(j, "target");
	json_string(j, store_target_name(v->target));
	json_key(j, "target_id");
	json_int(j, v->target_id);
	json_key(j, "verdict");
	json_string(j, v->verdict);
	json_key(j, "note");
	json_string(j, v->note);
	json_key(j, "editor");
	json_string(j, v->editor);
	json_key(j, "time");
	json_string(j, v->time);
	json_object_close(j);
	return ferror(stdout) ? -1 : 0;
}

int
cmd_export(struct cli *cli, int argc, char **argv)
{
	struct export	 ex;
	int		 c, r, rc = CLI_EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+f:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (strcmp(optarg, "json") != 0)
				return cli_usage(_("export: unknown format "
				    "'%s' (json is the one)"), optarg);
			break;
		case 'h':
			usage();
			return CLI_EXIT_OK;
		default:
			return cli_usage("%s", _("export: bad option"));
		}
	}
	if (optind < argc)
		return cli_usage(_("export: unexpected argument '%s'"),
		    argv[optind]);

	memset(&ex, 0, sizeof ex);
	/* One read transaction: a consistent snapshot while others write. */
	if (cli_snapshot(cli, &ex.st, &ex.cause) != 0)
		goto fail;
	json_init(&ex.j, stdout);
	json_object_open(&ex.j);
	json_key(&ex.j, "format");
	json_string(&ex.j, EXPORT_FORMAT);

	json_key(&ex.j, "articles");
	json_array_open(&ex.j);
	r = store_articles_each(ex.st, article_cb,
	    &ex, &ex.cause);
		json_array_close(&ex.j);
	if (r == 0) {
		json_key(&ex.j, "pairs");
		json_array_open(&ex.j);
		r = store_pairs_each(ex.st, pair_cb,
		    &ex, &ex.cause);
		json_array_close(&ex.j);
	}
	if (r == 0) {
		json_key(&ex.j, "claims");
		json_array_open(&ex.j);
		r = store_claims_each(ex.st, claim_cb,
		    &ex, &ex.cause);
		json_array_close(&ex.j);
	}
	if (r == 0) {
		json_key(&ex.j, "conflicts");
		json_array_open(&ex.j);
		r = store_conflicts_each(ex.st,
		    conflict_cb, &ex, &ex.cause);
		json_array_close(&ex.j);
	}
	if (r == 0) {
		json_key(&ex.j, "verdicts");
		json_array_open(&ex.j);
		r = store_verdicts_each(ex.st,
		    verdict_cb, &ex, &ex.cause);
		json_array_close(&ex.j);
	}
	store_read_end(ex.st);
	if (r != 0) {
		if (ex.cause == NULL)
			util_cause(&ex.cause, "%s", _("write error on "
			    "standard output"));
		goto fail;
	}
	json_object_close(&ex.j);
	fputc('\n', stdout);
	if (json_finish(&ex.j, &ex.cause) != 0)
		goto fail;
	store_close(ex.st);
	return rc;
fail:
	rc = cli_fail(ex.cause);
	store_close(ex.st);
	return rc;
}
