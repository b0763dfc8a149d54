/*
 * cmd-verdicts.c: `parallax verdicts [--story N] [--open]
 * [--format=text|tsv|json]` lists the editors' review history, oldest
 * first, or with --open the latest verdict of every item that is still
 * disputed or needs a check.
 *
 * text is for people (control characters in notes are shown as spaces);
 * tsv is for scripts: id, target, target id, verdict, editor, time, note,
 * with tab, newline and backslash in a field written as \t, \n and \\;
 * json is {"format": "parallax-verdicts/1", "verdicts": [...]} with the
 * entries of the export's "verdicts".
 */
#include "cli.h"
#include "args.h"
#include "json.h"
#include "report.h"
#include "store.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct option verdicts_options[] = {
	{ "story",	required_argument,	NULL, 's' },
	{ "open",	no_argument,		NULL, 'o' },
	{ "format",	required_argument,	NULL, 'f' },
	{ "help",	no_argument,		NULL, 'h' },
	{ NULL,		0,			NULL, 0 }
};

struct verdicts_out {
	enum args_format	 format;
	struct json		 j;
	int			 nomem;
};

static void
verdicts_help(void)
{
	printf(_("Usage: %s verdicts [OPTION]...\n"), PACKAGE);
	fputs(_("List the editors' verdicts, oldest first.\n\n"), stdout);
	fputs(_("  -s, --story=N           only the items of story N\n"
	    "  -o, --open              only items whose latest verdict is "
	    "disputed or\n"
	    "                          needs-check (that verdict)\n"
	    "  -f, --format=FORMAT     text (the default), tsv or json\n"
	    "  -h, --help              display this help and exit\n\n"),
	    stdout);
	fputs(_("tsv columns: id, target, target id, verdict, editor, time, "
	    "note.\n"), stdout);
}

/* A TSV field: tab, newline, carriage return and backslash escaped. */
static void
put_tsv(const char *s)
{
	for (; s != NULL && *s != '\0'; s++) {
		switch (*s) {
		case '\t':
			fputs("\\t", stdout);
			break;
		case '\n':
			fputs("\\n", stdout);
			break;
		case '\r':
			fputs("\\r", stdout);
			break;
		case '\\':
			fputs("\\\\", stdout);
			break;
		default:
			putchar(*s);
		}
	}
}

/* Text without control characters, "-" for NULL. */
static int
put_text(const char *s)
{
	char	*e;

	if (s == NULL) {
		fputs("-", stdout);
		return 0;
	}
	if ((e = report_escape(REPORT_TXT, s)) == NULL)
		return -1;
	fputs(e, stdout);
	free(e);
	return 0;
}

static int
verdicts_one(void *arg, const struct store_verdict *v)
{
	struct verdicts_out	*o = arg;
	char			 item[64];
	int			 r = 0;

	switch (o->format) {
	case ARGS_TEXT:
		snprintf(item, sizeof item, "%s %lld",
		    store_target_name(v->target), (long long)v->target_id);
		printf("%6lld  %.10s %.5s  %-14s  ", (long long)v->id, v->time,
		    strlen(v->time) >= 16 ? v->time + 11 : "", item);
		r |= put_text(v->verdict);
		fputs("  ", stdout);
		r |= put_text(v->editor);
		if (v->note != NULL) {
			fputs("  ", stdout);
			r |= put_text(v->note);
		}
		putchar('\n');
		break;
	case ARGS_TSV:
		printf("%lld\t%s\t%lld\t", (long long)v->id,
		    store_target_name(v->target), (long long)v->target_id);
		put_tsv(v->verdict);
		putchar('\t');
		put_tsv(v->editor);
		putchar('\t');
		put_tsv(v->time);
		putchar('\t');
		put_tsv(v->note);
		putchar('\n');
		break;
	case ARGS_JSON:
		json_object_open(&o->j);
		json_key(&o->j, "id");
		json_int(&o->j, v->id);
		json_key(&o->j, "target");
		json_string(&o->j, store_target_name(v->target));
		json_key(&o->j, "target_id");
		json_int(&o->j, v->target_id);
		json_key(&o->j, "verdict");
		json_string(&o->j, v->verdict);
		json_key(&o->j, "note");
		json_string(&o->j, v->note);
		json_key(&o->j, "editor");
		json_string(&o->j, v->editor);
		json_key(&o->j, "time");
		json_string(&o->j, v->time);
		json_object_close(&o->j);
		break;
	}
	if (r != 0) {
		o->nomem = 1;
		return 1;
	}
	return ferror(stdout) ? 1 : 0;
}

int
cmd_verdicts(struct cli *cli, int argc, char **argv)
{
	struct store		*st = NULL;
	struct store_story	*s = NULL;
	struct verdicts_out	 o;
	char			*cause = NULL;
	long long		 story = 0;
	int			 c, flags = 0, rc = CLI_EXIT_FAIL;

	memset(&o, 0, sizeof o);
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":s:of:h", verdicts_options,
	    NULL)) != -1) {
		switch (c) {
		case 's':
			if ((story = args_id(optarg)) == 0)
				return cli_usage(_("'%s' is not a story id"),
				    optarg);
			break;
		case 'o':
			flags |= STORE_REVIEW_OPEN;
			break;
		case 'f':
			if (args_format(optarg, &o.format) != 0)
				return cli_usage(_("unknown format '%s' (text, "
				    "tsv or json)"), optarg);
			break;
		case 'h':
			verdicts_help();
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
	if (story != 0) {
		if (store_story_get(st, story, &s, &cause) != 0) {
			rc = cli_error("%s", cause);
			goto out;
		}
		if (s == NULL) {
			rc = cli_error(_("there is no story %lld"), story);
			goto out;
		}
	}
	if (o.format == ARGS_JSON) {
		json_init(&o.j, stdout);
		json_object_open(&o.j);
		json_key(&o.j, "format");
		json_string(&o.j, "parallax-verdicts/1");
		json_key(&o.j, "verdicts");
		json_array_open(&o.j);
	}
	if (store_review_each(st, story, flags, verdicts_one, &o, &cause) < 0) {
		rc = cli_error("%s", cause);
		goto out;
	}
	if (o.nomem) {
		rc = cli_error("%s", _("out of memory"));
		goto out;
	}
	if (o.format == ARGS_JSON) {
		json_array_close(&o.j);
		json_object_close(&o.j);
		fputc('\n', stdout);
		if (json_finish(&o.j, &cause) != 0) {
			rc = cli_error("%s", cause);
			goto out;
		}
	}
	rc = CLI_EXIT_OK;
out:
	store_story_free(s);
	store_close(st);
	free(cause);
	return rc;
}
