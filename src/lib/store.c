/*
 * store.c: opening a parallax database, its schema and migrations, the
 * statement cache and transactions.  The tables themselves are read and
 * written in store-articles.c (articles, sentences, search, lines, the
 * candidate index) and store-derived.c (pairs, claims, conflicts, stories,
 * verdicts).
 *
 * Invariants of an open store: foreign_keys=ON (OFF for STORE_BULK: see
 * below), a 5 s busy timeout, and (when writable) journal_mode=WAL,
 * synchronous=NORMAL.  PRAGMA
 * application_id marks the file as ours and PRAGMA user_version is the
 * schema version; migrations[i] takes a database from version i to i + 1
 * and every step runs in one transaction with the version bump, so a
 * database is always at exactly one version.  A file that is not SQLite,
 * belongs to another application, comes from a newer parallax or cannot be
 * written is refused before anything is written to it.
 *
 * Performance choices, measured on this (shared, 2-core) machine with
 * `parallax import` of 1,000 generated 20-sentence articles
 * (tests/gen-articles.awk), parser included:
 * - Batches: ingest.c commits every 200 articles (or after a second).
 *   One transaction per article cost 0.85-0.90 s of CPU (about 1,100
 *   articles/s), 200 per transaction 0.34-0.39 s (about 2,700/s; 0.41-0.47
 *   s wall when the machine was quiet, which it seldom was); 1,000 per
 *   transaction gained nothing more.  Without the FTS5 index the same
 *   import took 0.22 s, so the index is most of the store's cost, and most
 *   of that is paid per commit (each commit writes a new FTS5 segment that
 *   later merges).
 *   200 also bounds the work a kill loses to about a second.
 * - WAL with synchronous=NORMAL: a commit appends to the WAL without an
 *   fsync; a killed process never loses a commit (only an OS crash can
 *   lose the last ones), which is what the import promises.  The 32 MB
 *   page cache and a checkpoint every 8,192 pages made no measurable
 *   difference at 1,000 articles; they are for databases that outgrow
 *   SQLite's default 2 MB cache.
 * - temp_store=MEMORY: the engine writes inside the batch transaction
 *   with statements that need a statement journal (upserts, foreign
 *   keys); with temp files each spill was a pwrite.  Import of 300
 *   generated articles with alignment: 8.8 s wall, 1.25 s system before,
 *   4.7 s wall, 0.05 s system after.
 * - STORE_BULK (import, align) keeps up to 256 MB of dirty pages before
 *   it spills any (cache_spill) and lets the WAL grow to 32,768 pages
 *   before a checkpoint: a batch of 200 articles dirties more than 32 MB
 *   of index pages, and with the defaults (SQLite's cache spilling them to
 *   the WAL mid-batch, a checkpoint and its fsync every 8,192 pages) 18%
 *   of the CPU of an import at 50,000 articles went to the cache spilling
 *   and the checkpoints; at 10,000 articles the CPU of the import fell by
 *   8.5%.  Clean pages are read through the map (store_map()), so the
 *   cache proper is 64 MB: a 256 MB one made every page lookup walk a
 *   page table of 256 MB, 9% of the CPU of 8,000 articles imported into
 *   a database of 100,000, which with this cache and the whole file
 *   mapped took 12% less CPU (6.3 -> 5.5 ms an article).
 * - STORE_BULK (import, align) runs without foreign keys: checking them
 *   looked up a parent row for every sentence, token, claim and pair
 *   written (two per pair): 9% of a 10,000-article import's CPU.  Their
 *   writers make every parent before its children, no article or sentence
 *   is ever deleted, and the deletes the keys would cascade are written
 *   out in store-align.c; the tests check PRAGMA foreign_key_check after
 *   an import.
 * - FTS5 detail=full, no prefix index.  Measured on 100,000 sentences of
 *   12-30 words (a Zipf vocabulary of 20,000 words), one column: the index
 *   is 6.7 MB with detail=full, 6.5 MB with detail=column, 2.8 MB with
 *   detail=none; 200 ranked queries with snippets took 1.0 s with full but
 *   3.5 s with column and 2.7 s with none (snippet() must re-tokenise to
 *   find the match without positions), and column/none cannot run phrase
 *   queries.  One column makes positions nearly free, so full it is.  A
 *   prefix index ('2 3') made the index 2.7 times larger and inserts twice
 *   as slow for the rare "talk*" query: not worth it.
 * - New sentences enter the FTS5 index by an explicit INSERT next to the
 *   sentence's (store_article_add), not by a trigger: measured on 21,000
 *   sentences, an AFTER INSERT trigger made indexing 4.3 times slower
 *   (0.55 s against 0.13 s).  Deletes and updates, which are rare, keep
 *   their triggers so that the index can never go stale.
 * - The original bytes are the last column of articles so that reading
 *   the other columns never walks a large blob's overflow pages; paging is
 *   keyset-based on indexed columns (never OFFSET over the articles).  On
 *   a database of 1,000,000 articles a page of 50 takes 0.1-0.7 ms in
 *   every order (EXPLAIN QUERY PLAN: SEARCH by rowid, articles_date or
 *   articles_story, no temporary B-tree except by id inside one story).
 *   store_article_count() of all articles walks an index (50 ms there):
 *   callers should not poll it.
 */
