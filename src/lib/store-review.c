/*
 * store-review.c: the editors' review on top of the verdicts table: which
 * verdicts an editor may give, whether an item exists, adding a verdict
 * only if the item has not changed since the editor saw it, and the
 * history or the open items of one story.
 *
 * Invariants: verdicts are append-only (the schema refuses UPDATE and
 * DELETE); the current state of an item is its verdict with the largest
 * id.  store_review_add() reads that latest verdict and appends the new one
 * inside one BEGIN IMMEDIATE transaction (or a savepoint of the caller's),
 * so two editors racing on one item cannot both succeed against the same
 * state: the second is told who came first.  An item belongs to a story
 * through its sentences' articles (pairs: either sentence; claims: its
 * sentence) or, for conflicts, through conflicts.story.  Notes and editors'
 * names are stored only as valid UTF-8.
 */
#include "store-int.h"

#include <stdlib.h>
#include <string.h>
#include <unistr.h>

/* The verdicts an editor may give; the first two leave an item open. */
static const char *const review_verdicts[] = {
	"disputed", "needs-check", "confirmed", "cleared"
};
#define REVIEW_NOPEN	2

static const char sql_pair_exists[] =
	"SELECT 1 FROM pairs WHERE id = ?1";
static const char sql_claim_exists[] =
	"SELECT 1 FROM claims WHERE id = ?1";
static const char sql_conflict_exists[] =
	"SELECT 1 FROM conflicts WHERE id = ?1";

/*
 * Verdicts of the items of story ?1 (0: every verdict); with ?2 non-zero
 * only the latest verdict of each item, and only if it leaves the item open
 * (disputed, needs-check).
 */
static const char sql_review_each[] =
	"SELECT v.id, v.target, v.target_id, v.verdict, v.note, v.editor,"
	"  v.time FROM verdicts v"
	" WHERE (?1 = 0"
	"  OR (v.target = 'pair' AND v.target_id IN (SELECT p.id FROM pairs p"
	"    JOIN sentences s ON s.id = p.a OR s.id = p.b"
	"    JOIN articles a ON a.id = s.article WHERE a.story = ?1))"
	"  OR (v.target = 'claim' AND v.target_id IN (SELECT c.id FROM claims c"
	"    JOIN sentences s ON s.id = c.sentence"
	"    JOIN articles a ON a.id = s.article WHERE a.story = ?1))"
	"  OR (v.target = 'conflict' AND v.target_id IN (SELECT k.id"
	"    FROM conflicts k WHERE k.story = ?1)))"
	" AND (?2 = 0 OR (v.verdict IN ('disputed', 'needs-check')"
	"  AND v.id = (SELECT max(w.id) FROM verdicts w"
	"    WHERE w.target = v.target AND w.target_id = v.target_id)))"
	" ORDER BY v.id";

static const char sql_integrity[] = "PRAGMA integrity_check";

/*
 * Pairs with both sentences in articles of story ?1, by id.  CROSS JOIN
 * fixes the loop order: from the story's articles (articles_story) to
 * their sentences and their pairs, never a scan of all pairs.
 */
static const char sql_pairs_of_story[] =
	"SELECT p.id, p.a, p.b, p.relation, p.score FROM articles aa"
	" CROSS JOIN sentences sa ON sa.article = aa.id"
	" CROSS JOIN pairs p ON p.a = sa.id"
	" CROSS JOIN sentences sb ON sb.id = p.b"
	" CROSS JOIN articles ab ON ab.id = sb.article"
	" WHERE aa.story = ?1 AND ab.story = ?1 ORDER BY p.id";

static int
nomem_cause(char **cause)
{
	util_cause(cause, "%s", _("out of memory"));
	return -1;
}

int
store_review_valid(const char *verdict)
{
	size_t	i;

	for (i = 0; i < PX_NITEMS(review_verdicts); i++) {
		if (strcmp(verdict, review_verdicts[i]) == 0)
			return 1;
	}
	return 0;
}

int
store_review_is_open(const char *verdict)
{
	size_t	i;

	for (i = 0; i < REVIEW_NOPEN; i++) {
		if (strcmp(verdict, review_verdicts[i]) == 0)
			return 1;
	}
	return 0;
}

int
store_review_exists(struct store *st, enum store_target target, int64_t id,
    int *exists, char **cause)
{
	sqlite3_stmt	*s;
	const char	*sql;
	int		 rc;

	*exists = 0;
	switch (target) {
	case STORE_TARGET_PAIR:
		sql = sql_pair_exists;
		break;
	case STORE_TARGET_CLAIM:
		sql = sql_claim_exists;
		break;
	case STORE_TARGET_CONFLICT:
		sql = sql_conflict_exists;
		break;
	default:
		util_cause(cause, "%s", _("unknown kind of item"));
		return -1;
	}
	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = store_step(st, s, cause)) == -1)
		return -1;
	*exists = rc == SQLITE_ROW;
	sqlite3_reset(s);
	return 0;
}

