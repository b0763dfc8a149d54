/*
 * cmd-import.c: parallax import [--outlet NAME] [-v] [--max-size BYTES]
 * [--jobs N] [--no-align] PATH...
 *
 * Files, directories (walked recursively, regular files only, in sorted
 * order) and "-" for standard input.  The walk lists every file first so
 * that the progress line can say how far along it is; each file is then
 * read (at most --max-size bytes) and handed to the ingest unit of work.
 * What is printed as imported is committed: outcomes come back from
 * ingest only after their batch is.  Exit 0 when every file was imported
 * or already there, 1 when any was rejected or the database failed.
 * Files are parsed on --jobs threads (default: one per processor) while
 * this thread stores and aligns; --no-align leaves the alignment to a
 * later `parallax align --pending`; --timings prints where the storing
 * thread's time went (ingest_times(), align_stats()).
 */
#include "cli.h"
#include "align.h"
#include "ingest.h"
#include "out.h"
#include "paths.h"
#include "store.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define IMPORT_MAX_SIZE		(16UL * 1024 * 1024)
#define IMPORT_PROGRESS_MIN	20	/* files before a progress line */
#define IMPORT_PROGRESS_NSEC	100000000LL

struct import {
	char		**files;	/* NULL entries: standard input */
	size_t		  nfiles, cap;
	int		  verbose;
	int		  progress;	/* a progress line may be shown */
	int		  shown;	/* it is on the screen now */
	struct timespec	  last;
	size_t		  done;
	struct ingest	 *in;
};

