/*
 * store-articles.c: articles (metadata, cites, the original bytes), their
 * sentences and the full-text index over them, recurring lines and the
 * candidate index (terms, postings) of the alignment engine.
 *
 * An article is written in one unit (store_atomic_*): its row, its cites in
 * order, its sentences with idx 0..n-1 and their rows in the FTS5 index
 * (inserted here, next to each sentence; deletes follow by trigger).
 * Its hash is unique, so the same bytes are never stored twice.  Lines are
 * kept as a 60-bit integer from the SHA-256 of their clean text: a
 * collision merely counts two lines together, which only matters for a
 * line seen in many articles anyway.
 */
#include "store-int.h"

#include <ctype.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/*
 * The size is length(raw), which SQLite reads from the record's header:
 * the size column, added after raw by a migration, lies past raw's
 * overflow pages and reading it walks them all (3 times slower to list).
 */
#define ART_COLS "id, path, outlet, title, date, dateline, story, hash, " \
	"encoding, imported_at, nsentences, length(raw), month_day"

static const char sql_article_add[] =
    "INSERT INTO articles (path, outlet, title, date, dateline, hash, "
    "encoding, imported_at, nsentences, size, raw, month_day) VALUES (?1, "
    "?2, ?3, ?4, ?5, ?6, ?7, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?8, ?9, "
    "?10, ?11)";
static const char sql_cite_add[] =
    "INSERT INTO cites (article, idx, name) VALUES (?1, ?2, ?3)";
static const char sql_sentence_add[] =
    "INSERT INTO sentences (article, idx, text, start, \"end\", is_title) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char sql_sentence_fts_add[] =
    "INSERT INTO sentences_fts (rowid, text) VALUES (?1, ?2)";
static const char sql_by_hash[] = "SELECT id FROM articles WHERE hash = ?1";
static const char sql_article_get[] =
    "SELECT " ART_COLS " FROM articles WHERE id = ?1";
/* columns before raw: its overflow pages are not read */
static const char sql_article_story[] =
    "SELECT story, date, month_day FROM articles WHERE id = ?1";
static const char sql_cites[] =
    "SELECT name FROM cites WHERE article = ?1 ORDER BY idx";
static const char sql_raw[] = "SELECT raw FROM articles WHERE id = ?1";
static const char sql_count_all[] = "SELECT count(*) FROM articles";
static const char sql_count_story[] =
    "SELECT count(*) FROM articles WHERE story = ?1";
static const char sql_set_story[] =
    "UPDATE articles SET story = ?2 WHERE id = ?1";

/* Pages: ?1 key id, ?2 story, ?3 limit, ?4 key date. */
static const char sql_page_id_fwd[] = "SELECT " ART_COLS " FROM articles "
    "WHERE id > ?1 ORDER BY id LIMIT ?3";
static const char sql_page_id_back[] = "SELECT " ART_COLS " FROM articles "
    "WHERE id < ?1 ORDER BY id DESC LIMIT ?3";
static const char sql_page_id_fwd_story[] = "SELECT " ART_COLS
    " FROM articles WHERE story = ?2 AND id > ?1 ORDER BY id LIMIT ?3";
static const char sql_page_id_back_story[] = "SELECT " ART_COLS
    " FROM articles WHERE story = ?2 AND id < ?1 ORDER BY id DESC LIMIT ?3";
static const char sql_page_dated[] = "SELECT " ART_COLS " FROM articles "
    "WHERE date IS NOT NULL AND (date, id) < (?4, ?1) "
    "ORDER BY date DESC, id DESC LIMIT ?3";
static const char sql_page_undated[] = "SELECT " ART_COLS " FROM articles "
    "WHERE date IS NULL AND id < ?1 ORDER BY date DESC, id DESC LIMIT ?3";
static const char sql_page_dated_story[] = "SELECT " ART_COLS
    " FROM articles WHERE story = ?2 AND date IS NOT NULL AND "
    "(date, id) < (?4, ?1) ORDER BY date DESC, id DESC LIMIT ?3";
static const char sql_page_undated_story[] = "SELECT " ART_COLS
    " FROM articles WHERE story = ?2 AND date IS NULL AND id < ?1 "
    "ORDER BY date DESC, id DESC LIMIT ?3";
static const char sql_articles_all[] = "SELECT " ART_COLS
    " FROM articles ORDER BY id";

#define SENT_COLS "id, article, idx, text, start, \"end\", is_title"
static const char sql_sentences[] = "SELECT " SENT_COLS
    " FROM sentences WHERE article = ?1 ORDER BY idx";
static const char sql_sentence_get[] = "SELECT " SENT_COLS
    " FROM sentences WHERE id = ?1";
static const char sql_sentence_count[] =
    "SELECT coalesce(max(id), 0) FROM sentences";