#include "store-int.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define STORE_APPLICATION_ID	0x50584c31	/* "PXL1" */
#define STORE_BUSY_MS		5000
#define STORE_BEGIN_RETRIES	5
#define STORE_CHECK_TRIES	50	/* a new file without our mark: */
#define STORE_CHECK_USEC	20000	/* look again for a second */

/*
 * migrations[v] takes a database at version v to version v + 1.  Never
 * edit a released step: add one (and bump STORE_SCHEMA_VERSION).
 */
static const char *const migrations[] = {
	/* 0 -> 1: everything. */
	"CREATE TABLE stories ("
	"  id INTEGER PRIMARY KEY,"
	"  title TEXT,"
	"  first_date TEXT,"
	"  last_date TEXT);"
	"CREATE INDEX stories_recent ON stories (last_date, id);"

	"CREATE TABLE articles ("
	"  id INTEGER PRIMARY KEY,"
	"  path TEXT,"
	"  outlet TEXT,"
	"  title TEXT,"
	"  date TEXT,"
	"  dateline TEXT,"
	"  story INTEGER REFERENCES stories (id) ON DELETE SET NULL,"
	"  hash TEXT NOT NULL UNIQUE,"
	"  encoding INTEGER NOT NULL DEFAULT 0,"
	"  imported_at TEXT NOT NULL,"
	"  nsentences INTEGER NOT NULL DEFAULT 0,"
	"  raw BLOB NOT NULL);"
	"CREATE INDEX articles_story ON articles (story, date, id);"
	"CREATE INDEX articles_date ON articles (date, id);"

	"CREATE TABLE cites ("
	"  article INTEGER NOT NULL REFERENCES articles (id)"
	"    ON DELETE CASCADE,"
	"  idx INTEGER NOT NULL,"
	"  name TEXT NOT NULL,"
	"  PRIMARY KEY (article, idx)) WITHOUT ROWID;"

	"CREATE TABLE sentences ("
	"  id INTEGER PRIMARY KEY,"
	"  article INTEGER NOT NULL REFERENCES articles (id)"
	"    ON DELETE CASCADE,"
	"  idx INTEGER NOT NULL,"
	"  text TEXT NOT NULL,"
	"  start INTEGER NOT NULL,"
	"  \"end\" INTEGER NOT NULL,"
	"  is_title INTEGER NOT NULL DEFAULT 0,"
	"  UNIQUE (article, idx));"

	"CREATE VIRTUAL TABLE sentences_fts USING fts5 (text,"
	"  content='sentences', content_rowid='id',"
	"  tokenize='unicode61 remove_diacritics 2', detail=full);"
	"CREATE TRIGGER sentences_fts_del AFTER DELETE ON sentences BEGIN"
	"  INSERT INTO sentences_fts (sentences_fts, rowid, text)"
	"    VALUES ('delete', old.id, old.text);"
	"  END;"
	"CREATE TRIGGER sentences_fts_upd AFTER UPDATE OF text ON sentences"
	"  BEGIN"
	"  INSERT INTO sentences_fts (sentences_fts, rowid, text)"
	"    VALUES ('delete', old.id, old.text);"
	"  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);"
	"  END;"

	"CREATE TABLE lines ("
	"  hash INTEGER PRIMARY KEY,"
	"  count INTEGER NOT NULL);"

	"CREATE TABLE terms ("
	"  id INTEGER PRIMARY KEY,"
	"  term TEXT NOT NULL UNIQUE,"
	"  df INTEGER NOT NULL DEFAULT 0);"
	"CREATE TABLE postings ("
	"  term INTEGER NOT NULL,"
	"  sentence INTEGER NOT NULL,"
	"  PRIMARY KEY (term, sentence)) WITHOUT ROWID;"

	"CREATE TABLE pairs ("
	"  id INTEGER PRIMARY KEY,"
	"  a INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,"
	"  b INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,"
	"  relation TEXT NOT NULL"
	"    CHECK (relation IN ('same', 'similar', 'conflict')),"
	"  score REAL NOT NULL,"
	"  UNIQUE (a, b),"
	"  CHECK (a < b));"
	"CREATE INDEX pairs_b ON pairs (b);"

	"CREATE TABLE claims ("
	"  id INTEGER PRIMARY KEY,"
	"  sentence INTEGER NOT NULL REFERENCES sentences (id)"
	"    ON DELETE CASCADE,"
	"  kind TEXT NOT NULL,"
	"  subject TEXT,"
	"  value_num REAL,"
	"  value_text TEXT,"
	"  approx INTEGER NOT NULL DEFAULT 0,"
	"  source TEXT);"
	"CREATE INDEX claims_sentence ON claims (sentence);"

	"CREATE TABLE conflicts ("
	"  id INTEGER PRIMARY KEY,"
	"  story INTEGER REFERENCES stories (id) ON DELETE SET NULL,"
	"  kind TEXT NOT NULL,"
	"  subject TEXT,"
	"  reason TEXT);"
	"CREATE INDEX conflicts_story ON conflicts (story);"
	"CREATE TABLE conflict_claims ("
	"  conflict INTEGER NOT NULL REFERENCES conflicts (id)"
	"    ON DELETE CASCADE,"
	"  claim INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,"
	"  PRIMARY KEY (conflict, claim)) WITHOUT ROWID;"
	"CREATE INDEX conflict_claims_claim ON conflict_claims (claim);"

	"CREATE TABLE verdicts ("
	"  id INTEGER PRIMARY KEY,"
	"  target TEXT NOT NULL CHECK (target IN ('pair', 'claim', 'conflict')),"
	"  target_id INTEGER NOT NULL,"
	"  verdict TEXT NOT NULL,"
	"  note TEXT,"
	"  editor TEXT NOT NULL,"
	"  time TEXT NOT NULL);"
	"CREATE INDEX verdicts_target ON verdicts (target, target_id, id);"
	"CREATE TRIGGER verdicts_no_update BEFORE UPDATE ON verdicts BEGIN"
	"  SELECT RAISE (ABORT, 'verdicts are append-only'); END;"
	"CREATE TRIGGER verdicts_no_delete BEFORE DELETE ON verdicts BEGIN"
	"  SELECT RAISE (ABORT, 'verdicts are append-only'); END;",

	/* 1 -> 2: the size of the original, for listings. */
	"ALTER TABLE articles ADD COLUMN size INTEGER NOT NULL DEFAULT 0;"
	"UPDATE articles SET size = length(raw);",

	/*
	 * 2 -> 3: each sentence's tokens as the engine split them, so that a
	 * candidate is read back without being split again (derived: empty
	 * after an upgrade until `parallax align`; the engine splits the
	 * text of a sentence that has none).
	 */
	"CREATE TABLE sentence_tokens ("
	"  sentence INTEGER PRIMARY KEY REFERENCES sentences (id)"
	"    ON DELETE CASCADE,"
	"  article INTEGER NOT NULL,"
	"  data BLOB NOT NULL);",

	/*
	 * 3 -> 4: pairs by either sentence with the other one and the
	 * relation, so that an article's pairs are counted from the indexes
	 * alone (store_pairs_counts: the story view) instead of a row lookup
	 * per pair all over the table; the one on b replaces pairs_b (b).
	 */
	"CREATE INDEX pairs_a_relation ON pairs (a, b, relation);"
	"DROP INDEX pairs_b;"
	"CREATE INDEX pairs_b_relation ON pairs (b, a, relation);",

	/*
	 * 4 -> 5: the time index leaves the terms table.  Its keys were
	 * terms "TERM\x1fWEEK" with a row per posting; they become integer
	 * keys (store_week_key()), one row each with the count and the ids
	 * as one blob (store_week_add()).  Two old terms whose keys collide
	 * keep one list: only candidates are lost.
	 */
	"CREATE TABLE week_postings ("
	"  key INTEGER PRIMARY KEY,"
	"  n INTEGER NOT NULL,"
	"  ids BLOB NOT NULL);"
	"INSERT OR REPLACE INTO week_postings (key, n, ids)"
	"  SELECT px_week_key(t.term), t.df, px_week_ids(p.sentence)"
	"  FROM terms t LEFT JOIN postings p ON p.term = t.id"
	"  WHERE instr(t.term, char(31)) > 0 GROUP BY t.id;"
	"DELETE FROM postings WHERE term IN"
	"  (SELECT id FROM terms WHERE instr(term, char(31)) > 0);"
	"DELETE FROM terms WHERE instr(term, char(31)) > 0;",

	/*
	 * 5 -> 6: the week moves from the low 20 bits of a time-index key to
	 * the high 20 (store_week_key()).  With the hash first, the keys an
	 * import adds in one batch (mostly of one or two weeks) were spread
	 * over the whole table, a page written for nearly each: 10,000
	 * articles took 5% more CPU.  Same keys, bits moved: nothing lost.
	 */
	"CREATE TABLE week_postings_6 ("
	"  key INTEGER PRIMARY KEY,"
	"  n INTEGER NOT NULL,"
	"  ids BLOB NOT NULL);"
	"INSERT INTO week_postings_6 (key, n, ids)"
	"  SELECT ((key & 1048575) << 42) | (key >> 20), n, ids"
	"  FROM week_postings ORDER BY 1;"
	"DROP TABLE week_postings;"
	"ALTER TABLE week_postings_6 RENAME TO week_postings;",

	/*
	 * 6 -> 7: a count keeps the high end of its range ("dozens" is 12 to
	 * 99, "100 to 300"), so that conflicts are found against the range
	 * and not its low end alone.  Old rows have none (NULL): a figure.
	 */
	"ALTER TABLE claims ADD COLUMN value_high REAL;",

	/*
	 * 7 -> 8: a claim keeps its hedge ("at least", "about", "shortly
	 * before"), so that a lower bound is not taken for a figure that
	 * contradicts a larger one.  Old rows have none (NULL): only their
	 * approx flag.
	 */
	"ALTER TABLE claims ADD COLUMN hedge TEXT;",

	/*
	 * 8 -> 9: the articles imported without alignment (import
	 * --no-align), which `align --pending` aligns later.  An article
	 * is in it from its import to its alignment, never after.
	 */
	"CREATE TABLE pending ("
	"  article INTEGER PRIMARY KEY REFERENCES articles (id)"
	"    ON DELETE CASCADE);",

	/*
	 * 9 -> 10: the month and day of a page that prints its date without
	 * the year ("MOSCOW, March 14. /TASS/."), as MMDD, so that the
	 * engine does not take it for a page of any date.  Old rows have
	 * none (NULL).
	 */
	"ALTER TABLE articles ADD COLUMN month_day INTEGER;"
};

