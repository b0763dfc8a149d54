/*
 * cmd-read.c: `parallax read [--demo]`, also what runs when no command is
 * given.  On a terminal it opens the reader (src/tui) on the database; with
 * --demo on the bundled demo articles (share/parallax/demo/NAME.txt) imported
 * into a temporary database that is removed when the reader exits, however
 * it exits short of SIGKILL.  Not on a terminal it prints the article list,
 * as `parallax list` would, so that `parallax | grep` does something useful.
 */
#include "cli.h"
#include "align.h"
#include "paths.h"
#include "store.h"
#include "ingest.h"
#include "outlets.h"

#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tui.h"

#define READ_MAX_FILE	(16 * 1024 * 1024)

/* `parallax list`, when this build has it. */
static const struct command *
read_list_command(void)
{
	const struct command	*c;

	for (c = cli_commands; c->name != NULL; c++) {
		if (strcmp(c->name, "list") == 0)
			return c;
	}
	return NULL;
}

/* The article list, for a pipe: "id<TAB>date<TAB>outlet<TAB>title". */
static int
read_list(struct store *st)
{
	struct store_article	*a;
	struct store_page	 q;
	char			*cause = NULL;
	size_t			 n, i;

	memset(&q, 0, sizeof q);
	q.order = STORE_BY_ID;
	q.limit = 256;
	for (;;) {
		if (store_articles_page(st, &q, &a, &n, &cause) != 0) {
			cli_error("%s", cause);
			free(cause);
			return -1;
		}
		for (i = 0; i < n; i++)
			printf("%lld\t%s\t%s\t%s\n", (long long)a[i].id,
			    a[i].date != NULL ? a[i].date : "-",
			    a[i].outlet != NULL ? a[i].outlet : "-",
			    a[i].title != NULL ? a[i].title : "-");
		if (n > 0)
			q.from = a[n - 1].id;
		store_articles_free(a, n);
		if (n < q.limit)
			return 0;
	}
}

static void
read_report(void *arg, const struct ingest_result *r)
{
	(void)arg;
	if (r->status == INGEST_REJECTED)
		cli_warn("%s: %s", r->path != NULL ? r->path : "-",
		    r->cause != NULL ? r->cause : "");
}

/*
 * Import the demo articles into st, aligning each as it comes (pairs,
 * claims, conflicts and stories), as `parallax import` does.
 */
static int
read_demo_import(struct store *st, char **cause)
{
	struct ingest_options	 o;
	struct ingest		*in = NULL;
	struct outlets		*outlets = NULL;
	struct align		*al = NULL;
	glob_t			 g;
	char			*pattern, *raw;
	size_t			 i, len;
	int			 rc = -1;

	pattern = util_printf("%s/demo/*.txt", paths_data_dir());
	if (pattern == NULL) {
		util_cause(cause, "%s", strerror(ENOMEM));
		return -1;
	}
	memset(&g, 0, sizeof g);
	if (glob(pattern, 0, NULL, &g) != 0 || g.gl_pathc == 0) {
		util_cause(cause, _("no demo articles in %s"), pattern);
		free(pattern);
		globfree(&g);
		return -1;
	}
	free(pattern);
	/* The demo's fictional outlets are in the usual outlets table. */
	if (outlets_load(&outlets, cause) != 0)
		goto out;
	if (align_new(st, 1, &al, cause) != 0)
		goto out;
	memset(&o, 0, sizeof o);
	o.outlets = outlets;
	o.report = read_report;
	align_ingest_options(al, &o);
	if (ingest_new(st, &o, &in, cause) != 0)
		goto out;
	for (i = 0; i < g.gl_pathc; i++) {
		if (util_read_file(g.gl_pathv[i], READ_MAX_FILE, &raw, &len,
		    cause) != 0)
			goto out;
		if (ingest_add(in, g.gl_pathv[i], raw, len, cause) != 0) {
			free(raw);
			goto out;
		}
		free(raw);
	}
	if (ingest_flush(in, cause) != 0)
		goto out;
	rc = 0;
out:
	ingest_free(in);
	align_free(al);
	outlets_free(outlets);
	globfree(&g);
	return rc;
}

/* A private directory for the demo database. */
static char *
read_demo_dir(char **cause)
{
	const char	*tmp = getenv("TMPDIR");
	char		*dir;

	dir = util_printf("%s/parallax-demo.XXXXXX",
	    tmp != NULL && *tmp == '/' ? tmp : "/tmp");
	if (dir == NULL || mkdtemp(dir) == NULL) {
		util_cause(cause, "mkdtemp: %s", strerror(errno));
		free(dir);
		return NULL;
	}
	return dir;
}

static void
read_demo_remove(const char *dir)
{
	static const char *const files[] = {
		"demo.db", "demo.db-wal", "demo.db-shm", "demo.db-journal"
	};
	char	*p;
	size_t	 i;

	for (i = 0; i < PX_NITEMS(files); i++) {
		if ((p = util_printf("%s/%s", dir, files[i])) != NULL) {
			unlink(p);
			free(p);
		}
	}
	rmdir(dir);
}

int
cmd_read(struct cli *cli, int argc, char **argv)
{
	struct store		*st = NULL;
	const struct command	*c;
	char			*cause = NULL, *dir = NULL, *db = NULL;
	char			*list[] = { (char *)"list", NULL };
	const char	*path = cli->db_path;
	int		 i, demo = cli->demo, rc = CLI_EXIT_FAIL, tty;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--demo") == 0)
			demo = 1;
		else if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0) {
			printf(_("Usage: %s read [--demo]\n"), PACKAGE);
			fputs(_("Open the reader on the database; with --demo "
			    "on the bundled demo articles\nin a temporary "
			    "database. "
			    "Not on a terminal, print the article list.\n\n"
			    "  -h, --help  display this help and exit\n"
			    "See parallax(1) for the keys and the "
			    "configuration.\n"), stdout);
			return CLI_EXIT_OK;
		} else
			return cli_usage(_("read: unknown argument '%s'"),
			    argv[i]);
	}
	tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
	if (demo) {
		if ((dir = read_demo_dir(&cause)) == NULL)
			goto fail;
		if ((db = util_printf("%s/demo.db", dir)) == NULL)
			goto fail;
		path = db;
		if (store_open(path, STORE_CREATE, &st, &cause) != 0 ||
		    read_demo_import(st, &cause) != 0)
			goto fail;
	} else if (tty) {
		/* A first run shows an empty reader that says what to do. */
		if (access(path, F_OK) != 0 &&
		    paths_mkparents(path, &cause) != 0)
			goto fail;
		if (store_open(path, STORE_CREATE, &st, &cause) != 0)
			goto fail;
	} else if (store_open(path, STORE_READONLY, &st, &cause) != 0)
		goto fail;

	if (tty)
		rc = tui_main(st, cli->editor) == 0 ? CLI_EXIT_OK : CLI_EXIT_FAIL;
	else if ((c = read_list_command()) != NULL) {
		cli->db_path = path;
		rc = c->fn(cli, 1, list);
	} else
		rc = read_list(st) == 0 ? CLI_EXIT_OK : CLI_EXIT_FAIL;
	goto out;
fail:
	rc = cli_error("%s: %s", path, cause != NULL ? cause :
	    strerror(ENOMEM));
out:
	free(cause);
	store_close(st);
	if (dir != NULL)
		read_demo_remove(dir);
	free(dir);
	free(db);
	return rc;
}
