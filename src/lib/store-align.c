/*
 * store-align.c: the writes the alignment engine needs beyond the plain
 * put/add functions: moving a story's articles into another story,
 * dropping a story, and dropping a story's conflicts before they are
 * computed again.  Each is one statement, atomic by itself, and meant to
 * run inside the caller's transaction.
 */
#include "store-int.h"

static const char sql_story_move[] =
    "UPDATE articles SET story = ?2 WHERE story = ?1";
static const char sql_story_conflicts_delete[] =
    "DELETE FROM conflicts WHERE story = ?1";
static const char sql_story_delete[] =
    "DELETE FROM stories WHERE id = ?1";

static int
run_ids(struct store *st, const char *sql, int64_t a, int64_t b,
    char **cause)
{
	sqlite3_stmt	*s;

	if (store_writable(st, cause) != 0)
		return -1;
	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, a);
	if (b != 0)
		sqlite3_bind_int64(s, 2, b);
	if (store_step(st, s, cause) == -1)
		return -1;
	sqlite3_reset(s);
	return 0;
}

int
store_story_move(struct store *st, int64_t from, int64_t to, char **cause)
{
	return run_ids(st, sql_story_move, from, to, cause);
}

int
store_story_conflicts_clear(struct store *st, int64_t story, char **cause)
{
	return run_ids(st, sql_story_conflicts_delete, story, 0, cause);
}

int
store_story_delete(struct store *st, int64_t story, char **cause)
{
	if (store_story_conflicts_clear(st, story, cause) != 0)
		return -1;
	return run_ids(st, sql_story_delete, story, 0, cause);
}