_Static_assert(PX_NITEMS(migrations) == STORE_SCHEMA_VERSION,
    "one migration per schema version");

static const char sql_data_version[] = "PRAGMA data_version";
/* Prepared once: the engine opens a savepoint per sentence it indexes. */
static const char sql_savepoint[] = "SAVEPOINT px_atomic";
static const char sql_release[] = "RELEASE px_atomic";
static const char sql_user_version[] = "PRAGMA user_version";

int
store_fail(struct store *st, char **cause)
{
	util_cause(cause, _("database %s: %s"), st->path,
	    sqlite3_errmsg(st->db));
	return -1;
}

sqlite3_stmt *
store_stmt(struct store *st, const char *sql, char **cause)
{
	struct store_cached	*c;
	sqlite3_stmt		*s;
	size_t			 i;

	for (i = 0; i < st->ncache; i++) {
		if (st->cache[i].sql == sql) {
			s = st->cache[i].stmt;
			sqlite3_reset(s);
			sqlite3_clear_bindings(s);
			return s;
		}
	}
	if (st->ncache == st->capcache) {
		c = util_reallocarray(st->cache, st->capcache + 32,
		    sizeof *c);
		if (c == NULL) {
			util_cause(cause, "%s", strerror(ENOMEM));
			return NULL;
		}
		st->cache = c;
		st->capcache += 32;
	}
	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s,
	    NULL) != SQLITE_OK) {
		store_fail(st, cause);
		return NULL;
	}
	st->cache[st->ncache].sql = sql;
	st->cache[st->ncache].stmt = s;
	st->ncache++;
	return s;
}

