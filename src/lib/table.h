/*
 * table.h: the data tables users may extend.  A kind of table is made of
 * one or more parts, each a file share/parallax/PART extended by the file
 * of the same name under $XDG_CONFIG_HOME/parallax (paths_data_files()),
 * read part by part and, within a part, system file first.
 *
 * Each line is handed to the kind's parser with its line end (LF or CRLF)
 * cut off; blank lines (spaces and tabs only) and comments ('#' after
 * optional spaces and tabs) never reach it.  A line the parser refuses
 * stops the loading, and its cause becomes "FILE:LINE: cause".
 */
#ifndef PX_TABLE_H
#define PX_TABLE_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>

/* Parse one line of part parts[part] into table: 0, or -1 with *cause. */
typedef int (*table_line_fn)(void *table, size_t part, char *line,
    char **cause);

struct table_kind {
	const char	*parts[3];	/* file names in reading order, NULL
					 * after the last */
	void		*(*create)(void);	/* an empty table (or one with
						 * built-in entries); NULL when
						 * out of memory */
	void		 (*destroy)(void *);
	table_line_fn	 line;
	int		 fallback;	/* the default table is create()'s
					 * when loading fails (else NULL) */
};

/*
 * The default table of a kind, kept once loaded.  Declare it static with
 * TABLE_CACHE_INIT: any thread may ask for it first (table_default()).
 */
struct table_cache {
	void			*table;
	atomic_int		 ready;		/* table is final */
	pthread_mutex_t		 lock;		/* held while loading */
};
#define TABLE_CACHE_INIT	{ NULL, 0, PTHREAD_MUTEX_INITIALIZER }

/*
 * Hand the lines of text (changed in place) to fn as part part of table.
 * A refused line's cause is prefixed with "NAME:LINE: " unless name is
 * NULL.
 */
int table_parse(char *text, const char *name, table_line_fn fn, void *table,
    size_t part, char **cause);

/* The same for the file path ("PATH: reason" when it cannot be read). */
int table_load_file(const char *path, table_line_fn fn, void *table,
    size_t part, char **cause);

/*
 * A new table of kind k from all its data files (missing files are fine),
 * the caller's (k->destroy); NULL with *cause set when a file cannot be
 * read, a line is refused or memory runs out.
 */
void *table_load(const struct table_kind *k, char **cause);

/* The default table of kind k: loaded on first use into *cache and kept
 * for the life of the process; NULL when that failed (see fallback).
 * Thread-safe; after the first use it costs one atomic load. */
const void *table_default(const struct table_kind *k,
    struct table_cache *cache);

#endif