static const char sql_search[] =
    "SELECT s.article, s.id, s.idx, a.outlet, a.title, s.text, "
    "snippet(sentences_fts, 0, ?2, ?3, '\xe2\x80\xa6', 24), "
    "bm25(sentences_fts) "
    "FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
    "JOIN articles a ON a.id = s.article "
    "WHERE sentences_fts MATCH ?1 "
    "ORDER BY bm25(sentences_fts), s.id LIMIT ?4 OFFSET ?5";

static const char sql_line_count[] = "SELECT count FROM lines WHERE hash = ?1";
static const char sql_line_add[] = "INSERT INTO lines (hash, count) "
    "VALUES (?1, 1) ON CONFLICT (hash) DO UPDATE SET count = count + 1";

/*
 * A term is looked up, then counted by its rowid (or inserted with its
 * count); an upsert with RETURNING would materialise its result in a
 * temporary table for every term.  A duplicate posting takes one back.
 */
static const char sql_term_find[] = "SELECT id FROM terms WHERE term = ?1";
static const char sql_term_new[] =
    "INSERT INTO terms (term, df) VALUES (?1, ?2)";
static const char sql_term_df_add[] =
    "UPDATE terms SET df = df + ?2 WHERE id = ?1";
static const char sql_posting_add[] =
    "INSERT OR IGNORE INTO postings (term, sentence) VALUES (?1, ?2)";
/* POSTINGS_ROWS at a time: one statement for several rows */
#define POSTINGS_ROWS	8
static const char sql_postings_add[] =
    "INSERT OR IGNORE INTO postings (term, sentence) VALUES (?1, ?2),"
    " (?1, ?3), (?1, ?4), (?1, ?5), (?1, ?6), (?1, ?7), (?1, ?8), (?1, ?9)";
/* by row id, if it is still the term's */
static const char sql_term_df_add_checked[] =
    "UPDATE terms SET df = df + ?2 WHERE id = ?1 AND term = ?3";
static const char sql_term_get[] = "SELECT id, df FROM terms WHERE term = ?1";
static const char sql_tokens_put[] = "INSERT OR REPLACE INTO "
    "sentence_tokens (sentence, article, data) VALUES (?1, ?2, ?3)";
static const char sql_tokens_get[] = "SELECT article, data FROM "
    "sentence_tokens WHERE sentence = ?1";
static const char sql_term_df[] = "SELECT df FROM terms WHERE term = ?1";
static const char sql_postings[] = "SELECT p.sentence FROM terms t "
    "JOIN postings p ON p.term = t.id WHERE t.term = ?1 "
    "ORDER BY p.sentence LIMIT ?2";

static const char sql_week_get[] =
    "SELECT n, ids FROM week_postings WHERE key = ?1";
static const char sql_week_add[] = "INSERT INTO week_postings "
    "(key, n, ids) VALUES (?1, ?2, ?3) ON CONFLICT (key) DO UPDATE SET "
    "n = n + excluded.n, ids = px_append(ids, excluded.ids)";

static int
nomem(char **cause)
{
	util_cause(cause, "%s", strerror(ENOMEM));
	return -1;
}

/* --- articles --------------------------------------------------------- */

int
store_article_add(struct store *st, const struct article *a,
    const char *path, const void *raw, size_t len, const char *hash,
    int64_t *id, char **cause)
{
	sqlite3_stmt			*s;
	const struct article_sentence	*as;
	int64_t				 aid, found;
	size_t				 i;
	int				 own, ok = 0;

	*id = 0;
	if (store_atomic_begin(st, &own, cause) != 0)
		return -1;
	if (store_article_by_hash(st, hash, &found, cause) != 0)
		goto out;
	if (found != 0) {
		util_cause(cause, _("already present as article %lld"),
		    (long long)found);
		goto out;
	}
	if ((s = store_stmt(st, sql_article_add, cause)) == NULL)
		goto out;
	store_bind_text(s, 1, path);
	store_bind_text(s, 2, a->outlet);
	store_bind_text(s, 3, a->title);
	store_bind_text(s, 4, a->date);
	store_bind_text(s, 5, a->dateline);
	store_bind_text(s, 6, hash);
	sqlite3_bind_int(s, 7, (int)a->encoding);
	sqlite3_bind_int64(s, 8, (sqlite3_int64)a->nsentences);
	sqlite3_bind_int64(s, 9, (sqlite3_int64)len);
	sqlite3_bind_blob64(s, 10, raw, len, SQLITE_STATIC);
	if (a->month_day > 0)
		sqlite3_bind_int(s, 11, a->month_day);
	else
		sqlite3_bind_null(s, 11);
	if (store_step(st, s, cause) == -1)
		goto out;
	sqlite3_reset(s);
	aid = sqlite3_last_insert_rowid(st->db);
	for (i = 0; i < a->ncites; i++) {
		if ((s = store_stmt(st, sql_cite_add, cause)) == NULL)
			goto out;
		sqlite3_bind_int64(s, 1, aid);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
		store_bind_text(s, 3, a->cites[i]);
		if (store_step(st, s, cause) == -1)
			goto out;
	}
	for (i = 0; i < a->nsentences; i++) {
		as = &a->sentences[i];
		if ((s = store_stmt(st, sql_sentence_add, cause)) == NULL)
			goto out;
		sqlite3_bind_int64(s, 1, aid);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
		store_bind_text(s, 3, as->text != NULL ? as->text : "");
		sqlite3_bind_int64(s, 4, (sqlite3_int64)as->start);
		sqlite3_bind_int64(s, 5, (sqlite3_int64)as->end);
		sqlite3_bind_int(s, 6, as->is_title != 0);
		if (store_step(st, s, cause) == -1)
			goto out;
		sqlite3_reset(s);
		/* The index, by hand: a trigger is four times slower. */
		if ((s = store_stmt(st, sql_sentence_fts_add, cause)) == NULL)
			goto out;
		sqlite3_bind_int64(s, 1, sqlite3_last_insert_rowid(st->db));
		store_bind_text(s, 2, as->text != NULL ? as->text : "");
		if (store_step(st, s, cause) == -1)
			goto out;
	}
	if (s != NULL)
		sqlite3_reset(s);
	*id = aid;
	ok = 1;
out:
	if (store_atomic_end(st, own, ok, ok ? cause : NULL) != 0)
		ok = 0;
	if (!ok)
		*id = 0;
	return ok ? 0 : -1;
}

