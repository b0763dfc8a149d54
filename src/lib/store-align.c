/*
 * store-align.c: the writes the alignment engine needs beyond the plain
 * put/add functions: moving a story's articles into another story,
 * dropping a story, dropping a story's conflicts, and changing or dropping
 * one conflict in place (so that a conflict keeps its id, and the verdicts
 * that name it, while new articles add claims to it), and the list of
 * articles waiting for alignment (table pending: an article imported with
 * alignment deferred is in it until the engine has aligned it).  Each is
 * atomic by itself and meant to run inside the caller's transaction.
 */
#include "store-int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char sql_story_move[] =
    "UPDATE articles SET story = ?2 WHERE story = ?1";
/*
 * What the foreign keys would cascade is written out: an import runs
 * without them (store.c).
 */
static const char sql_story_conflict_claims_delete[] =
    "DELETE FROM conflict_claims WHERE conflict IN "
    "(SELECT id FROM conflicts WHERE story = ?1)";
static const char sql_story_conflicts_delete[] =
    "DELETE FROM conflicts WHERE story = ?1";
static const char sql_story_unset[] =
    "UPDATE articles SET story = NULL WHERE story = ?1";
static const char sql_story_delete[] =
    "DELETE FROM stories WHERE id = ?1";
static const char sql_conflict_delete[] =
    "DELETE FROM conflicts WHERE id = ?1";
static const char sql_conflict_reason[] =
    "UPDATE conflicts SET reason = ?2 WHERE id = ?1";
static const char sql_conflict_claims_delete[] =
    "DELETE FROM conflict_claims WHERE conflict = ?1";
static const char sql_conflict_claim_insert[] =
    "INSERT OR IGNORE INTO conflict_claims (conflict, claim) VALUES (?1, ?2)";
static const char sql_conflict_claim_delete[] =
    "DELETE FROM conflict_claims WHERE conflict = ?1 AND claim = ?2";
static const char sql_pending_add[] =
    "INSERT OR IGNORE INTO pending (article) VALUES (?1)";
static const char sql_pending_done[] =
    "DELETE FROM pending WHERE article = ?1";
static const char sql_pending_clear[] = "DELETE FROM pending";
static const char sql_pending_count[] = "SELECT count(*) FROM pending";
static const char sql_pending_sentences[] =
    "SELECT coalesce(sum(a.nsentences), 0) FROM pending p"
    "  JOIN articles a ON a.id = p.article";
static const char sql_pending_ids[] =
    "SELECT article FROM pending ORDER BY article LIMIT ?1";

/* Run the statements sql[0, n) with the same ids, all or none. */
static int
run_all(struct store *st, const char *const *sql, size_t n, int64_t a,
    char **cause);

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

static int
run_all(struct store *st, const char *const *sql, size_t n, int64_t a,
    char **cause)
{
	size_t	i;
	int	own, ok = 1;

	if (store_writable(st, cause) != 0 ||
	    store_atomic_begin(st, &own, cause) != 0)
		return -1;
	for (i = 0; i < n && ok; i++)
		ok = run_ids(st, sql[i], a, 0, cause) == 0;
	if (store_atomic_end(st, own, ok, ok ? cause : NULL) != 0)
		ok = 0;
	return ok ? 0 : -1;
}

int
store_story_conflicts_clear(struct store *st, int64_t story, char **cause)
{
	static const char *const sql[] = {
		sql_story_conflict_claims_delete, sql_story_conflicts_delete
	};

	return run_all(st, sql, PX_NITEMS(sql), story, cause);
}

int
store_story_delete(struct store *st, int64_t story, char **cause)
{
	static const char *const sql[] = {
		sql_story_conflict_claims_delete, sql_story_conflicts_delete,
		sql_story_unset, sql_story_delete
	};

	return run_all(st, sql, PX_NITEMS(sql), story, cause);
}

