/*
 * store-int.h: what the store*.c files share and nobody else sees: the
 * connection with its cache of prepared statements, and helpers to step
 * statements and turn SQLite errors into causes.
 *
 * The statement cache is keyed by the address of the SQL text (each SQL
 * string is a static const char[] in one store*.c file), so a statement is
 * prepared once per connection and reused; store_stmt() hands it back reset
 * with its bindings cleared.  A cached statement must be finished (stepped
 * to SQLITE_DONE or reset) before the same SQL is asked for again.
 */
#ifndef PX_STORE_INT_H
#define PX_STORE_INT_H

#include <sqlite3.h>

#include "px.h"
#include "store.h"

struct store_cached {
	const char	*sql;
	sqlite3_stmt	*stmt;
};

struct store {
	sqlite3			*db;
	char			*path;
	int			 readonly;
	int			 intx;		/* inside store_begin() */
	int			 inread;	/* inside store_read_begin() */
	int			 batch;		/* store_begin_batch(): units
						   without savepoints */
	int			 broken;	/* a unit of the batch failed
						   after writing: no commit */
	int			 units;		/* units open in the batch */
	int64_t			 unit_changes;	/* total changes when the
						   outermost one began */
	struct store_cached	*cache;
	size_t			 ncache, capcache;
};

/* The cached statement for sql (reset, bindings cleared), or NULL. */
sqlite3_stmt *store_stmt(struct store *st, const char *sql, char **cause);

/* A fresh statement the caller finalizes (for the _each iterators). */
sqlite3_stmt *store_stmt_new(struct store *st, const char *sql,
    char **cause);

/* Step: SQLITE_ROW or SQLITE_DONE, or -1 with *cause set (and the
 * statement reset). */
int store_step(struct store *st, sqlite3_stmt *s, char **cause);

/* Set *cause from the connection's last error; returns -1. */
int store_fail(struct store *st, char **cause);

/* Step a statement whose parameters are bound: *v gets the first column
 * of its first row, 0 when it has none; the statement is left reset. */
int store_int1(struct store *st, sqlite3_stmt *s, int64_t *v, char **cause);

/* Step a statement whose parameters are bound to its end: *out gets the
 * first ncols columns of each row as integers, row after row (ncols *
 * *nrows ids, NULL for none; free()); the statement is left reset. */
int store_ints(struct store *st, sqlite3_stmt *s, size_t ncols,
    int64_t **out, size_t *nrows, char **cause);

/* The claims of conflict id, ascending, into *out (free()). */
int store_conflict_claims(struct store *st, int64_t id, int64_t **out,
    size_t *n, char **cause);

/* Run a statement that returns no rows (cached); 0 or -1. */
int store_exec1(struct store *st, const char *sql, char **cause);

/*
 * Make a group of writes atomic: inside store_begin() a savepoint, outside
 * a transaction of its own.  store_atomic_end() with ok 0 undoes it.
 * Inside store_begin_batch() there is no savepoint (FTS5 writes its
 * pending terms out at every one): a unit that fails after writing marks
 * the batch, which then cannot be committed, only rolled back.
 */
int store_atomic_begin(struct store *st, int *own, char **cause);
int store_atomic_end(struct store *st, int own, int ok, char **cause);

/*
 * Sentence ids (ascending) as the time index keeps them: a 0 varint, the
 * first id, then the gaps, as varints; lists so made are appended to one
 * another.  malloc'd (*len bytes); NULL when memory runs out.
 */
unsigned char *store_ids_encode(const int64_t *ids, size_t n, size_t *len);

/* Bind text or NULL; bind an id, 0 as NULL. */
int store_bind_text(sqlite3_stmt *s, int i, const char *t);
int store_bind_id(sqlite3_stmt *s, int i, int64_t id);

/* A malloc'd copy of a text column, NULL for SQL NULL; -1 on no memory. */
int store_col_text(sqlite3_stmt *s, int i, char **out);

/* Refuse to write on a read-only store. */
int store_writable(struct store *st, char **cause);

#endif