sqlite3_stmt *
store_stmt_new(struct store *st, const char *sql, char **cause)
{
	sqlite3_stmt	*s;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		store_fail(st, cause);
		return NULL;
	}
	return s;
}

int
store_step(struct store *st, sqlite3_stmt *s, char **cause)
{
	int	rc;

	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return rc;
	store_fail(st, cause);
	sqlite3_reset(s);
	return -1;
}

int
store_exec1(struct store *st, const char *sql, char **cause)
{
	sqlite3_stmt	*s;

	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	if (store_step(st, s, cause) == -1)
		return -1;
	sqlite3_reset(s);
	return 0;
}

int
store_ints(struct store *st, sqlite3_stmt *s, size_t ncols, int64_t **out,
    size_t *nrows, char **cause)
{
	int64_t	*v = NULL, *nv;
	size_t	 cap = 0, i;
	int	 rc;

	*out = NULL;
	*nrows = 0;
	while ((rc = store_step(st, s, cause)) == SQLITE_ROW) {
		if (*nrows == cap) {
			cap = cap == 0 ? 64 : cap * 2;
			if ((nv = util_reallocarray(v, cap, ncols *
			    sizeof *v)) == NULL) {
				util_cause(cause, "%s", strerror(ENOMEM));
				rc = -1;
				break;
			}
			v = nv;
		}
		for (i = 0; i < ncols; i++)
			v[*nrows * ncols + i] = sqlite3_column_int64(s,
			    (int)i);
		(*nrows)++;
	}
	sqlite3_reset(s);
	if (rc == -1) {
		free(v);
		*nrows = 0;
		return -1;
	}
	*out = v;
	return 0;
}

int
store_int1(struct store *st, sqlite3_stmt *s, int64_t *v, char **cause)
{
	int	rc;

	*v = 0;
	if ((rc = store_step(st, s, cause)) == -1)
		return -1;
	if (rc == SQLITE_ROW)
		*v = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return 0;
}

int
store_bind_text(sqlite3_stmt *s, int i, const char *t)
{
	if (t == NULL)
		return sqlite3_bind_null(s, i);
	return sqlite3_bind_text(s, i, t, -1, SQLITE_STATIC);
}

int
store_bind_id(sqlite3_stmt *s, int i, int64_t id)
{
	if (id == 0)
		return sqlite3_bind_null(s, i);
	return sqlite3_bind_int64(s, i, id);
}

int
store_col_text(sqlite3_stmt *s, int i, char **out)
{
	const unsigned char	*t;

	*out = NULL;
	if (sqlite3_column_type(s, i) == SQLITE_NULL)
		return 0;
	t = sqlite3_column_text(s, i);
	if (t == NULL)
		return -1;
	*out = util_strndup((const char *)t,
	    (size_t)sqlite3_column_bytes(s, i));
	return *out == NULL ? -1 : 0;
}

int
store_writable(struct store *st, char **cause)
{
	if (!st->readonly)
		return 0;
	util_cause(cause, _("database %s is open read-only"), st->path);
	return -1;
}