static const struct option longopts[] = {
	{ "outlet", required_argument, NULL, 'o' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "max-size", required_argument, NULL, 'm' },
	{ "batch", required_argument, NULL, 'b' },
	{ "jobs", required_argument, NULL, 'j' },
	{ "no-align", no_argument, NULL, 'n' },
	{ "timings", no_argument, NULL, 't' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(void)
{
	printf(_("Usage: %s import [OPTION]... PATH...\n"), PACKAGE);
	fputs(_("Import article files into the database: files, directories "
	    "(recursively)\nand - for standard input.\n\n"), stdout);
	fputs(_("  -o, --outlet=NAME     file the articles under outlet NAME\n"
	    "  -v, --verbose         one line per file on standard error\n"
	    "  -m, --max-size=BYTES  refuse files larger than BYTES (K, M, G "
	    "suffixes;\n"
	    "                        default 16M)\n"
	    "      --batch=N         commit every N articles (default 200)\n"
	    "  -j, --jobs=N          parse on N threads (default: one per "
	    "processor;\n"
	    "                        0: parse as the files are stored)\n"
	    "      --no-align        store the articles only; `align "
	    "--pending' aligns\n"
	    "                        them later\n"
	    "      --timings         print where the time went, step by "
	    "step\n"
	    "  -h, --help            display this help and exit\n"), stdout);
	fputs(_("\nExit status: 0 if every file was imported or already "
	    "present, 1 if any\nwas rejected, 2 on a usage error.\n"), stdout);
}

/* One line of the timings: seconds, per article, share of the wall. */
static void
timing(const char *name, double sec, size_t n, double wall)
{
	fputs("  ", stderr);
	out_field(stderr, name, 30, 1);
	fprintf(stderr, " %9.2f %9.3f %5.1f%%\n", sec,
	    n > 0 ? 1000 * sec / (double)n : 0.0,
	    wall > 0 ? 100 * sec / wall : 0.0);
}

/*
 * Where the storing thread's time went: the ingest's steps and the
 * engine's, then what neither counted (reading and walking files, the
 * parsing threads' start, the last report).
 */
static void
print_timings(const struct ingest *in, const struct align *al, size_t n,
    double wall)
{
	struct ingest_times	it;
	struct align_stats	as;
	double			sum;
	size_t			i;

	ingest_times(in, &it);
	align_stats(al, &as);
	fprintf(stderr, _("Where the time went (seconds, milliseconds per "
	    "imported article, share):\n"));
	timing(_("parse files (this thread)"), it.parse, n, wall);
	timing(_("wait for the parsing threads"), it.wait, n, wall);
	timing(_("store articles"), it.store, n, wall);
	sum = it.parse + it.wait + it.store + it.commit;
	for (i = 0; al != NULL && i < ALIGN_NSTEPS; i++) {
		timing(_(align_step_name((enum align_step)i)),
		    as.seconds[i], n, wall);
		sum += as.seconds[i];
	}
	timing(_("commit"), it.commit, n, wall);
	timing(_("everything else"), wall > sum ? wall - sum : 0, n, wall);
	timing(_("total"), wall, n, wall);
	if (al != NULL)
		fprintf(stderr, _("%llu sentence pairs compared, %llu "
		    "candidates prepared, %llu read from the database\n"),
		    (unsigned long long)as.compared,
		    (unsigned long long)as.prepared,
		    (unsigned long long)as.read);
}

static int
parse_size(const char *s, size_t *out)
{
	char			*end;
	unsigned long long	 v, mul = 1;

	if (*s == '-' || *s == '\0')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || end == s)
		return -1;
	switch (*end) {
	case '\0':
		break;
	case 'k': case 'K':
		mul = 1024;
		break;
	case 'm': case 'M':
		mul = 1024 * 1024;
		break;
	case 'g': case 'G':
		mul = 1024 * 1024 * 1024;
		break;
	default:
		return -1;
	}
	if (*end != '\0' && end[1] != '\0')
		return -1;
	if (v > SIZE_MAX / mul)
		return -1;
	*out = (size_t)(v * mul);
	return 0;
}

static const char *
display_name(const char *path)
{
	return path != NULL ? path : _("standard input");
}

static void
progress_clear(struct import *im)
{
	if (im->shown) {
		fputs("\r\033[K", stderr);
		im->shown = 0;
	}
}

static void
progress(struct import *im, int force)
{
	struct timespec	now;
	long long	ns;

	if (!im->progress)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ns = (long long)(now.tv_sec - im->last.tv_sec) * 1000000000LL +
	    (now.tv_nsec - im->last.tv_nsec);
	if (!force && ns < IMPORT_PROGRESS_NSEC)
		return;
	im->last = now;
	fputc('\r', stderr);
	fprintf(stderr, _("%s: %zu/%zu files (%zu%%)"), PACKAGE, im->done,
	    im->nfiles, im->nfiles ? im->done * 100 / im->nfiles : 100);
	fflush(stderr);
	im->shown = 1;
}

/* An outcome, once committed. */
static void
report(void *arg, const struct ingest_result *r)
{
	struct import	*im = arg;
	const char	*name = display_name(r->path);
	size_t		 i;

	if (r->status == INGEST_REJECTED || r->nwarnings > 0 || im->verbose)
		progress_clear(im);
	for (i = 0; i < r->nwarnings; i++)
		cli_warn("%s: %s", name, r->warnings[i]);
	switch (r->status) {
	case INGEST_IMPORTED:
		if (im->verbose)
			fprintf(stderr, _("%s: %s: imported as article %lld "
			    "(%zu sentences)\n"), PACKAGE, name,
			    (long long)r->id, r->nsentences);
		break;
	case INGEST_PRESENT:
		if (im->verbose)
			fprintf(stderr, _("%s: %s: already present as article "
			    "%lld\n"), PACKAGE, name, (long long)r->id);
		break;
	case INGEST_REJECTED:
		cli_error("%s: %s", name, r->cause);
		break;
	}
}

static int
add_file(struct import *im, const char *path)
{
	char	**nf;

	if (im->nfiles == im->cap) {
		nf = util_reallocarray(im->files, im->cap + 256, sizeof *nf);
		if (nf == NULL)
			return -1;
		im->files = nf;
		im->cap += 256;
	}
	im->files[im->nfiles] = NULL;
	if (path != NULL && (im->files[im->nfiles] = util_strdup(path)) ==
	    NULL)
		return -1;
	im->nfiles++;
	return 0;
}

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * List a directory's regular files, recursively, sorted by name.  A
 * directory that cannot be read is a rejection (queued in its turn).
 */
static int
walk(struct import *im, const char *dir)
{
	DIR		 *d;
	struct dirent	 *de;
	struct stat	  sb;
	char		**names = NULL, **nn, *path;
	size_t		  n = 0, cap = 0, i;
	int		  rc = 0;

	if ((d = opendir(dir)) == NULL)
		return ingest_reject(im->in, dir, strerror(errno));
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		if (n == cap) {
			nn = util_reallocarray(names, cap + 64, sizeof *nn);
			if (nn == NULL) {
				rc = -1;
				break;
			}
			names = nn;
			cap += 64;
		}
		if ((names[n] = util_strdup(de->d_name)) == NULL) {
			rc = -1;
			break;
		}
		n++;
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof *names, cmp_name);
	for (i = 0; i < n && rc == 0; i++) {
		if (dir[0] != '\0' && dir[strlen(dir) - 1] == '/')
			path = util_printf("%s%s", dir, names[i]);
		else
			path = util_printf("%s/%s", dir, names[i]);
		if (path == NULL) {
			rc = -1;
			break;
		}
		if (lstat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
			rc = walk(im, path);
		else if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
			rc = add_file(im, path);
		free(path);
	}
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

static int
import_one(struct import *im, const char *path, size_t max, char **cause)
{
	char	*data = NULL, *why = NULL;
	size_t	 len;
	int	 rc;

	/* Standard input may block: do not hold the write lock meanwhile. */
	if (path == NULL && ingest_flush(im->in, cause) != 0)
		return -1;
	if (util_read_file(path != NULL ? path : "-", max, &data, &len,
	    &why) != 0) {
		rc = ingest_reject(im->in, path, why != NULL ? why : "?");
		free(why);
		if (rc != 0)
			util_cause(cause, "%s", strerror(ENOMEM));
		return rc;
	}
	rc = ingest_add(im->in, path, data, len, cause);
	free(data);
	return rc;
}

int
cmd_import(struct cli *cli, int argc, char **argv)
{
	struct import		 im;
	struct ingest_options	 io;
	struct store		*st = NULL;
	struct align		*al = NULL;
	struct stat		 sb;
	char			*cause = NULL;
	size_t			 max = IMPORT_MAX_SIZE, batch = 0, i, before;
	size_t			 nimp, npres, nrej, jobs;
	int64_t			 waiting = 0;
	long			 ncpu;
	int			 c, rc = CLI_EXIT_FAIL, failed = 0, defer = 0;
	int			 timings = 0;
	const char		*outlet = NULL;
	double			 start = util_clock();

	memset(&im, 0, sizeof im);
	ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	jobs = ncpu > 1 ? (size_t)ncpu : 1;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+o:vm:j:h", longopts, NULL)) !=
	    -1) {
		switch (c) {
		case 'o':
			outlet = optarg;
			break;
		case 'v':
			im.verbose = 1;
			break;
		case 'm':
			if (parse_size(optarg, &max) != 0)
				return cli_usage(_("import: bad size '%s'"),
				    optarg);
			break;
		case 'b':
			if (parse_size(optarg, &batch) != 0 || batch == 0)
				return cli_usage(_("import: bad batch size "
				    "'%s'"), optarg);
			break;
		case 'j':
			if (parse_size(optarg, &jobs) != 0 || jobs > 64)
				return cli_usage(_("import: bad number of "
				    "jobs '%s'"), optarg);
			break;
		case 'n':
			defer = 1;
			break;
		case 't':
			timings = 1;
			break;
		case 'h':
			usage();
			return CLI_EXIT_OK;
		default:
			return cli_usage("%s", _("import: bad option"));
		}
	}
	if (optind >= argc)
		return cli_usage("%s", _("import: no file given"));

	if (paths_mkparents(cli->db_path, &cause) != 0 ||
	    store_open(cli->db_path, STORE_CREATE | STORE_BULK, &st,
	    &cause) != 0)
		return cli_fail(cause);
	memset(&io, 0, sizeof io);
	io.outlet = outlet;
	io.batch = batch;
	io.threads = jobs;
	io.defer = defer;
	io.report = report;
	io.report_arg = &im;
	if (!defer) {
		/* with threads, one more compares sentence pairs */
		if (align_new(st, 1, &al, &cause) != 0 ||
		    align_set_threads(al, jobs > 0, &cause) != 0)
			goto fail;
		align_ingest_options(al, &io);
	}
	if (ingest_new(st, &io, &im.in, &cause) != 0)
		goto fail;

	for (i = (size_t)optind; i < (size_t)argc; i++) {
		if (strcmp(argv[i], "-") == 0) {
			if (add_file(&im, NULL) != 0)
				goto nomem;
		} else if (stat(argv[i], &sb) != 0) {
			if (ingest_reject(im.in, argv[i], strerror(errno)) !=
			    0)
				goto nomem;
		} else if (S_ISDIR(sb.st_mode)) {
			before = im.nfiles;
			if (walk(&im, argv[i]) != 0)
				goto nomem;
			if (im.nfiles == before)
				cli_warn(_("%s: no files in this directory"),
				    argv[i]);
		} else if (add_file(&im, argv[i]) != 0)
			goto nomem;
	}
	im.progress = !im.verbose && isatty(STDERR_FILENO) &&
	    im.nfiles >= IMPORT_PROGRESS_MIN;
	for (i = 0; i < im.nfiles; i++) {
		if (import_one(&im, im.files[i], max, &cause) != 0) {
			failed = 1;
			break;
		}
		im.done++;
		progress(&im, 0);
	}
	if (!failed && ingest_flush(im.in, &cause) != 0)
		failed = 1;
	progress_clear(&im);
	if (failed) {
		cli_error("%s", cause);
		free(cause);
		cause = NULL;
	}
	ingest_counts(im.in, &nimp, &npres, &nrej);
	fprintf(stderr, _("%zu imported, %zu already present, %zu rejected\n"),
	    nimp, npres, nrej);
	if (timings)
		print_timings(im.in, al, nimp, util_clock() - start);
	if (store_pending_count(st, &waiting, NULL) == 0 && waiting > 0)
		cli_warn(_("%lld articles wait for alignment: run '%s align "
		    "--pending'"), (long long)waiting, PACKAGE);

	rc = failed || nrej > 0 ? CLI_EXIT_FAIL : CLI_EXIT_OK;
	goto out;
nomem:
	util_cause(&cause, "%s", strerror(ENOMEM));
fail:
	rc = cli_fail(cause);
out:
	ingest_free(im.in);
	align_free(al);
	store_close(st);
	for (i = 0; i < im.nfiles; i++)
		free(im.files[i]);
	free(im.files);
	return rc;
}