int
store_review_add(struct store *st, enum store_target target,
    int64_t target_id, int64_t expect, const char *verdict, const char *note,
    const char *editor, int64_t *id, struct store_verdict **latest,
    char **cause)
{
	struct store_verdict	*cur = NULL;
	int			 own, exists, ok = 0;

	*id = 0;
	*latest = NULL;
	if (!store_review_valid(verdict)) {
		util_cause(cause, _("'%s' is not a verdict (confirmed, "
		    "disputed, needs-check or cleared)"), verdict);
		return -1;
	}
	if (editor == NULL || *editor == '\0') {
		util_cause(cause, "%s", _("a verdict needs an editor's name"));
		return -1;
	}
	if (u8_check((const uint8_t *)editor, strlen(editor)) != NULL ||
	    (note != NULL && u8_check((const uint8_t *)note, strlen(note)) !=
	    NULL)) {
		util_cause(cause, "%s", _("the editor's name and the note must "
		    "be UTF-8"));
		return -1;
	}
	if (store_atomic_begin(st, &own, cause) != 0)
		return -1;
	if (store_review_exists(st, target, target_id, &exists, cause) != 0)
		goto out;
	if (!exists) {
		util_cause(cause, _("there is no %s %lld"),
		    store_target_name(target), (long long)target_id);
		goto out;
	}
	if (store_verdict_latest(st, target, target_id, &cur, cause) != 0)
		goto out;
	if (expect != STORE_REVIEW_ANY &&
	    (cur == NULL ? 0 : cur->id) != expect) {
		*latest = cur;		/* changed meanwhile: nothing added */
		cur = NULL;
		ok = 1;
		goto out;
	}
	if (store_verdict_add(st, target, target_id, verdict, note, editor, id,
	    cause) != 0)
		goto out;
	ok = 1;
out:
	store_verdict_free(cur);
	if (store_atomic_end(st, own, ok, ok ? cause : NULL) != 0) {
		store_verdict_free(*latest);
		*latest = NULL;
		*id = 0;
		return -1;
	}
	if (!ok) {
		*id = 0;
		return -1;
	}
	return 0;
}

static int
review_row(sqlite3_stmt *s, struct store_verdict *v)
{
	const char	*t;

	memset(v, 0, sizeof *v);
	v->id = sqlite3_column_int64(s, 0);
	t = (const char *)sqlite3_column_text(s, 1);
	if (t == NULL || store_target_parse(t, &v->target) != 0)
		return -1;
	v->target_id = sqlite3_column_int64(s, 2);
	if (store_col_text(s, 3, &v->verdict) != 0 ||
	    store_col_text(s, 4, &v->note) != 0 ||
	    store_col_text(s, 5, &v->editor) != 0 ||
	    store_col_text(s, 6, &v->time) != 0)
		return -1;
	return 0;
}

static void
review_row_clear(struct store_verdict *v)
{
	free(v->verdict);
	free(v->note);
	free(v->editor);
	free(v->time);
}

int
store_review_each(struct store *st, int64_t story, int flags,
    int (*fn)(void *arg, const struct store_verdict *v), void *arg,
    char **cause)
{
	sqlite3_stmt		*s;
	struct store_verdict	 v;
	int			 rc, r = 0;

	if ((s = store_stmt_new(st, sql_review_each, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, story);
	sqlite3_bind_int(s, 2, (flags & STORE_REVIEW_OPEN) != 0);
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if (review_row(s, &v) != 0) {
			review_row_clear(&v);
			util_cause(cause, "%s", _("out of memory"));
			rc = -1;
			break;
		}
		r = fn(arg, &v);
		review_row_clear(&v);
		if (r != 0)
			break;
	}
	sqlite3_finalize(s);
	if (rc == -1)
		return -1;
	return r;
}

int
store_review_pairs_of_story(struct store *st, int64_t story,
    struct store_pair **out, size_t *n, char **cause)
{
	sqlite3_stmt		*s;
	struct store_pair	*p = NULL, *np;
	size_t			 cap = 0;
	const char		*rel;
	int			 rc;

	*out = NULL;
	*n = 0;
	if ((s = store_stmt_new(st, sql_pairs_of_story, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, story);
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap == 0 ? 16 : cap * 2;
			np = util_reallocarray(p, cap, sizeof *p);
			if (np == NULL) {
				util_cause(cause, "%s", _("out of memory"));
				rc = -1;
				break;
			}
			p = np;
		}
		p[*n].id = sqlite3_column_int64(s, 0);
		p[*n].a = sqlite3_column_int64(s, 1);
		p[*n].b = sqlite3_column_int64(s, 2);
		rel = (const char *)sqlite3_column_text(s, 3);
		if (rel == NULL || store_relation_parse(rel,
		    &p[*n].relation) != 0)
			p[*n].relation = STORE_SIMILAR;
		p[*n].score = sqlite3_column_double(s, 4);
		(*n)++;
	}
	sqlite3_finalize(s);
	if (rc == -1) {
		free(p);
		*n = 0;
		return -1;
	}
	*out = p;
	return 0;
}

int
store_review_integrity(struct store *st, char **result, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	*result = NULL;
	if ((s = store_stmt_new(st, sql_integrity, cause)) == NULL)
		return -1;
	if ((rc = store_step(st, s, cause)) == SQLITE_ROW &&
	    store_col_text(s, 0, result) != 0)
		rc = nomem_cause(cause);
	else if (rc == SQLITE_DONE)
		*result = util_strdup("ok");
	sqlite3_finalize(s);
	if (rc == -1)
		return -1;
	if (*result == NULL) {
		util_cause(cause, "%s", _("out of memory"));
		return -1;
	}
	return 0;
}
