/*
 * table.c: loading the data tables users may extend (see table.h).
 *
 * The lines of a file come from util_parse_lines(); a filter in between
 * cuts a CR before the newline and drops blank lines and comments, so that
 * every parser sees only lines with something on them.  Loading stops at
 * the first file that cannot be read or the first line refused, but every
 * path paths_data_files() returned is freed.
 */
#include "px.h"
#include "paths.h"
#include "table.h"

#include <stdlib.h>
#include <string.h>

struct filter {
	table_line_fn	 fn;
	void		*table;
	size_t		 part;
};

static int
table_filter(void *arg, char *line, char **cause)
{
	struct filter	*f = arg;
	size_t		 n = strlen(line);
	const char	*p;

	if (n > 0 && line[n - 1] == '\r')
		line[n - 1] = '\0';
	p = line + strspn(line, " \t");
	if (*p == '\0' || *p == '#')
		return 0;
	return f->fn(f->table, f->part, line, cause);
}

int
table_parse(char *text, const char *name, table_line_fn fn, void *table,
    size_t part, char **cause)
{
	struct filter	f = { fn, table, part };

	return util_parse_lines(text, name, table_filter, &f, cause);
}

int
table_load_file(const char *path, table_line_fn fn, void *table,
    size_t part, char **cause)
{
	struct filter	f = { fn, table, part };

	return util_load_lines(path, table_filter, &f, cause);
}

void *
table_load(const struct table_kind *k, char **cause)
{
	void	*t;
	char	*files[2];
	size_t	 part, nf, i;
	int	 rc = 0;

	if ((t = k->create()) == NULL) {
		util_cause(cause, "%s", _("out of memory"));
		return NULL;
	}
	for (part = 0; part < PX_NITEMS(k->parts) && k->parts[part] != NULL;
	    part++) {
		nf = paths_data_files(k->parts[part], files);
		for (i = 0; i < nf; i++) {
			if (rc == 0 && table_load_file(files[i], k->line, t,
			    part, cause) != 0)
				rc = -1;
			free(files[i]);
		}
	}
	if (rc != 0) {
		k->destroy(t);
		return NULL;
	}
	return t;
}

const void *
table_default(const struct table_kind *k, struct table_cache *cache)
{
	if (atomic_load_explicit(&cache->ready, memory_order_acquire))
		return cache->table;
	pthread_mutex_lock(&cache->lock);
	if (!atomic_load_explicit(&cache->ready, memory_order_relaxed)) {
		if ((cache->table = table_load(k, NULL)) == NULL &&
		    k->fallback)
			cache->table = k->create();
		atomic_store_explicit(&cache->ready, 1, memory_order_release);
	}
	pthread_mutex_unlock(&cache->lock);
	return cache->table;
}