/* Run SQL text (no parameters, maybe several statements). */
static int
exec_script(struct store *st, const char *sql, char **cause)
{
	char	*err = NULL;

	if (sqlite3_exec(st->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		util_cause(cause, _("database %s: %s"), st->path,
		    err != NULL ? err : sqlite3_errmsg(st->db));
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

int
store_map(struct store *st, char **cause)
{
	if (st->readonly)
		return 0;
	/* SQLite caps it at its SQLITE_MAX_MMAP_SIZE (2 GiB in Debian's). */
	return exec_script(st, "PRAGMA mmap_size = 17179869184", cause);
}

static int
pragma_int(struct store *st, const char *sql, int64_t *v, char **cause)
{
	sqlite3_stmt	*s;
	int		 rc;

	if ((s = store_stmt(st, sql, cause)) == NULL)
		return -1;
	if ((rc = store_step(st, s, cause)) == -1)
		return -1;
	*v = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	return 0;
}

int
store_schema_version(struct store *st, int *version, char **cause)
{
	int64_t	v;

	if (pragma_int(st, sql_user_version, &v, cause) != 0)
		return -1;
	*version = (int)v;
	return 0;
}

int
store_data_version(struct store *st, int64_t *version, char **cause)
{
	return pragma_int(st, sql_data_version, version, cause);
}

const char *
store_path(const struct store *st)
{
	return st->path;
}

int
store_in_transaction(const struct store *st)
{
	return st->intx;
}

/* The cause for a statement that failed with rc while taking a lock. */
static int
busy_fail(struct store *st, int rc, char **cause)
{
	if ((rc & 0xff) == SQLITE_BUSY)
		util_cause(cause, _("database %s is busy (another parallax "
		    "is writing to it)"), st->path);
	else
		store_fail(st, cause);
	return -1;
}

/*
 * BEGIN IMMEDIATE.  The busy handler waits up to STORE_BUSY_MS for another
 * writer; SQLite does not call it in every case (a WAL recovery in
 * progress, a lock it judges a deadlock), so a BUSY that came back at once
 * is tried again a few times after a short sleep.
 */
static int
begin_immediate(struct store *st, char **cause)
{
	double	start;
	int	rc, i;

	for (i = 0; i < STORE_BEGIN_RETRIES; i++) {
		start = util_clock();
		rc = sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			return 0;
		if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
			break;
		if ((util_clock() - start) * 1000 >= STORE_BUSY_MS / 2)
			break;	/* the busy handler waited already */
		usleep(100000);
	}
	return busy_fail(st, rc, cause);
}

int
store_begin(struct store *st, char **cause)
{
	if (store_writable(st, cause) != 0)
		return -1;
	if (st->intx || st->inread) {
		util_cause(cause, "%s", _("a transaction is already open"));
		return -1;
	}
	if (begin_immediate(st, cause) != 0)
		return -1;
	st->intx = 1;
	st->batch = 0;
	st->broken = 0;
	st->units = 0;
	return 0;
}

int
store_begin_batch(struct store *st, char **cause)
{
	if (store_begin(st, cause) != 0)
		return -1;
	st->batch = 1;
	return 0;
}

int
store_commit(struct store *st, char **cause)
{
	int	rc;

	if (!st->intx) {
		util_cause(cause, "%s", _("no transaction is open"));
		return -1;
	}
	if (st->broken) {
		/* A unit of a batch failed half-way: none of it is kept. */
		util_cause(cause, "%s",
		    _("a write in this transaction failed; nothing was saved"));
		store_rollback(st);
		return -1;
	}
	rc = sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		store_fail(st, cause);
		store_rollback(st);
		return -1;
	}
	st->intx = 0;
	return 0;
}

void
store_rollback(struct store *st)
{
	if (st == NULL || !st->intx)
		return;
	if (sqlite3_get_autocommit(st->db) == 0)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	st->intx = 0;
	st->batch = 0;
	st->broken = 0;
	st->units = 0;
}

/*
 * PRAGMA journal_mode = WAL.  On a new, empty file the first connection to
 * get here writes the mode into the file; two processes opening the same
 * new file at once (two editors starting imports) can each hold the read
 * lock the other needs gone, and SQLite then answers BUSY at once rather
 * than wait (a deadlock for its busy handler).  The other one finishes in
 * milliseconds, after which the pragma has nothing left to do: try again
 * for up to STORE_BUSY_MS.
 */
static int
set_wal(struct store *st, char **cause)
{
	double	start = util_clock();
	int	rc;

	for (;;) {
		rc = sqlite3_exec(st->db, "PRAGMA journal_mode = WAL", NULL,
		    NULL, NULL);
		if (rc == SQLITE_OK)
			return 0;
		if ((rc & 0xff) != SQLITE_BUSY ||
		    (util_clock() - start) * 1000 >= STORE_BUSY_MS)
			break;
		usleep(10000);
	}
	return busy_fail(st, rc, cause);
}

int
store_read_begin(struct store *st, char **cause)
{
	if (st->intx || st->inread) {
		util_cause(cause, "%s", _("a transaction is already open"));
		return -1;
	}
	if (exec_script(st, "BEGIN", cause) != 0)
		return -1;
	st->inread = 1;
	/* The snapshot is taken by the first read. */
	if (exec_script(st, "SELECT count(*) FROM sqlite_master", cause) !=
	    0) {
		store_read_end(st);
		return -1;
	}
	return 0;
}

void
store_read_end(struct store *st)
{
	if (st == NULL || !st->inread)
		return;
	if (sqlite3_get_autocommit(st->db) == 0)
		sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	st->inread = 0;
}

int
store_atomic_begin(struct store *st, int *own, char **cause)
{
	if (store_writable(st, cause) != 0)
		return -1;
	if (st->intx) {
		*own = 0;
		if (st->batch) {
			if (st->units++ == 0)
				st->unit_changes =
				    sqlite3_total_changes64(st->db);
			return 0;
		}
		return store_exec1(st, sql_savepoint, cause);
	}
	*own = 1;
	return store_begin(st, cause);
}

int
store_atomic_end(struct store *st, int own, int ok, char **cause)
{
	if (own) {
		if (ok)
			return store_commit(st, cause);
		store_rollback(st);
		return 0;
	}
	if (st->batch) {
		/* No savepoint to go back to: the batch is spoilt. */
		st->units--;
		if (!ok && sqlite3_total_changes64(st->db) != st->unit_changes)
			st->broken = 1;
		return 0;
	}
	if (!ok) {
		sqlite3_exec(st->db, "ROLLBACK TO px_atomic", NULL, NULL, NULL);
		sqlite3_exec(st->db, "RELEASE px_atomic", NULL, NULL, NULL);
		return 0;
	}
	return store_exec1(st, sql_release, cause);
}

/* Is the file an SQLite database of ours (or an empty new one)?  Reads
 * only.  *version gets user_version. */
static int
check_file(struct store *st, int *version, int *fresh, int tries,
    char **cause)
{
	sqlite3_stmt	*s = NULL;
	int64_t		 appid, v, ntables = 0;
	int		 rc;

	if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM sqlite_master",
	    -1, &s, NULL) != SQLITE_OK ||
	    (rc = sqlite3_step(s)) != SQLITE_ROW) {
		rc = sqlite3_errcode(st->db);
		if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT)
			util_cause(cause, _("%s is not a parallax database "
			    "(not an SQLite file)"), st->path);
		else
			store_fail(st, cause);
		sqlite3_finalize(s);
		/* A WAL file we may not make the -shm of: try immutable. */
		if (st->readonly && (rc == SQLITE_READONLY ||
		    rc == SQLITE_CANTOPEN))
			return -2;
		return -1;
	}
	ntables = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (pragma_int(st, "PRAGMA application_id", &appid, cause) != 0 ||
	    pragma_int(st, sql_user_version, &v, cause) != 0)
		return -1;
	*fresh = ntables == 0 && appid == 0 && v == 0;
	/*
	 * Tables but no mark: another parallax may be making this file
	 * right now (two imports started together on a new database; one
	 * such pair in a few hundred saw it so).  Look again for a while
	 * before calling it another program's.
	 */
	if (!*fresh && appid == 0 && tries < STORE_CHECK_TRIES) {
		usleep(STORE_CHECK_USEC);
		return check_file(st, version, fresh, tries + 1, cause);
	}
	if (!*fresh && appid != STORE_APPLICATION_ID) {
		util_cause(cause, _("%s is an SQLite database of another "
		    "program, not a parallax database"), st->path);
		return -1;
	}
	if (v > STORE_SCHEMA_VERSION) {
		util_cause(cause, _("%s was made by a newer parallax (schema "
		    "version %d; this one knows up to %d)"), st->path, (int)v,
		    STORE_SCHEMA_VERSION);
		return -1;
	}
	*version = (int)v;
	return 0;
}