int
store_article_by_hash(struct store *st, const char *hash, int64_t *id,
    char **cause)
{
	sqlite3_stmt	*s;

	*id = 0;
	if ((s = store_stmt(st, sql_by_hash, cause)) == NULL)
		return -1;
	store_bind_text(s, 1, hash);
	return store_int1(st, s, id, cause);
}

void
store_article_free(struct store_article *a)
{
	if (a == NULL)
		return;
	store_articles_free(a, 1);
}

static void
article_clear(struct store_article *a)
{
	size_t	i;

	free(a->path);
	free(a->outlet);
	free(a->title);
	free(a->date);
	free(a->dateline);
	for (i = 0; i < a->ncites; i++)
		free(a->cites[i]);
	free(a->cites);
	free(a->imported_at);
}

void
store_articles_free(struct store_article *a, size_t n)
{
	size_t	i;

	if (a == NULL)
		return;
	for (i = 0; i < n; i++)
		article_clear(&a[i]);
	free(a);
}

/* Fill a from a row of ART_COLS, and its cites. */
static int
article_row(struct store *st, sqlite3_stmt *s, struct store_article *a,
    char **cause)
{
	sqlite3_stmt	*c;
	const char	*h;
	char		**nc;
	int		 rc;

	memset(a, 0, sizeof *a);
	a->id = sqlite3_column_int64(s, 0);
	if (store_col_text(s, 1, &a->path) != 0 ||
	    store_col_text(s, 2, &a->outlet) != 0 ||
	    store_col_text(s, 3, &a->title) != 0 ||
	    store_col_text(s, 4, &a->date) != 0 ||
	    store_col_text(s, 5, &a->dateline) != 0 ||
	    store_col_text(s, 9, &a->imported_at) != 0)
		return nomem(cause);
	a->story = sqlite3_column_int64(s, 6);
	if ((h = (const char *)sqlite3_column_text(s, 7)) != NULL)
		snprintf(a->hash, sizeof a->hash, "%s", h);
	a->encoding = sqlite3_column_int(s, 8);
	a->nsentences = (size_t)sqlite3_column_int64(s, 10);
	a->size = (size_t)sqlite3_column_int64(s, 11);
	a->month_day = sqlite3_column_int(s, 12);

	if ((c = store_stmt(st, sql_cites, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(c, 1, a->id);
	while ((rc = store_step(st, c, cause)) == SQLITE_ROW) {
		nc = util_reallocarray(a->cites, a->ncites + 1, sizeof *nc);
		if (nc == NULL) {
			sqlite3_reset(c);
			return nomem(cause);
		}
		a->cites = nc;
		if (store_col_text(c, 0, &a->cites[a->ncites]) != 0) {
			sqlite3_reset(c);
			return nomem(cause);
		}
		a->ncites++;
	}
	if (rc == -1)
		return -1;
	sqlite3_reset(c);
	return 0;
}

int
store_article_get(struct store *st, int64_t id, struct store_article **out,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	*out = NULL;
	if ((s = store_stmt(st, sql_article_get, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = store_step(st, s, cause)) == -1)
		return -1;
	if (rc == SQLITE_DONE)
		return 0;
	if ((*out = calloc(1, sizeof **out)) == NULL) {
		sqlite3_reset(s);
		return nomem(cause);
	}
	rc = article_row(st, s, *out, cause);
	sqlite3_reset(s);
	if (rc != 0) {
		store_article_free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

int
store_article_story(struct store *st, int64_t id, int64_t *story,
    char **date, int *month_day, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	*story = -1;
	*date = NULL;
	if (month_day != NULL)
		*month_day = 0;
	if ((s = store_stmt(st, sql_article_story, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = store_step(st, s, cause)) == -1)
		return -1;
	if (rc == SQLITE_ROW) {
		*story = sqlite3_column_int64(s, 0);
		if (month_day != NULL)
			*month_day = sqlite3_column_int(s, 2);
		if (store_col_text(s, 1, date) != 0) {
			sqlite3_reset(s);
			return nomem(cause);
		}
	}
	sqlite3_reset(s);
	return 0;
}

int
store_article_raw(struct store *st, int64_t id, char **data, size_t *len,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;
	size_t		 n;

	*data = NULL;
	*len = 0;
	if ((s = store_stmt(st, sql_raw, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = store_step(st, s, cause)) == -1)
		return -1;
	if (rc == SQLITE_DONE)
		return 0;
	n = (size_t)sqlite3_column_bytes(s, 0);
	if ((*data = malloc(n + 1)) == NULL) {
		sqlite3_reset(s);
		return nomem(cause);
	}
	if (n > 0)
		memcpy(*data, sqlite3_column_blob(s, 0), n);
	(*data)[n] = '\0';
	*len = n;
	sqlite3_reset(s);
	return 0;
}

static int
count1(struct store *st, const char *sql, int64_t arg, int64_t *n,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	*n = 0;
	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	if (arg != 0)
		sqlite3_bind_int64(s, 1, arg);
	if ((rc = store_step(st, s, cause)) == -1)
		return -1;
	if (rc == SQLITE_ROW)
		*n = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return 0;
}

int
store_article_count(struct store *st, int64_t story, int64_t *n,
    char **cause)
{
	if (story == 0)
		return count1(st, sql_count_all, 0, n, cause);
	return count1(st, sql_count_story, story, n, cause);
}

int
store_article_set_story(struct store *st, int64_t article, int64_t story,
    char **cause)
{
	sqlite3_stmt	*s;

	if (store_writable(st, cause) != 0)
		return -1;
	if ((s = store_stmt(st, sql_set_story, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, article);
	store_bind_id(s, 2, story);
	if (store_step(st, s, cause) == -1)
		return -1;
	sqlite3_reset(s);
	return 0;
}

/* Run one page statement, appending up to limit rows to *out. */
static int
page_run(struct store *st, const char *sql, const struct store_page *q,
    int64_t key, const char *key_date, struct store_article **out,
    size_t *n, char **cause)
{
	sqlite3_stmt		*s;
	struct store_article	*na;
	int			 rc;

	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, key);
	sqlite3_bind_int64(s, 2, q->story);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)(q->limit - *n));
	if (key_date != NULL)
		sqlite3_bind_text(s, 4, key_date, -1, SQLITE_STATIC);
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		na = util_reallocarray(*out, *n + 1, sizeof *na);
		if (na == NULL) {
			sqlite3_reset(s);
			return nomem(cause);
		}
		*out = na;
		if (article_row(st, s, &na[*n], cause) != 0) {
			article_clear(&na[*n]);
			sqlite3_reset(s);
			return -1;
		}
		(*n)++;
	}
	if (rc == -1)
		return -1;
	sqlite3_reset(s);
	return 0;
}

int
store_articles_page(struct store *st, const struct store_page *q,
    struct store_article **out, size_t *n, char **cause)
{
	const char	*sql;
	int64_t		 key;
	int		 rc = 0;

	*out = NULL;
	*n = 0;
	if (q->limit == 0)
		return 0;
	if (q->order == STORE_BY_ID) {
		if (q->backward) {
			key = q->from != 0 ? q->from : INT64_MAX;
			sql = q->story ? sql_page_id_back_story :
			    sql_page_id_back;
		} else {
			key = q->from;
			sql = q->story ? sql_page_id_fwd_story :
			    sql_page_id_fwd;
		}
		rc = page_run(st, sql, q, key, NULL, out, n, cause);
	} else {
		/* Dated rows first (unless the key is an undated row). */
		if (q->from == 0 || q->from_date != NULL) {
			sql = q->story ? sql_page_dated_story : sql_page_dated;
			rc = page_run(st, sql, q,
			    q->from != 0 ? q->from : INT64_MAX,
			    q->from != 0 ? q->from_date : "\x7f", out, n,
			    cause);
		}
		if (rc == 0 && *n < q->limit) {
			key = q->from != 0 && q->from_date == NULL ?
			    q->from : INT64_MAX;
			sql = q->story ? sql_page_undated_story :
			    sql_page_undated;
			rc = page_run(st, sql, q, key, NULL, out, n, cause);
		}
	}
	if (rc != 0) {
		store_articles_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

int
store_articles_each(struct store *st,
    int (*fn)(void *arg, const struct store_article *a), void *arg,
    char **cause)
{
	sqlite3_stmt		*s;
	struct store_article	 a;
	int			 rc, r = 0;

	if ((s = store_stmt_new(st, sql_articles_all, cause)) == NULL)
		return -1;
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if (article_row(st, s, &a, cause) != 0) {
			article_clear(&a);
			rc = -1;
			break;
		}
		r = fn(arg, &a);
		article_clear(&a);
		if (r != 0)
			break;
	}
	sqlite3_finalize(s);
	if (rc == -1)
		return -1;
	return r;
}

/* --- sentences -------------------------------------------------------- */

static int
sentence_row(sqlite3_stmt *s, struct store_sentence *x, char **cause)
{
	memset(x, 0, sizeof *x);
	x->id = sqlite3_column_int64(s, 0);
	x->article = sqlite3_column_int64(s, 1);
	x->idx = (size_t)sqlite3_column_int64(s, 2);
	if (store_col_text(s, 3, &x->text) != 0)
		return nomem(cause);
	if (x->text == NULL && (x->text = util_strdup("")) == NULL)
		return nomem(cause);
	x->start = (size_t)sqlite3_column_int64(s, 4);
	x->end = (size_t)sqlite3_column_int64(s, 5);
	x->is_title = sqlite3_column_int(s, 6);
	return 0;
}

void
store_sentences_free(struct store_sentence *x, size_t n)
{
	size_t	i;

	if (x == NULL)
		return;
	for (i = 0; i < n; i++)
		free(x[i].text);
	free(x);
}

void
store_sentence_free(struct store_sentence *x)
{
	store_sentences_free(x, 1);
}

int
store_sentences(struct store *st, int64_t article,
    struct store_sentence **out, size_t *n, char **cause)
{
	sqlite3_stmt		*s;
	struct store_sentence	*nx;
	int			 rc;

	*out = NULL;
	*n = 0;
	if ((s = store_stmt(st, sql_sentences, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, article);
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if ((nx = util_reallocarray(*out, *n + 1, sizeof *nx)) ==
		    NULL) {
			rc = nomem(cause);
			break;
		}
		*out = nx;
		if (sentence_row(s, &nx[*n], cause) != 0) {
			free(nx[*n].text);
			rc = -1;
			break;
		}
		(*n)++;
	}
	sqlite3_reset(s);
	if (rc == -1) {
		store_sentences_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

int
store_sentence_get(struct store *st, int64_t id, struct store_sentence **out,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	*out = NULL;
	if ((s = store_stmt(st, sql_sentence_get, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = store_step(st, s, cause)) == -1)
		return -1;
	if (rc == SQLITE_DONE)
		return 0;
	if ((*out = calloc(1, sizeof **out)) == NULL) {
		sqlite3_reset(s);
		return nomem(cause);
	}
	rc = sentence_row(s, *out, cause);
	sqlite3_reset(s);
	if (rc != 0) {
		store_sentence_free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

int
store_sentence_count(struct store *st, int64_t *n, char **cause)
{
	return count1(st, sql_sentence_count, 0, n, cause);
}

/* --- full-text search ------------------------------------------------- */

/* Does the word have anything FTS5 would index (a letter or digit)? */
static int
has_token(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] >= 0x80 ||
		    isalnum((unsigned char)s[i]))
			return 1;
	}
	return 0;
}

/* Append text to a growing string. */
static int
append(char **buf, size_t *len, size_t *cap, const char *s, size_t n)
{
	char	*nb;
	size_t	 want;

	if (*len + n + 1 > *cap) {
		want = (*len + n + 1) * 2;
		if ((nb = realloc(*buf, want)) == NULL)
			return -1;
		*buf = nb;
		*cap = want;
	}
	memcpy(*buf + *len, s, n);
	*len += n;
	(*buf)[*len] = '\0';
	return 0;
}

char *
store_search_query(const char *query, char **cause)
{
	const char	*p = query, *w;
	char		*buf = NULL;
	size_t		 len = 0, cap = 0, wl;
	int		 nterms = 0, pending_or = 0, phrase, prefix, fail = 0;

	while (!fail) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p == '\0')
			break;
		phrase = *p == '"';
		if (phrase) {
			w = ++p;
			if ((p = strchr(w, '"')) == NULL) {
				util_cause(cause, "%s", _("unbalanced quote in "
				    "the search"));
				free(buf);
				return NULL;
			}
			wl = (size_t)(p - w);
			p++;
		} else {
			w = p;
			while (*p != '\0' && *p != ' ' && *p != '\t' &&
			    *p != '\n' && *p != '\r' && *p != '"')
				p++;
			wl = (size_t)(p - w);
			if (wl == 2 && memcmp(w, "OR", 2) == 0) {
				pending_or = nterms > 0;
				continue;
			}
		}
		if (!has_token(w, wl))
			continue;
		prefix = !phrase && wl > 1 && w[wl - 1] == '*';
		if (prefix)
			wl--;
		if (nterms > 0 && append(&buf, &len, &cap,
		    pending_or ? " OR " : " ", pending_or ? 4 : 1) != 0)
			fail = 1;
		pending_or = 0;
		fail |= append(&buf, &len, &cap, "\"", 1) != 0;
		for (; !fail && wl > 0; w++, wl--) {
			if (*w == '"')
				fail |= append(&buf, &len, &cap, "\"\"", 2);
			else
				fail |= append(&buf, &len, &cap, w, 1);
		}
		fail |= append(&buf, &len, &cap, prefix ? "\"*" : "\"",
		    prefix ? 2 : 1) != 0;
		nterms++;
	}
	if (fail) {
		free(buf);
		nomem(cause);
		return NULL;
	}
	if (nterms == 0) {
		util_cause(cause, "%s", _("nothing to search for: give words"));
		free(buf);
		return NULL;
	}
	return buf;
}

void
store_hits_free(struct store_hit *h, size_t n)
{
	size_t	i;

	if (h == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(h[i].outlet);
		free(h[i].title);
		free(h[i].text);
		free(h[i].snippet);
	}
	free(h);
}

int
store_search(struct store *st, const char *query, size_t offset,
    size_t limit, struct store_hit **out, size_t *n, char **cause)
{
	sqlite3_stmt	*s;
	struct store_hit *nh, *h;
	char		*q;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((q = store_search_query(query, cause)) == NULL)
		return -1;
	if ((s = store_stmt(st, sql_search, cause)) == NULL) {
		free(q);
		return -1;
	}
	sqlite3_bind_text(s, 1, q, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, STORE_MARK_ON, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, STORE_MARK_OFF, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 4, limit == 0 ? -1 : (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 5, (sqlite3_int64)offset);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if ((nh = util_reallocarray(*out, *n + 1, sizeof *nh)) ==
		    NULL) {
			rc = -2;
			break;
		}
		*out = nh;
		h = &nh[*n];
		memset(h, 0, sizeof *h);
		(*n)++;
		h->article = sqlite3_column_int64(s, 0);
		h->sentence = sqlite3_column_int64(s, 1);
		h->idx = (size_t)sqlite3_column_int64(s, 2);
		h->rank = sqlite3_column_double(s, 7);
		if (store_col_text(s, 3, &h->outlet) != 0 ||
		    store_col_text(s, 4, &h->title) != 0 ||
		    store_col_text(s, 5, &h->text) != 0 ||
		    store_col_text(s, 6, &h->snippet) != 0) {
			rc = -2;
			break;
		}
	}
	if (rc != SQLITE_DONE) {
		if (rc == -2)
			nomem(cause);
		else
			util_cause(cause, _("cannot search for '%s': %s"),
			    query, sqlite3_errmsg(st->db));
		sqlite3_reset(s);
		free(q);
		store_hits_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	sqlite3_reset(s);
	free(q);
	return 0;
}

/* --- recurring lines -------------------------------------------------- */

static int64_t
line_hash(const char *line)
{
	char	hex[65];

	util_sha256_hex(line, strlen(line), hex);
	hex[15] = '\0';		/* 60 bits: always positive */
	return (int64_t)strtoll(hex, NULL, 16);
}

long
store_line_count(void *arg, const char *line)
{
	struct store	*st = arg;
	sqlite3_stmt	*s;
	long		 n = 0;

	if ((s = store_stmt(st, sql_line_count, NULL)) == NULL)
		return 0;
	sqlite3_bind_int64(s, 1, line_hash(line));
	if (sqlite3_step(s) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return n;
}

int
store_lines_add(struct store *st, const char *const *lines, size_t n,
    char **cause)
{
	sqlite3_stmt	*s;
	size_t		 i;
	int		 own, ok = 1;

	if (n == 0)
		return 0;
	if (store_atomic_begin(st, &own, cause) != 0)
		return -1;
	for (i = 0; i < n && ok; i++) {
		if ((s = store_stmt(st, sql_line_add, cause)) == NULL) {
			ok = 0;
			break;
		}
		sqlite3_bind_int64(s, 1, line_hash(lines[i]));
		if (store_step(st, s, cause) == -1)
			ok = 0;
		else
			sqlite3_reset(s);
	}
	if (store_atomic_end(st, own, ok, ok ? cause : NULL) != 0)
		return -1;
	return ok ? 0 : -1;
}

/* --- candidate index -------------------------------------------------- */

/* Run a statement whose one parameter is a term's rowid. */
static int
term_step(struct store *st, const char *sql, int64_t term, int64_t v,
    char **cause)
{
	sqlite3_stmt	*s;

	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, term);
	sqlite3_bind_int64(s, 2, v);
	if (store_step(st, s, cause) == -1)
		return -1;
	sqlite3_reset(s);
	return 0;
}

int
store_term_add(struct store *st, const char *text, int64_t count,
    const int64_t *sentences, size_t n, char **cause)
{
	int64_t	id = 0;

	return store_term_put(st, &id, text, count, sentences, n, cause);
}

/* Index sentences[0, n) under term; a sentence already there is counted
 * out of the term's df again. */
static int
postings_put(struct store *st, int64_t term, const int64_t *sentences,
    size_t n, char **cause)
{
	sqlite3_stmt	*s;
	size_t		 i, k, rows;
	int64_t		 dup = 0;

	for (i = 0; i < n; i += rows) {
		rows = n - i >= POSTINGS_ROWS ? POSTINGS_ROWS : 1;
		if ((s = store_stmt(st, rows > 1 ? sql_postings_add :
		    sql_posting_add, cause)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, term);
		for (k = 0; k < rows; k++)
			sqlite3_bind_int64(s, (int)k + 2, sentences[i + k]);
		if (store_step(st, s, cause) == -1)
			return -1;
		sqlite3_reset(s);
		dup += (int64_t)rows - sqlite3_changes(st->db);
	}
	/* A sentence indexed twice: it counts once. */
	if (dup != 0 && term_step(st, sql_term_df_add, term, -dup, cause) != 0)
		return -1;
	return 0;
}

int
store_term_put(struct store *st, int64_t *id, const char *text,
    int64_t count, const int64_t *sentences, size_t n, char **cause)
{
	sqlite3_stmt	*s;
	int64_t		 term = 0;
	int		 own, ok = 0, rc;

	if (count == 0 && n == 0)
		return 0;
	/*
	 * The engine calls this for thousands of terms at the end of a batch
	 * transaction, which is rolled back as a whole if one fails: a
	 * savepoint per term (each one visiting the FTS5 table) buys nothing
	 * there.  Alone, it is one transaction.
	 */
	own = 0;
	if (!st->intx && store_atomic_begin(st, &own, cause) != 0)
		return -1;
	/* The id the caller knows, if it is still the term's. */
	if (*id != 0 && count != 0) {
		if ((s = store_stmt(st, sql_term_df_add_checked, cause)) ==
		    NULL)
			goto out;
		sqlite3_bind_int64(s, 1, *id);
		sqlite3_bind_int64(s, 2, count);
		store_bind_text(s, 3, text);
		if (store_step(st, s, cause) == -1)
			goto out;
		sqlite3_reset(s);
		if (sqlite3_changes(st->db) == 1)
			term = *id;
	}
	if (term == 0) {
		if ((s = store_stmt(st, sql_term_find, cause)) == NULL)
			goto out;
		store_bind_text(s, 1, text);
		if ((rc = store_step(st, s, cause)) == -1)
			goto out;
		term = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
		sqlite3_reset(s);
		if (term == 0) {
			if ((s = store_stmt(st, sql_term_new, cause)) == NULL)
				goto out;
			store_bind_text(s, 1, text);
			sqlite3_bind_int64(s, 2, count);
			if (store_step(st, s, cause) == -1)
				goto out;
			sqlite3_reset(s);
			term = sqlite3_last_insert_rowid(st->db);
		} else if (count != 0 &&
		    term_step(st, sql_term_df_add, term, count, cause) != 0)
			goto out;
	}
	if (postings_put(st, term, sentences, n, cause) != 0)
		goto out;
	*id = term;
	ok = 1;
out:
	if (own && store_atomic_end(st, own, ok, ok ? cause : NULL) != 0)
		return -1;
	return ok ? 0 : -1;
}

/* --- the time index ---------------------------------------------------- */

int64_t
store_week_key(const char *term, int32_t week)
{
	uint64_t	h = 0xcbf29ce484222325ULL;	/* FNV-1a */

	for (; *term != '\0'; term++)
		h = (h ^ (unsigned char)*term) * 0x100000001b3ULL;
	h = (h ^ h >> 29) & 0x3ffffffffffULL;
	return (int64_t)(h | (uint64_t)((uint32_t)week & 0xfffffU) << 42);
}

unsigned char *
store_ids_encode(const int64_t *ids, size_t n, size_t *len)
{
	unsigned char	*b, *p;
	uint64_t	 v;
	size_t		 i;

	if ((b = malloc(n * 10 + 2)) == NULL)
		return NULL;
	p = b;
	if (n > 0)
		*p++ = 0;
	for (i = 0; i < n; i++) {
		v = (uint64_t)(i == 0 ? ids[0] : ids[i] - ids[i - 1]);
		while (v >= 0x80) {
			*p++ = (unsigned char)(v | 0x80);
			v >>= 7;
		}
		*p++ = (unsigned char)v;
	}
	*len = (size_t)(p - b);
	return b;
}

/* The ids of b[0, len) into v (room for len made by the caller): a 0
 * says the next value is an id, any other is the gap to the next id. */
static size_t
ids_decode(const unsigned char *b, size_t len, int64_t *v)
{
	uint64_t	x, prev = 0;
	size_t		i = 0, n = 0;
	int		shift, abs = 0;

	while (i < len) {
		x = 0;
		shift = 0;
		while (i < len && shift < 64) {
			x |= (uint64_t)(b[i] & 0x7f) << shift;
			shift += 7;
			if ((b[i++] & 0x80) == 0)
				break;
		}
		if (x == 0) {
			abs = 1;
			continue;
		}
		prev = abs ? x : prev + x;
		abs = 0;
		v[n++] = (int64_t)prev;
	}
	return n;
}

int
store_week_add(struct store *st, int64_t key, int64_t count,
    const int64_t *ids, size_t n, char **cause)
{
	sqlite3_stmt	*s;
	unsigned char	*b;
	size_t		 len = 0;
	int		 rc;

	if (count == 0)
		return 0;
	if ((b = store_ids_encode(ids, n, &len)) == NULL)
		return nomem(cause);
	if ((s = store_stmt(st, sql_week_add, cause)) == NULL) {
		free(b);
		return -1;
	}
	sqlite3_bind_int64(s, 1, key);
	sqlite3_bind_int64(s, 2, count);
	sqlite3_bind_blob(s, 3, b, (int)len, SQLITE_STATIC);
	rc = store_step(st, s, cause);
	sqlite3_reset(s);
	free(b);
	return rc == -1 ? -1 : 0;
}

int
store_week_df(struct store *st, int64_t key, int64_t *df, char **cause)
{
	sqlite3_stmt	*s;

	*df = 0;
	if ((s = store_stmt(st, sql_week_get, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, key);
	return store_int1(st, s, df, cause);
}

int
store_week_postings(struct store *st, int64_t key, int64_t **out,
    size_t *n, char **cause)
{
	sqlite3_stmt	*s;
	const void	*b;
	size_t		 len;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((s = store_stmt(st, sql_week_get, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, key);
	if ((rc = store_step(st, s, cause)) == -1)
		return -1;
	if (rc == SQLITE_ROW && (len = (size_t)sqlite3_column_bytes(s, 1)) >
	    0) {
		b = sqlite3_column_blob(s, 1);
		/* a varint is at least a byte: len ids at most */
		if ((*out = calloc(len, sizeof **out)) == NULL) {
			sqlite3_reset(s);
			return nomem(cause);
		}
		*n = ids_decode(b, len, *out);
	}
	sqlite3_reset(s);
	return 0;
}

int
store_tokens_put(struct store *st, int64_t sentence, int64_t article,
    const void *data, size_t len, char **cause)
{
	sqlite3_stmt	*s;

	if ((s = store_stmt(st, sql_tokens_put, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, sentence);
	sqlite3_bind_int64(s, 2, article);
	sqlite3_bind_blob(s, 3, data, (int)len, SQLITE_STATIC);
	if (store_step(st, s, cause) == -1)
		return -1;
	sqlite3_reset(s);
	return 0;
}

int
store_tokens_get(struct store *st, int64_t sentence, int64_t *article,
    unsigned char **data, size_t *len, char **cause)
{
	sqlite3_stmt	*s;
	const void	*b;
	int		 rc, n;

	*data = NULL;
	*len = 0;
	if ((s = store_stmt(st, sql_tokens_get, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, sentence);
	if ((rc = store_step(st, s, cause)) == -1)
		return -1;
	if (rc == SQLITE_ROW) {
		*article = sqlite3_column_int64(s, 0);
		b = sqlite3_column_blob(s, 1);
		n = sqlite3_column_bytes(s, 1);
		if (n > 0 && (*data = malloc((size_t)n)) == NULL) {
			sqlite3_reset(s);
			return nomem(cause);
		}
		if (n > 0)
			memcpy(*data, b, (size_t)n);
		*len = (size_t)n;
	}
	sqlite3_reset(s);
	return 0;
}

int
store_term_get(struct store *st, const char *term, int64_t *id, int64_t *df,
    char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	*id = 0;
	*df = 0;
	if ((s = store_stmt(st, sql_term_get, cause)) == NULL)
		return -1;
	store_bind_text(s, 1, term);
	if ((rc = store_step(st, s, cause)) == -1)
		return -1;
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		*df = sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	return 0;
}

int
store_term_df(struct store *st, const char *term, int64_t *df, char **cause)
{
	sqlite3_stmt	*s;

	*df = 0;
	if ((s = store_stmt(st, sql_term_df, cause)) == NULL)
		return -1;
	store_bind_text(s, 1, term);
	return store_int1(st, s, df, cause);
}

int
store_postings(struct store *st, const char *term, size_t limit,
    int64_t **out, size_t *n, char **cause)
{
	sqlite3_stmt	*s;
	int64_t		*nv;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((s = store_stmt(st, sql_postings, cause)) == NULL)
		return -1;
	store_bind_text(s, 1, term);
	sqlite3_bind_int64(s, 2, limit == 0 ? -1 : (sqlite3_int64)limit);
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap == 0 ? 16 : cap * 2;
			if ((nv = util_reallocarray(*out, cap, sizeof *nv)) ==
			    NULL) {
				rc = nomem(cause);
				break;
			}
			*out = nv;
		}
		(*out)[(*n)++] = sqlite3_column_int64(s, 0);
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
