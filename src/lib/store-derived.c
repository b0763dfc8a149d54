/*
 * store-derived.c: what the engine derives from the articles (sentence
 * pairs, claims, conflicts, stories) and what editors add (verdicts).
 *
 * Pairs are kept once, with a < b (the schema checks it); putting a pair
 * again updates it in place so its id stays stable.  A conflict's claims
 * live in conflict_claims.  Derived data can be cleared and rebuilt by
 * `parallax align`; verdicts cannot: they are an append-only history
 * (triggers refuse UPDATE and DELETE) naming their targets by id.
 */
#include "store-int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char *const relation_names[] = { "same", "similar", "conflict" };
static const char *const target_names[] = { "pair", "claim", "conflict" };

#define PAIR_COLS "p.id, p.a, p.b, p.relation, p.score"
/*
 * A pair is put by one upsert without RETURNING (which would materialise
 * its result in a temporary table, costing more than the pair itself);
 * the id, when asked for, is the new rowid or else looked up.
 */
/* A pair put again as it is stored is not written again (nor its indexes). */
static const char sql_pair_put[] = "INSERT INTO pairs (a, b, relation, "
    "score) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (a, b) DO UPDATE SET "
    "relation = excluded.relation, score = excluded.score "
    "WHERE relation IS NOT excluded.relation OR score IS NOT excluded.score";
static const char sql_pair_id[] = "SELECT id FROM pairs "
    "WHERE a = ?1 AND b = ?2";
static const char sql_pair_get[] = "SELECT " PAIR_COLS
    " FROM pairs p WHERE p.a = ?1 AND p.b = ?2";
static const char sql_pairs_between[] =
    "SELECT " PAIR_COLS " FROM sentences sa JOIN pairs p ON p.a = sa.id "
    "JOIN sentences sb ON sb.id = p.b "
    "WHERE sa.article = ?1 AND sb.article = ?2 "
    "UNION "
    "SELECT " PAIR_COLS " FROM sentences sa JOIN pairs p ON p.b = sa.id "
    "JOIN sentences sb ON sb.id = p.a "
    "WHERE sa.article = ?1 AND sb.article = ?2 "
    "ORDER BY 2, 3";
static const char sql_pairs_of_sentence[] =
    "SELECT " PAIR_COLS " FROM pairs p WHERE p.a = ?1 "
    "UNION ALL SELECT " PAIR_COLS " FROM pairs p WHERE p.b = ?1 "
    "ORDER BY 2, 3";
static const char sql_conflict_pairs_of_story[] =
    "SELECT p.a, p.b FROM articles ar "
    "JOIN sentences s ON s.article = ar.id "
    "JOIN pairs p ON p.a = s.id "
    "WHERE ar.story = ?1 AND p.relation = 'conflict' AND p.score = 1.0";
static const char sql_pairs_of_article[] =
    "SELECT " PAIR_COLS " FROM sentences s JOIN pairs p ON p.a = s.id "
    "WHERE s.article = ?1 "
    "UNION "
    "SELECT " PAIR_COLS " FROM sentences s JOIN pairs p ON p.b = s.id "
    "WHERE s.article = ?1 "
    "ORDER BY 2, 3";
/*
 * Pairs from an article's sentences to other articles', by relation.  The
 * other side is tested against the article's own sentence ids (a small
 * set made once), not looked up: the other articles' sentences are all
 * over the file.
 */
static const char sql_pairs_counts[] =
    "SELECT p.relation, count(*) FROM sentences sa "
    "JOIN pairs p ON p.a = sa.id WHERE sa.article = ?1 AND p.b NOT IN "
    "(SELECT id FROM sentences WHERE article = ?1) GROUP BY p.relation "
    "UNION ALL "
    "SELECT p.relation, count(*) FROM sentences sa "
    "JOIN pairs p ON p.b = sa.id WHERE sa.article = ?1 AND p.a NOT IN "
    "(SELECT id FROM sentences WHERE article = ?1) GROUP BY p.relation";
static const char sql_pairs_all[] = "SELECT " PAIR_COLS
    " FROM pairs p ORDER BY p.id";

#define CLAIM_COLS "c.id, c.sentence, s.article, c.kind, c.subject, " \
	"c.value_num, c.value_text, c.approx, c.source, c.value_high, c.hedge"
static const char sql_claim_add[] = "INSERT INTO claims (sentence, kind, "
    "subject, value_num, value_text, approx, source, value_high, hedge) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char sql_claims_article[] = "SELECT " CLAIM_COLS
    " FROM sentences s JOIN claims c ON c.sentence = s.id "
    "WHERE s.article = ?1 ORDER BY c.sentence, c.id";