/* px_week_key('TERM\x1fWEEK'): the key of an old time-index term, laid
 * out as version 5 had it (the week low; the next migration moves it). */
static void
sql_week_key(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char	*t = (const char *)sqlite3_value_text(argv[0]);
	const char	*us;
	char		*term;
	int64_t		 k;

	(void)argc;
	if (t == NULL || (us = strchr(t, '\x1f')) == NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	if ((term = util_strndup(t, (size_t)(us - t))) == NULL) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	k = store_week_key(term, (int32_t)strtol(us + 1, NULL, 10));
	sqlite3_result_int64(ctx, (k & 0x3ffffffffffLL) << 20 | k >> 42);
	free(term);
}

/* px_week_ids(ID): the aggregate of a key's ids, as store_week_add()
 * writes them (NULL ids, from an outer join, are skipped). */
struct week_ids {
	int64_t	*v;
	size_t	 n, cap;
	int	 nomem;
};

static void
sql_week_ids_step(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct week_ids	*w;
	int64_t		*nv;

	(void)argc;
	if ((w = sqlite3_aggregate_context(ctx, sizeof *w)) == NULL) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	if (sqlite3_value_type(argv[0]) == SQLITE_NULL || w->nomem)
		return;
	if (w->n == w->cap) {
		w->cap = w->cap == 0 ? 16 : w->cap * 2;
		if ((nv = util_reallocarray(w->v, w->cap, sizeof *nv)) ==
		    NULL) {
			w->nomem = 1;
			return;
		}
		w->v = nv;
	}
	w->v[w->n++] = sqlite3_value_int64(argv[0]);
}

static void
sql_week_ids_final(sqlite3_context *ctx)
{
	struct week_ids	*w = sqlite3_aggregate_context(ctx, 0);
	unsigned char	*b;
	size_t		 len = 0;

	if (w == NULL || w->n == 0) {
		if (w != NULL && w->nomem)
			sqlite3_result_error_nomem(ctx);
		else
			sqlite3_result_zeroblob(ctx, 0);
		if (w != NULL)
			free(w->v);
		return;
	}
	qsort(w->v, w->n, sizeof *w->v, util_cmp_int64);
	b = w->nomem ? NULL : store_ids_encode(w->v, w->n, &len);
	free(w->v);
	if (b == NULL) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	sqlite3_result_blob(ctx, b, (int)len, free);
}

/* px_append(A, B): the bytes of blob A then blob B (NULL: none); the time
 * index appends a batch's ids to a key's with it (store_week_add()). */
static void
sql_append(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const void	*a, *b;
	unsigned char	*r;
	int		 na, nb;

	(void)argc;
	a = sqlite3_value_blob(argv[0]);
	na = sqlite3_value_bytes(argv[0]);
	b = sqlite3_value_blob(argv[1]);
	nb = sqlite3_value_bytes(argv[1]);
	if ((r = sqlite3_malloc64((sqlite3_uint64)na + nb + 1)) == NULL) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	if (na > 0)
		memcpy(r, a, (size_t)na);
	if (nb > 0)
		memcpy(r + na, b, (size_t)nb);
	sqlite3_result_blob(ctx, r, na + nb, sqlite3_free);
}

/* Bring the schema from its version to target, one step per migration. */
static int
migrate(struct store *st, int target, char **cause)
{
	char	*sql;
	int	 v, appid_done = 0;
	int64_t	 appid;

	if (store_begin(st, cause) != 0)
		return -1;
	/* Read again under the write lock: another process may have done it. */
	if (store_schema_version(st, &v, cause) != 0)
		goto fail;
	if (pragma_int(st, "PRAGMA application_id", &appid, cause) != 0)
		goto fail;
	appid_done = appid == STORE_APPLICATION_ID;
	/* what the migrations call */
	if (sqlite3_create_function(st->db, "px_week_key", 1, SQLITE_UTF8 |
	    SQLITE_DETERMINISTIC, NULL, sql_week_key, NULL, NULL) != SQLITE_OK ||
	    sqlite3_create_function(st->db, "px_week_ids", 1, SQLITE_UTF8 |
	    SQLITE_DETERMINISTIC, NULL, NULL, sql_week_ids_step,
	    sql_week_ids_final) != SQLITE_OK) {
		util_cause(cause, _("database %s: %s"), st->path,
		    sqlite3_errmsg(st->db));
		goto fail;
	}
	for (; v < target; v++) {
		if (exec_script(st, migrations[v], cause) != 0)
			goto fail;
	}
	if (!appid_done) {
		sql = util_printf("PRAGMA application_id = %d",
		    STORE_APPLICATION_ID);
		if (sql == NULL || exec_script(st, sql, cause) != 0) {
			free(sql);
			goto fail;
		}
		free(sql);
	}
	if ((sql = util_printf("PRAGMA user_version = %d", target)) == NULL ||
	    exec_script(st, sql, cause) != 0) {
		free(sql);
		goto fail;
	}
	free(sql);
	return store_commit(st, cause);
fail:
	store_rollback(st);
	return -1;
}

static int
file_writable(const char *path)
{
	struct stat	sb;

	if (stat(path, &sb) != 0)
		return errno == ENOENT;
	/* A file without write bits is read-only even for root. */
	if ((sb.st_mode & 0222) == 0)
		return 0;
	return access(path, W_OK) == 0;
}

/*
 * The busy handler: wait for another connection's write lock in steps of
 * a millisecond or two, up to STORE_BUSY_MS.  SQLite's own handler sleeps
 * up to 100 ms between tries, which almost never catches the moment a
 * batching writer (an import) is between two transactions; with short
 * steps a waiting writer (a verdict from the reader) gets in at the next
 * commit.
 */
static int
busy_wait(void *arg, int count)
{
	(void)arg;
	if (count >= STORE_BUSY_MS)	/* about 1 ms a try */
		return 0;
	usleep(count < 10 ? 500 : 1000);
	return 1;
}

/*
 * A "file:" URI for path opened immutable (percent-encoding what a URI
 * path cannot hold as is).  Caller frees.
 */
static char *
immutable_uri(const char *path)
{
	static const char	 hex[] = "0123456789abcdef";
	const unsigned char	*p;
	char			*uri, *q;

	if ((uri = malloc(strlen(path) * 3 + 32)) == NULL)
		return NULL;
	q = uri;
	q += sprintf(q, "file:");
	for (p = (const unsigned char *)path; *p != '\0'; p++) {
		if (isalnum(*p) || strchr("/-_.~", *p) != NULL)
			*q++ = (char)*p;
		else {
			*q++ = '%';
			*q++ = hex[*p >> 4];
			*q++ = hex[*p & 15];
		}
	}
	strcpy(q, "?mode=ro&immutable=1");
	return uri;
}

/*
 * Reopen a read-only store immutable: a WAL database in a directory we
 * cannot write (its -shm cannot be made) can still be read that way, as
 * long as there is no -wal file holding changes not yet in the database.
 */
static int
reopen_immutable(struct store *st, char **cause)
{
	struct stat	 sb;
	char		*wal, *uri;
	int		 rc;

	if ((wal = util_printf("%s-wal", st->path)) == NULL)
		return -1;
	rc = stat(wal, &sb);
	free(wal);
	if (rc == 0 && sb.st_size > 0) {
		util_cause(cause, _("database %s cannot be read: its "
		    "directory is read-only and its -wal file holds changes"),
		    st->path);
		return -1;
	}
	if ((uri = immutable_uri(st->path)) == NULL)
		return -1;
	sqlite3_close(st->db);
	st->db = NULL;
	rc = sqlite3_open_v2(uri, &st->db, SQLITE_OPEN_READONLY |
	    SQLITE_OPEN_URI, NULL);
	free(uri);
	if (rc != SQLITE_OK)
		return store_fail(st, cause);
	sqlite3_busy_handler(st->db, busy_wait, NULL);
	return 0;
}

static int
open_db(const char *path, int flags, struct store **out, int target,
    char **cause)
{
	struct store	*st;
	struct stat	 sb;
	int		 oflags, version, fresh, rc;
	int		 ro = flags & STORE_READONLY;

	*out = NULL;
	if (stat(path, &sb) != 0) {
		if (errno != ENOENT || !(flags & STORE_CREATE) || ro) {
			if (errno == ENOENT)
				util_cause(cause, _("no database at %s "
				    "(import articles first)"), path);
			else
				util_cause(cause, "%s: %s", path,
				    strerror(errno));
			return -1;
		}
	} else if (!S_ISREG(sb.st_mode)) {
		util_cause(cause, _("%s is not a regular file"), path);
		return -1;
	}
	if (!ro && !file_writable(path)) {
		util_cause(cause, _("database %s is read-only: nothing was "
		    "changed"), path);
		return -1;
	}
	if ((st = calloc(1, sizeof *st)) == NULL ||
	    (st->path = util_strdup(path)) == NULL) {
		free(st);
		util_cause(cause, "%s", strerror(ENOMEM));
		return -1;
	}
	st->readonly = ro;
	/* One thread per store (store.h): no connection mutex. */
	oflags = SQLITE_OPEN_NOMUTEX | (ro ? SQLITE_OPEN_READONLY :
	    SQLITE_OPEN_READWRITE | (flags & STORE_CREATE ?
	    SQLITE_OPEN_CREATE : 0));
	if (sqlite3_open_v2(path, &st->db, oflags, NULL) != SQLITE_OK) {
		if (st->db == NULL)
			util_cause(cause, "%s", strerror(ENOMEM));
		else
			store_fail(st, cause);
		goto fail;
	}
	sqlite3_extended_result_codes(st->db, 0);
	sqlite3_busy_handler(st->db, busy_wait, NULL);
	if (!ro && sqlite3_db_readonly(st->db, "main") == 1) {
		util_cause(cause, _("database %s is read-only: nothing was "
		    "changed"), path);
		goto fail;
	}
	if ((rc = check_file(st, &version, &fresh, 0, cause)) == -2) {
		if (cause != NULL) {
			free(*cause);
			*cause = NULL;
		}
		if (reopen_immutable(st, cause) != 0)
			goto fail;
		rc = check_file(st, &version, &fresh, 0, cause);
	}
	if (rc != 0)
		goto fail;
	if (ro && version < target) {
		util_cause(cause, _("database %s has an older schema (version "
		    "%d): open it once for writing to upgrade it"), path,
		    version);
		goto fail;
	}
	if (!ro && sqlite3_create_function(st->db, "px_append", 2,
	    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, NULL,
	    sql_append, NULL, NULL) != SQLITE_OK) {
		store_fail(st, cause);
		goto fail;
	}
	if (exec_script(st, (flags & STORE_BULK) && !ro ?
	    "PRAGMA foreign_keys = OFF" : "PRAGMA foreign_keys = ON",
	    cause) != 0)
		goto fail;
	if (!ro) {
		if (set_wal(st, cause) != 0 || exec_script(st,
		    "PRAGMA synchronous = NORMAL;"
		    "PRAGMA cache_size = -32768;"
		    "PRAGMA temp_store = MEMORY;"
		    "PRAGMA wal_autocheckpoint = 8192", cause) != 0)
			goto fail;
		if ((flags & STORE_BULK) && exec_script(st,
		    "PRAGMA cache_size = -65536;"
		    "PRAGMA cache_spill = 65536;"
		    "PRAGMA wal_autocheckpoint = 32768", cause) != 0)
			goto fail;
		if (version < target && migrate(st, target, cause) != 0)
			goto fail;
	}
	*out = st;
	return 0;
fail:
	store_close(st);
	return -1;
}

int
store_open(const char *path, int flags, struct store **out, char **cause)
{
	return open_db(path, flags, out, STORE_SCHEMA_VERSION, cause);
}

int
store_create_at_version(const char *path, int version, char **cause)
{
	struct store	*st;
	struct stat	 sb;

	if (version < 1 || version > STORE_SCHEMA_VERSION) {
		util_cause(cause, _("no schema version %d"), version);
		return -1;
	}
	if (stat(path, &sb) == 0) {
		util_cause(cause, _("%s exists already"), path);
		return -1;
	}
	if (open_db(path, STORE_CREATE, &st, version, cause) != 0)
		return -1;
	store_close(st);
	return 0;
}

void
store_close(struct store *st)
{
	size_t	i;

	if (st == NULL)
		return;
	store_rollback(st);
	store_read_end(st);
	for (i = 0; i < st->ncache; i++)
		sqlite3_finalize(st->cache[i].stmt);
	free(st->cache);
	if (st->db != NULL)
		sqlite3_close(st->db);
	free(st->path);
	free(st);
}