int
store_conflict_delete(struct store *st, int64_t id, char **cause)
{
	static const char *const sql[] = {
		sql_conflict_claims_delete, sql_conflict_delete
	};

	return run_all(st, sql, PX_NITEMS(sql), id, cause);
}

static int
claim_stmt(struct store *st, const char *sql, int64_t id, int64_t claim,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, claim);
	rc = store_step(st, s, cause);
	sqlite3_reset(s);
	return rc == -1 ? -1 : 0;
}

/*
 * Only the claims that come or go are written: a conflict of a long story
 * gains a claim or two with each article, and writing all of its claims
 * again made each article cost as much as the story's size.
 */
int
store_conflict_update(struct store *st, int64_t id, const char *reason,
    const int64_t *claims, size_t n, char **cause)
{
	sqlite3_stmt	*s;
	int64_t		*want = NULL, *have = NULL;
	size_t		 i, j, nw = 0, nh = 0;
	int		 own, ok = 0;

	if (store_writable(st, cause) != 0 ||
	    store_atomic_begin(st, &own, cause) != 0)
		return -1;
	if ((s = store_stmt(st, sql_conflict_reason, cause)) == NULL)
		goto out;
	sqlite3_bind_int64(s, 1, id);
	store_bind_text(s, 2, reason);
	if (store_step(st, s, cause) == -1)
		goto out;
	sqlite3_reset(s);
	/* what is wanted, sorted and unique; what is there */
	if ((want = calloc(n + 1, sizeof *want)) == NULL) {
		util_cause(cause, "%s", strerror(ENOMEM));
		goto out;
	}
	if (n > 0)
		memcpy(want, claims, n * sizeof *want);
	qsort(want, n, sizeof *want, util_cmp_int64);
	for (i = 0; i < n; i++)
		if (nw == 0 || want[nw - 1] != want[i])
			want[nw++] = want[i];
	if (store_conflict_claims(st, id, &have, &nh, cause) != 0)
		goto out;
	for (i = j = 0; i < nh || j < nw;) {
		if (j == nw || (i < nh && have[i] < want[j])) {
			if (claim_stmt(st, sql_conflict_claim_delete, id,
			    have[i++], cause) != 0)
				goto out;
		} else if (i == nh || want[j] < have[i]) {
			if (claim_stmt(st, sql_conflict_claim_insert, id,
			    want[j++], cause) != 0)
				goto out;
		} else {
			i++;
			j++;
		}
	}
	ok = 1;
out:
	free(want);
	free(have);
	if (store_atomic_end(st, own, ok, ok ? cause : NULL) != 0)
		ok = 0;
	return ok ? 0 : -1;
}

int
store_pending_add(struct store *st, int64_t article, char **cause)
{
	return run_ids(st, sql_pending_add, article, 0, cause);
}

int
store_pending_done(struct store *st, int64_t article, char **cause)
{
	return run_ids(st, sql_pending_done, article, 0, cause);
}

int
store_pending_clear(struct store *st, char **cause)
{
	if (store_writable(st, cause) != 0)
		return -1;
	return store_exec1(st, sql_pending_clear, cause);
}

int
store_pending_count(struct store *st, int64_t *n, char **cause)
{
	sqlite3_stmt	*s;

	*n = 0;
	if ((s = store_stmt(st, sql_pending_count, cause)) == NULL)
		return -1;
	return store_int1(st, s, n, cause);
}

int
store_pending_sentences(struct store *st, int64_t *n, char **cause)
{
	sqlite3_stmt	*s;

	*n = 0;
	if ((s = store_stmt(st, sql_pending_sentences, cause)) == NULL)
		return -1;
	return store_int1(st, s, n, cause);
}

int
store_pending_ids(struct store *st, size_t max, int64_t **ids, size_t *n,
    char **cause)
{
	sqlite3_stmt	*s;

	*ids = NULL;
	*n = 0;
	if ((s = store_stmt(st, sql_pending_ids, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, max == 0 || max > INT64_MAX ? -1 :
	    (sqlite3_int64)max);
	return store_ints(st, s, 1, ids, n, cause);
}