static const char sql_claims_story[] = "SELECT " CLAIM_COLS
    " FROM articles a JOIN sentences s ON s.article = a.id "
    "JOIN claims c ON c.sentence = s.id "
    "WHERE a.story = ?1 ORDER BY c.sentence, c.id";
static const char sql_claims_all[] = "SELECT " CLAIM_COLS
    " FROM claims c JOIN sentences s ON s.id = c.sentence ORDER BY c.id";

#define CONFLICT_COLS "id, story, kind, subject, reason"
static const char sql_conflict_add[] = "INSERT INTO conflicts (story, kind, "
    "subject, reason) VALUES (?1, ?2, ?3, ?4)";
static const char sql_conflict_claim_add[] = "INSERT OR IGNORE INTO "
    "conflict_claims (conflict, claim) VALUES (?1, ?2)";
static const char sql_conflict_claims[] = "SELECT claim FROM conflict_claims "
    "WHERE conflict = ?1 ORDER BY claim";
static const char sql_conflicts_story[] = "SELECT " CONFLICT_COLS
    " FROM conflicts WHERE story = ?1 ORDER BY id";
static const char sql_conflicts_all[] = "SELECT " CONFLICT_COLS
    " FROM conflicts ORDER BY id";

static const char sql_story_add[] = "INSERT INTO stories (title, first_date, "
    "last_date) VALUES (?1, ?2, ?3)";
static const char sql_story_update[] = "UPDATE stories SET title = ?1, "
    "first_date = ?2, last_date = ?3 WHERE id = ?4";
static const char sql_story_get[] = "SELECT id, title, first_date, last_date "
    "FROM stories WHERE id = ?1";
/*
 * Newest first, undated last: NULL sorts below every date, so this is the
 * index stories_recent read backwards (no sort of all stories).
 */
static const char sql_stories_page[] = "SELECT id, title, first_date, "
    "last_date FROM stories ORDER BY last_date DESC, id DESC "
    "LIMIT ?1 OFFSET ?2";
/*
 * Keyset pages of the same order, read off the same index in either
 * direction: dated stories (top: the newest; older or newer than a key
 * row; bottom: the oldest), then the undated ones by id.
 */
#define STORY_COLS "id, title, first_date, last_date"
static const char sql_stories_top[] = "SELECT " STORY_COLS " FROM stories "
    "WHERE last_date IS NOT NULL ORDER BY last_date DESC, id DESC LIMIT ?3";
static const char sql_stories_older[] = "SELECT " STORY_COLS
    " FROM stories WHERE last_date IS NOT NULL AND (last_date, id) < "
    "(?1, ?2) ORDER BY last_date DESC, id DESC LIMIT ?3";
static const char sql_stories_newer[] = "SELECT " STORY_COLS
    " FROM stories WHERE last_date IS NOT NULL AND (last_date, id) > "
    "(?1, ?2) ORDER BY last_date, id LIMIT ?3";
static const char sql_stories_bottom[] = "SELECT " STORY_COLS
    " FROM stories WHERE last_date IS NOT NULL ORDER BY last_date, id "
    "LIMIT ?3";
static const char sql_stories_undated_older[] = "SELECT " STORY_COLS
    " FROM stories WHERE last_date IS NULL AND id < ?2 ORDER BY id DESC "
    "LIMIT ?3";
static const char sql_stories_undated_newer[] = "SELECT " STORY_COLS
    " FROM stories WHERE last_date IS NULL AND id > ?2 ORDER BY id "
    "LIMIT ?3";
static const char sql_story_outlets[] = "SELECT DISTINCT outlet FROM articles "
    "WHERE story = ?1 AND outlet IS NOT NULL ORDER BY outlet";
static const char sql_story_narticles[] =
    "SELECT count(*) FROM articles WHERE story = ?1";
static const char sql_story_nconflicts[] =
    "SELECT count(*) FROM conflicts WHERE story = ?1";
static const char sql_story_count[] = "SELECT count(*) FROM stories";

static const char sql_clear[] =
    "DELETE FROM conflict_claims;"
    "DELETE FROM conflicts;"
    "DELETE FROM claims;"
    "DELETE FROM pairs;"
    "UPDATE articles SET story = NULL WHERE story IS NOT NULL;"
    "DELETE FROM stories;";
static const char sql_clear_index[] =
    "DELETE FROM postings;"
    "DELETE FROM terms;"
    "DELETE FROM week_postings;"
    "DELETE FROM sentence_tokens;";

#define VERDICT_COLS "id, target, target_id, verdict, note, editor, time"
static const char sql_verdict_add[] = "INSERT INTO verdicts (target, "
    "target_id, verdict, note, editor, time) VALUES (?1, ?2, ?3, ?4, ?5, "
    "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))";
static const char sql_verdicts_of[] = "SELECT " VERDICT_COLS
    " FROM verdicts WHERE target = ?1 AND target_id = ?2 ORDER BY id";
static const char sql_verdict_latest[] = "SELECT " VERDICT_COLS
    " FROM verdicts WHERE target = ?1 AND target_id = ?2 "
    "ORDER BY id DESC LIMIT 1";
static const char sql_verdicts_latest_all[] = "SELECT " VERDICT_COLS
    " FROM verdicts v WHERE target = ?1 AND id = (SELECT max(id) FROM "
    "verdicts w WHERE w.target = v.target AND w.target_id = v.target_id) "
    "ORDER BY target_id";
static const char sql_verdicts_all[] = "SELECT " VERDICT_COLS
    " FROM verdicts ORDER BY id";

static int
nomem(char **cause)
{
	util_cause(cause, "%s", strerror(ENOMEM));
	return -1;
}

/* Grow an array of elements of size sz by one; NULL on no memory. */
static void *
grow(void **arr, size_t n, size_t sz)
{
	void	*p;

	if ((p = util_reallocarray(*arr, n + 1, sz)) == NULL)
		return NULL;
	*arr = p;
	return (char *)p + n * sz;
}

/* --- pairs ------------------------------------------------------------ */

const char *
store_relation_name(enum store_relation r)
{
	if ((size_t)r >= PX_NITEMS(relation_names))
		return "similar";
	return relation_names[r];
}

int
store_relation_parse(const char *s, enum store_relation *r)
{
	size_t	i;

	for (i = 0; i < PX_NITEMS(relation_names); i++) {
		if (strcmp(s, relation_names[i]) == 0) {
			*r = (enum store_relation)i;
			return 0;
		}
	}
	return -1;
}

static void
pair_row(sqlite3_stmt *s, struct store_pair *p)
{
	const char	*rel = (const char *)sqlite3_column_text(s, 3);

	p->id = sqlite3_column_int64(s, 0);
	p->a = sqlite3_column_int64(s, 1);
	p->b = sqlite3_column_int64(s, 2);
	if (rel == NULL || store_relation_parse(rel, &p->relation) != 0)
		p->relation = STORE_SIMILAR;
	p->score = sqlite3_column_double(s, 4);
}

/* Run the pair update or insert with its four parameters. */
static int
pair_stmt(struct store *st, const char *sql, int64_t a, int64_t b,
    enum store_relation relation, double score, char **cause)
{
	sqlite3_stmt	*s;

	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b);
	sqlite3_bind_text(s, 3, store_relation_name(relation), -1,
	    SQLITE_STATIC);
	sqlite3_bind_double(s, 4, score);
	if (store_step(st, s, cause) == -1)
		return -1;
	sqlite3_reset(s);
	return 0;
}

int
store_pair_put(struct store *st, int64_t a, int64_t b,
    enum store_relation relation, double score, int64_t *id, char **cause)
{
	sqlite3_stmt	*s;
	int64_t		 t, last;

	if (id != NULL)
		*id = 0;
	if (store_writable(st, cause) != 0)
		return -1;
	if (a == b) {
		util_cause(cause, "%s", _("a sentence cannot pair with "
		    "itself"));
		return -1;
	}
	if (a > b) {
		t = a;
		a = b;
		b = t;
	}
	last = sqlite3_last_insert_rowid(st->db);
	if (pair_stmt(st, sql_pair_put, a, b, relation, score, cause) != 0)
		return -1;
	if (id == NULL)
		return 0;
	/* An update leaves the last rowid as it was: then look it up. */
	if (sqlite3_last_insert_rowid(st->db) != last) {
		*id = sqlite3_last_insert_rowid(st->db);
		return 0;
	}
	if ((s = store_stmt(st, sql_pair_id, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b);
	return store_int1(st, s, id, cause);
}

int
store_pair_get(struct store *st, int64_t a, int64_t b,
    struct store_pair **out, char **cause)
{
	sqlite3_stmt	*s;
	int64_t		 t;
	int		 rc;

	*out = NULL;
	if (a > b) {
		t = a;
		a = b;
		b = t;
	}
	if ((s = store_stmt(st, sql_pair_get, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b);
	if ((rc = store_step(st, s, cause)) == -1)
		return -1;
	if (rc == SQLITE_ROW) {
		if ((*out = calloc(1, sizeof **out)) == NULL) {
			sqlite3_reset(s);
			return nomem(cause);
		}
		pair_row(s, *out);
	}
	sqlite3_reset(s);
	return 0;
}

static int
pairs_list(struct store *st, const char *sql, int64_t x, int64_t y,
    struct store_pair **out, size_t *n, char **cause)
{
	sqlite3_stmt		*s;
	struct store_pair	*p;
	int			 rc;

	*out = NULL;
	*n = 0;
	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, x);
	if (y != 0)
		sqlite3_bind_int64(s, 2, y);
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if ((p = grow((void **)out, *n, sizeof *p)) == NULL) {
			rc = nomem(cause);
			break;
		}
		pair_row(s, p);
		(*n)++;
	}
	sqlite3_reset(s);
	if (rc == -1) {
		free(*out);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

int
store_pairs_between(struct store *st, int64_t article_a, int64_t article_b,
    struct store_pair **out, size_t *n, char **cause)
{
	return pairs_list(st, sql_pairs_between, article_a, article_b, out, n,
	    cause);
}

int
store_pairs_of_article(struct store *st, int64_t article,
    struct store_pair **out, size_t *n, char **cause)
{
	return pairs_list(st, sql_pairs_of_article, article, 0, out, n,
	    cause);
}

int
store_conflict_pairs_of_story(struct store *st, int64_t story, int64_t **ab,
    size_t *n, char **cause)
{
	sqlite3_stmt	*s;

	*ab = NULL;
	*n = 0;
	if ((s = store_stmt(st, sql_conflict_pairs_of_story, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, story);
	return store_ints(st, s, 2, ab, n, cause);
}

int
store_pairs_counts(struct store *st, int64_t article, int64_t counts[3],
    char **cause)
{
	sqlite3_stmt		*s;
	enum store_relation	 r;
	const char		*t;
	int			 rc;

	memset(counts, 0, 3 * sizeof *counts);
	if ((s = store_stmt(st, sql_pairs_counts, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, article);
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		t = (const char *)sqlite3_column_text(s, 0);
		if (t != NULL && store_relation_parse(t, &r) == 0)
			counts[r] += sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	return rc == -1 ? -1 : 0;
}

int
store_pairs_of_sentence(struct store *st, int64_t sentence,
    struct store_pair **out, size_t *n, char **cause)
{
	return pairs_list(st, sql_pairs_of_sentence, sentence, 0, out, n,
	    cause);
}

int
store_pairs_each(struct store *st,
    int (*fn)(void *arg, const struct store_pair *p), void *arg,
    char **cause)
{
	sqlite3_stmt		*s;
	struct store_pair	 p;
	int			 rc, r = 0;

	if ((s = store_stmt_new(st, sql_pairs_all, cause)) == NULL)
		return -1;
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		pair_row(s, &p);
		if ((r = fn(arg, &p)) != 0)
			break;
	}
	sqlite3_finalize(s);
	return rc == -1 ? -1 : r;
}

/* --- claims ----------------------------------------------------------- */

int
store_claim_add(struct store *st, const struct store_claim *c, int64_t *id,
    char **cause)
{
	sqlite3_stmt	*s;

	*id = 0;
	if (store_writable(st, cause) != 0)
		return -1;
	if ((s = store_stmt(st, sql_claim_add, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, c->sentence);
	store_bind_text(s, 2, c->kind);
	store_bind_text(s, 3, c->subject);
	if (c->has_num)
		sqlite3_bind_double(s, 4, c->value_num);
	store_bind_text(s, 5, c->value_text);
	sqlite3_bind_int(s, 6, c->approx != 0);
	store_bind_text(s, 7, c->source);
	if (c->has_num && c->value_high > c->value_num)
		sqlite3_bind_double(s, 8, c->value_high);
	else
		sqlite3_bind_null(s, 8);
	store_bind_text(s, 9, c->hedge);
	if (store_step(st, s, cause) == -1)
		return -1;
	sqlite3_reset(s);
	*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static void
claim_clear(struct store_claim *c)
{
	free(c->kind);
	free(c->subject);
	free(c->value_text);
	free(c->hedge);
	free(c->source);
}

void
store_claims_free(struct store_claim *c, size_t n)
{
	size_t	i;

	if (c == NULL)
		return;
	for (i = 0; i < n; i++)
		claim_clear(&c[i]);
	free(c);
}

static int
claim_row(sqlite3_stmt *s, struct store_claim *c, char **cause)
{
	memset(c, 0, sizeof *c);
	c->id = sqlite3_column_int64(s, 0);
	c->sentence = sqlite3_column_int64(s, 1);
	c->article = sqlite3_column_int64(s, 2);
	c->has_num = sqlite3_column_type(s, 5) != SQLITE_NULL;
	c->value_num = sqlite3_column_double(s, 5);
	c->value_high = sqlite3_column_type(s, 9) != SQLITE_NULL ?
	    sqlite3_column_double(s, 9) : c->value_num;
	c->approx = sqlite3_column_int(s, 7);
	if (store_col_text(s, 3, &c->kind) != 0 ||
	    store_col_text(s, 4, &c->subject) != 0 ||
	    store_col_text(s, 6, &c->value_text) != 0 ||
	    store_col_text(s, 8, &c->source) != 0 ||
	    store_col_text(s, 10, &c->hedge) != 0) {
		claim_clear(c);
		return nomem(cause);
	}
	return 0;
}

static int
claims_list(struct store *st, const char *sql, int64_t x,
    struct store_claim **out, size_t *n, char **cause)
{
	sqlite3_stmt		*s;
	struct store_claim	*c;
	int			 rc;

	*out = NULL;
	*n = 0;
	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, x);
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if ((c = grow((void **)out, *n, sizeof *c)) == NULL) {
			rc = nomem(cause);
			break;
		}
		if ((rc = claim_row(s, c, cause)) != 0)
			break;
		(*n)++;
	}
	sqlite3_reset(s);
	if (rc == -1) {
		store_claims_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

int
store_claims_of_article(struct store *st, int64_t article,
    struct store_claim **out, size_t *n, char **cause)
{
	return claims_list(st, sql_claims_article, article, out, n, cause);
}

int
store_claims_of_story(struct store *st, int64_t story,
    struct store_claim **out, size_t *n, char **cause)
{
	return claims_list(st, sql_claims_story, story, out, n, cause);
}

int
store_claims_each(struct store *st,
    int (*fn)(void *arg, const struct store_claim *c), void *arg,
    char **cause)
{
	sqlite3_stmt		*s;
	struct store_claim	 c;
	int			 rc, r = 0;

	if ((s = store_stmt_new(st, sql_claims_all, cause)) == NULL)
		return -1;
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if (claim_row(s, &c, cause) != 0) {
			rc = -1;
			break;
		}
		r = fn(arg, &c);
		claim_clear(&c);
		if (r != 0)
			break;
	}
	sqlite3_finalize(s);
	return rc == -1 ? -1 : r;
}

/* --- conflicts -------------------------------------------------------- */

int
store_conflict_add(struct store *st, const struct store_conflict *c,
    int64_t *id, char **cause)
{
	sqlite3_stmt	*s;
	int64_t		 cid = 0;
	size_t		 i;
	int		 own, ok = 0;

	*id = 0;
	if (store_atomic_begin(st, &own, cause) != 0)
		return -1;
	if ((s = store_stmt(st, sql_conflict_add, cause)) == NULL)
		goto out;
	store_bind_id(s, 1, c->story);
	store_bind_text(s, 2, c->kind);
	store_bind_text(s, 3, c->subject);
	store_bind_text(s, 4, c->reason);
	if (store_step(st, s, cause) == -1)
		goto out;
	sqlite3_reset(s);
	cid = sqlite3_last_insert_rowid(st->db);
	for (i = 0; i < c->nclaims; i++) {
		if ((s = store_stmt(st, sql_conflict_claim_add, cause)) ==
		    NULL)
			goto out;
		sqlite3_bind_int64(s, 1, cid);
		sqlite3_bind_int64(s, 2, c->claims[i]);
		if (store_step(st, s, cause) == -1)
			goto out;
		sqlite3_reset(s);
	}
	ok = 1;
out:
	if (store_atomic_end(st, own, ok, ok ? cause : NULL) != 0)
		ok = 0;
	if (ok)
		*id = cid;
	return ok ? 0 : -1;
}

static void
conflict_clear(struct store_conflict *c)
{
	free(c->kind);
	free(c->subject);
	free(c->reason);
	free(c->claims);
}

void
store_conflicts_free(struct store_conflict *c, size_t n)
{
	size_t	i;

	if (c == NULL)
		return;
	for (i = 0; i < n; i++)
		conflict_clear(&c[i]);
	free(c);
}

static int
conflict_row(struct store *st, sqlite3_stmt *s, struct store_conflict *c,
    char **cause)
{
	memset(c, 0, sizeof *c);
	c->id = sqlite3_column_int64(s, 0);
	c->story = sqlite3_column_int64(s, 1);
	if (store_col_text(s, 2, &c->kind) != 0 ||
	    store_col_text(s, 3, &c->subject) != 0 ||
	    store_col_text(s, 4, &c->reason) != 0) {
		conflict_clear(c);
		return nomem(cause);
	}
	if (store_conflict_claims(st, c->id, &c->claims, &c->nclaims,
	    cause) != 0) {
		conflict_clear(c);
		return -1;
	}
	return 0;
}

int
store_conflict_claims(struct store *st, int64_t id, int64_t **out,
    size_t *n, char **cause)
{
	sqlite3_stmt	*s;

	*out = NULL;
	*n = 0;
	if ((s = store_stmt(st, sql_conflict_claims, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return store_ints(st, s, 1, out, n, cause);
}

int
store_conflicts_of_story(struct store *st, int64_t story,
    struct store_conflict **out, size_t *n, char **cause)
{
	sqlite3_stmt		*s;
	struct store_conflict	*c;
	int			 rc;

	*out = NULL;
	*n = 0;
	/* a story's: once per article aligned, so prepared once */
	s = story == 0 ? store_stmt_new(st, sql_conflicts_all, cause) :
	    store_stmt(st, sql_conflicts_story, cause);
	if (s == NULL)
		return -1;
	if (story != 0)
		sqlite3_bind_int64(s, 1, story);
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if ((c = grow((void **)out, *n, sizeof *c)) == NULL) {
			rc = nomem(cause);
			break;
		}
		if ((rc = conflict_row(st, s, c, cause)) != 0)
			break;
		(*n)++;
	}
	if (story == 0)
		sqlite3_finalize(s);
	else
		sqlite3_reset(s);
	if (rc == -1) {
		store_conflicts_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

int
store_conflicts_each(struct store *st,
    int (*fn)(void *arg, const struct store_conflict *c), void *arg,
    char **cause)
{
	sqlite3_stmt		*s;
	struct store_conflict	 c;
	int			 rc, r = 0;

	if ((s = store_stmt_new(st, sql_conflicts_all, cause)) == NULL)
		return -1;
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if (conflict_row(st, s, &c, cause) != 0) {
			rc = -1;
			break;
		}
		r = fn(arg, &c);
		conflict_clear(&c);
		if (r != 0)
			break;
	}
	sqlite3_finalize(s);
	return rc == -1 ? -1 : r;
}

/* --- stories ---------------------------------------------------------- */

int
store_story_put(struct store *st, const struct store_story *x, int64_t *id,
    char **cause)
{
	sqlite3_stmt	*s;

	*id = 0;
	if (store_writable(st, cause) != 0)
		return -1;
	s = store_stmt(st, x->id == 0 ? sql_story_add : sql_story_update,
	    cause);
	if (s == NULL)
		return -1;
	store_bind_text(s, 1, x->title);
	store_bind_text(s, 2, x->first_date);
	store_bind_text(s, 3, x->last_date);
	if (x->id != 0)
		sqlite3_bind_int64(s, 4, x->id);
	if (store_step(st, s, cause) == -1)
		return -1;
	sqlite3_reset(s);
	if (x->id != 0 && sqlite3_changes(st->db) == 0) {
		util_cause(cause, _("no story %lld"), (long long)x->id);
		return -1;
	}
	*id = x->id != 0 ? x->id : sqlite3_last_insert_rowid(st->db);
	return 0;
}

static void
story_clear(struct store_story *x)
{
	size_t	i;

	free(x->title);
	free(x->first_date);
	free(x->last_date);
	for (i = 0; i < x->noutlets; i++)
		free(x->outlets[i]);
	free(x->outlets);
}

void
store_stories_free(struct store_story *x, size_t n)
{
	size_t	i;

	if (x == NULL)
		return;
	for (i = 0; i < n; i++)
		story_clear(&x[i]);
	free(x);
}

void
store_story_free(struct store_story *x)
{
	store_stories_free(x, 1);
}

static int
count_of(struct store *st, const char *sql, int64_t id, int64_t *n,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	*n = 0;
	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	if (id != 0)
		sqlite3_bind_int64(s, 1, id);
	if ((rc = store_step(st, s, cause)) == -1)
		return -1;
	if (rc == SQLITE_ROW)
		*n = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return 0;
}

/* Fill a story from a row (id, title, first_date, last_date), and when
 * full its outlets and counts. */
static int
story_row(struct store *st, sqlite3_stmt *s, int full,
    struct store_story *x, char **cause)
{
	sqlite3_stmt	*q;
	char		**o;
	int		 rc;

	memset(x, 0, sizeof *x);
	x->id = sqlite3_column_int64(s, 0);
	if (store_col_text(s, 1, &x->title) != 0 ||
	    store_col_text(s, 2, &x->first_date) != 0 ||
	    store_col_text(s, 3, &x->last_date) != 0) {
		story_clear(x);
		return nomem(cause);
	}
	if (!full)
		return 0;
	if ((q = store_stmt(st, sql_story_outlets, cause)) == NULL)
		goto fail;
	sqlite3_bind_int64(q, 1, x->id);
	while ((rc = store_step(st, q, cause)) == SQLITE_ROW) {
		if ((o = grow((void **)&x->outlets, x->noutlets,
		    sizeof *o)) == NULL || store_col_text(q, 0, o) != 0) {
			sqlite3_reset(q);
			nomem(cause);
			goto fail;
		}
		x->noutlets++;
	}
	sqlite3_reset(q);
	if (rc == -1)
		goto fail;
	if (count_of(st, sql_story_narticles, x->id, &x->narticles,
	    cause) != 0 || count_of(st, sql_story_nconflicts, x->id,
	    &x->nconflicts, cause) != 0)
		goto fail;
	return 0;
fail:
	story_clear(x);
	return -1;
}

/* A story by id, with its outlets and counts when full. */
static int
story_get(struct store *st, int64_t id, int full, struct store_story **out,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	*out = NULL;
	if ((s = store_stmt(st, sql_story_get, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if ((*out = calloc(1, sizeof **out)) == NULL)
			rc = nomem(cause);
		else if (story_row(st, s, full, *out, cause) != 0) {
			free(*out);
			*out = NULL;
			rc = -1;
		}
	}
	sqlite3_reset(s);
	return rc == -1 ? -1 : 0;
}

int
store_story_get(struct store *st, int64_t id, struct store_story **out,
    char **cause)
{
	return story_get(st, id, 1, out, cause);
}

int
store_story_head(struct store *st, int64_t id, struct store_story **out,
    char **cause)
{
	return story_get(st, id, 0, out, cause);
}

int
store_stories_page(struct store *st, size_t offset, size_t limit,
    struct store_story **out, size_t *n, char **cause)
{
	sqlite3_stmt		*s;
	struct store_story	*x;
	int			 rc;

	*out = NULL;
	*n = 0;
	if ((s = store_stmt_new(st, sql_stories_page, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, limit == 0 ? -1 : (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)offset);
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if ((x = grow((void **)out, *n, sizeof *x)) == NULL) {
			rc = nomem(cause);
			break;
		}
		if ((rc = story_row(st, s, 1, x, cause)) != 0)
			break;
		(*n)++;
	}
	sqlite3_finalize(s);
	if (rc == -1) {
		store_stories_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* Append up to limit - *n stories of one keyset query to *out. */
static int
stories_keyset(struct store *st, const char *sql, const char *date,
    int64_t id, size_t limit, struct store_story **out, size_t *n,
    char **cause)
{
	sqlite3_stmt		*s;
	struct store_story	*x;
	int			 rc;

	if (*n >= limit)
		return 0;
	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	store_bind_text(s, 1, date);
	sqlite3_bind_int64(s, 2, id);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)(limit - *n));
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if ((x = grow((void **)out, *n, sizeof *x)) == NULL) {
			rc = nomem(cause);
			break;
		}
		if ((rc = story_row(st, s, 1, x, cause)) != 0)
			break;
		(*n)++;
	}
	sqlite3_reset(s);
	return rc == -1 ? -1 : 0;
}

int
store_stories_next(struct store *st, const struct store_story *key,
    int backward, size_t limit, struct store_story **out, size_t *n,
    char **cause)
{
	const char	*date = key != NULL ? key->last_date : NULL;
	int		 rc;

	*out = NULL;
	*n = 0;
	if (limit == 0)
		return 0;
	if (!backward && key == NULL)
		rc = stories_keyset(st, sql_stories_top, NULL, 0, limit, out,
		    n, cause) != 0 || stories_keyset(st,
		    sql_stories_undated_older, NULL, INT64_MAX, limit, out, n,
		    cause) != 0;
	else if (!backward && date != NULL)
		rc = stories_keyset(st, sql_stories_older, date, key->id,
		    limit, out, n, cause) != 0 || stories_keyset(st,
		    sql_stories_undated_older, NULL, INT64_MAX, limit, out, n,
		    cause) != 0;
	else if (!backward)
		rc = stories_keyset(st, sql_stories_undated_older, NULL,
		    key->id, limit, out, n, cause) != 0;
	else if (date != NULL)
		rc = stories_keyset(st, sql_stories_newer, date, key->id,
		    limit, out, n, cause) != 0;
	else
		rc = stories_keyset(st, sql_stories_undated_newer, NULL,
		    key != NULL ? key->id : 0, limit, out, n, cause) != 0 ||
		    stories_keyset(st, sql_stories_bottom, NULL, 0, limit,
		    out, n, cause) != 0;
	if (rc != 0) {
		store_stories_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

int
store_story_count(struct store *st, int64_t *n, char **cause)
{
	return count_of(st, sql_story_count, 0, n, cause);
}

/* --- derived data ----------------------------------------------------- */

int
store_clear_derived(struct store *st, int flags, char **cause)
{
	char	*err = NULL;
	int	 own, ok = 1;

	if (store_atomic_begin(st, &own, cause) != 0)
		return -1;
	if (sqlite3_exec(st->db, sql_clear, NULL, NULL, &err) != SQLITE_OK ||
	    ((flags & STORE_CLEAR_INDEX) && sqlite3_exec(st->db,
	    sql_clear_index, NULL, NULL, &err) != SQLITE_OK)) {
		util_cause(cause, _("database %s: %s"), st->path,
		    err != NULL ? err : sqlite3_errmsg(st->db));
		sqlite3_free(err);
		ok = 0;
	}
	if (store_atomic_end(st, own, ok, ok ? cause : NULL) != 0)
		return -1;
	return ok ? 0 : -1;
}

/* --- verdicts --------------------------------------------------------- */

const char *
store_target_name(enum store_target t)
{
	if ((size_t)t >= PX_NITEMS(target_names))
		return "pair";
	return target_names[t];
}

int
store_target_parse(const char *s, enum store_target *t)
{
	size_t	i;

	for (i = 0; i < PX_NITEMS(target_names); i++) {
		if (strcmp(s, target_names[i]) == 0) {
			*t = (enum store_target)i;
			return 0;
		}
	}
	return -1;
}

int
store_verdict_add(struct store *st, enum store_target target,
    int64_t target_id, const char *verdict, const char *note,
    const char *editor, int64_t *id, char **cause)
{
	sqlite3_stmt	*s;

	*id = 0;
	if (store_writable(st, cause) != 0)
		return -1;
	if ((s = store_stmt(st, sql_verdict_add, cause)) == NULL)
		return -1;
	sqlite3_bind_text(s, 1, store_target_name(target), -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, target_id);
	store_bind_text(s, 3, verdict);
	store_bind_text(s, 4, note);
	store_bind_text(s, 5, editor);
	if (store_step(st, s, cause) == -1)
		return -1;
	sqlite3_reset(s);
	*id = sqlite3_last_insert_rowid(st->db);
	return 0;
}

static void
verdict_clear(struct store_verdict *v)
{
	free(v->verdict);
	free(v->note);
	free(v->editor);
	free(v->time);
}

void
store_verdicts_free(struct store_verdict *v, size_t n)
{
	size_t	i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		verdict_clear(&v[i]);
	free(v);
}

void
store_verdict_free(struct store_verdict *v)
{
	store_verdicts_free(v, 1);
}

static int
verdict_row(sqlite3_stmt *s, struct store_verdict *v, char **cause)
{
	const char	*t = (const char *)sqlite3_column_text(s, 1);

	memset(v, 0, sizeof *v);
	v->id = sqlite3_column_int64(s, 0);
	if (t == NULL || store_target_parse(t, &v->target) != 0)
		v->target = STORE_TARGET_PAIR;
	v->target_id = sqlite3_column_int64(s, 2);
	if (store_col_text(s, 3, &v->verdict) != 0 ||
	    store_col_text(s, 4, &v->note) != 0 ||
	    store_col_text(s, 5, &v->editor) != 0 ||
	    store_col_text(s, 6, &v->time) != 0) {
		verdict_clear(v);
		return nomem(cause);
	}
	return 0;
}

static int
verdicts_list(struct store *st, const char *sql, enum store_target target,
    int64_t target_id, struct store_verdict **out, size_t *n, char **cause)
{
	sqlite3_stmt		*s;
	struct store_verdict	*v;
	int			 rc;

	*out = NULL;
	*n = 0;
	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	sqlite3_bind_text(s, 1, store_target_name(target), -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, target_id);
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if ((v = grow((void **)out, *n, sizeof *v)) == NULL) {
			rc = nomem(cause);
			break;
		}
		if ((rc = verdict_row(s, v, cause)) != 0)
			break;
		(*n)++;
	}
	sqlite3_reset(s);
	if (rc == -1) {
		store_verdicts_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

int
store_verdicts_of(struct store *st, enum store_target target,
    int64_t target_id, struct store_verdict **out, size_t *n, char **cause)
{
	return verdicts_list(st, sql_verdicts_of, target, target_id, out, n,
	    cause);
}

int
store_verdict_latest(struct store *st, enum store_target target,
    int64_t target_id, struct store_verdict **out, char **cause)
{
	size_t	n;

	return verdicts_list(st, sql_verdict_latest, target, target_id, out,
	    &n, cause);
}

int
store_verdicts_latest(struct store *st, enum store_target target,
    struct store_verdict **out, size_t *n, char **cause)
{
	return verdicts_list(st, sql_verdicts_latest_all, target, 0, out, n,
	    cause);
}

int
store_verdicts_each(struct store *st,
    int (*fn)(void *arg, const struct store_verdict *v), void *arg,
    char **cause)
{
	sqlite3_stmt		*s;
	struct store_verdict	 v;
	int			 rc, r = 0;

	if ((s = store_stmt_new(st, sql_verdicts_all, cause)) == NULL)
		return -1;
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if (verdict_row(s, &v, cause) != 0) {
			rc = -1;
			break;
		}
		r = fn(arg, &v);
		verdict_clear(&v);
		if (r != 0)
			break;
	}
	sqlite3_finalize(s);
	return rc == -1 ? -1 : r;
}
