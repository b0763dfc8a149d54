/*
 * check-store.c: the database module with hand-built articles: schema and
 * migrations from version-1 and version-2 files, duplicate hashes,
 * rolled-back transactions, read-only and foreign files left untouched,
 * full-text search and its query quoting, keyset paging (articles and stories),
 * pairs normalised to a < b and counted per article, claims, conflicts,
 * stories, verdicts, lines and the candidate index.
 */
#include <config.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "suites.h"
#include "px.h"
#include "store.h"

static char	tmpdir[64];
static char	dbpath[128];

static void
setup(void)
{
	snprintf(tmpdir, sizeof tmpdir, "/tmp/px-store-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	snprintf(dbpath, sizeof dbpath, "%s/test.db", tmpdir);
}

static void
teardown(void)
{
	char	*cmd = util_printf("rm -rf '%s'", tmpdir);

	if (cmd != NULL && system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", tmpdir);
	free(cmd);
}

/* An article of n sentences built by hand; texts are "<word> s<i> ...". */
struct fake {
	struct article		a;
	struct article_sentence	s[64];
	char			*texts[64];
	char			*cites[2];
	char			 raw[4096];
	char			 hash[65];
};

static void
fake_make(struct fake *f, const char *word, size_t n, const char *date,
    const char *outlet)
{
	size_t	i, off = 0;
	int	w;

	memset(f, 0, sizeof *f);
	for (i = 0; i < n && i < 64; i++) {
		f->texts[i] = util_printf("%s sentence %zu about Kyiv talks.",
		    word, i);
		w = snprintf(f->raw + off, sizeof f->raw - off, "%s\n",
		    f->texts[i]);
		f->s[i].text = f->texts[i];
		f->s[i].start = off;
		f->s[i].end = off + (size_t)w - 1;
		f->s[i].is_title = i == 0;
		off += (size_t)w;
	}
	f->cites[0] = "Reuters";
	f->cites[1] = "AFP";
	f->a.title = f->texts[0];
	f->a.date = (char *)date;
	f->a.outlet = (char *)outlet;
	f->a.dateline = "Minsk";
	f->a.cites = f->cites;
	f->a.ncites = 2;
	f->a.sentences = f->s;
	f->a.nsentences = n;
	util_sha256_hex(f->raw, off, f->hash);
}

static void
fake_free(struct fake *f)
{
	size_t	i;

	for (i = 0; i < 64; i++)
		free(f->texts[i]);
}

static int64_t
fake_add(struct store *st, struct fake *f, const char *path)
{
	int64_t	 id;
	char	*cause = NULL;

	if (store_article_add(st, &f->a, path, f->raw, strlen(f->raw),
	    f->hash, &id, &cause) != 0)
		ck_abort_msg("add: %s", cause);
	ck_assert_int_gt(id, 0);
	return id;
}

static struct store *
open_new(void)
{
	struct store	*st = NULL;
	char		*cause = NULL;

	if (store_open(dbpath, STORE_CREATE, &st, &cause) != 0)
		ck_abort_msg("open: %s", cause);
	return st;
}

static void
file_hash(const char *path, char out[65])
{
	char	*data = NULL, *cause = NULL;
	size_t	 len;

	ck_assert_int_eq(util_read_file(path, 1 << 26, &data, &len, &cause),
	    0);
	util_sha256_hex(data, len, out);
	free(data);
}

START_TEST(test_schema)
{
	struct store	*st = open_new();
	sqlite3		*db;
	sqlite3_stmt	*s;
	int		 version;
	static const char *const tables[] = { "articles", "cites",
	    "sentences", "sentences_fts", "lines", "terms", "postings",
	    "pairs", "claims", "conflicts", "conflict_claims", "stories",
	    "verdicts", "sentence_tokens" };
	size_t		 i;

	ck_assert_int_eq(store_schema_version(st, &version, NULL), 0);
	ck_assert_int_eq(version, STORE_SCHEMA_VERSION);
	store_close(st);

	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	for (i = 0; i < PX_NITEMS(tables); i++) {
		ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT count(*) FROM "
		    "sqlite_master WHERE name = ?", -1, &s, NULL), SQLITE_OK);
		sqlite3_bind_text(s, 1, tables[i], -1, SQLITE_STATIC);
		ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
		ck_assert_msg(sqlite3_column_int(s, 0) == 1, "no table %s",
		    tables[i]);
		sqlite3_finalize(s);
	}
	ck_assert_int_eq(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s,
	    NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
	ck_assert_str_eq((const char *)sqlite3_column_text(s, 0), "wal");
	sqlite3_finalize(s);
	sqlite3_close(db);

	/* Opening again changes nothing and needs no migration. */
	st = open_new();
	ck_assert_int_eq(store_schema_version(st, &version, NULL), 0);
	ck_assert_int_eq(version, STORE_SCHEMA_VERSION);
	store_close(st);
}
END_TEST

START_TEST(test_migrate_from_v1)
{
	struct store		*st;
	struct store_article	*a = NULL;
	sqlite3			*db;
	char			*cause = NULL;
	int			 version;

	ck_assert_int_eq(store_create_at_version(dbpath, 1, &cause), 0);
	/* An article as version 1 stored it, written by hand. */
	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "PRAGMA user_version", NULL, NULL,
	    NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "INSERT INTO articles (path, outlet,"
	    " title, hash, imported_at, nsentences, raw) VALUES ('old.txt', "
	    "'Old', 'Old title', 'abc', '2026-01-01T00:00:00Z', 0, "
	    "x'0102030405')", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	/* A version-1 file cannot be read without an upgrade... */
	ck_assert_int_eq(store_open(dbpath, STORE_READONLY, &st, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "older"));
	free(cause);
	cause = NULL;
	/* ...which a writable open does, keeping the data. */
	st = open_new();
	ck_assert_int_eq(store_schema_version(st, &version, NULL), 0);
	ck_assert_int_eq(version, STORE_SCHEMA_VERSION);
	ck_assert_int_eq(store_article_get(st, 1, &a, &cause), 0);
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->title, "Old title");
	ck_assert_uint_eq(a->size, 5);
	store_article_free(a);
	store_close(st);
}
END_TEST

/* Is there an index of that name in the file? */
/* The number sql (with arg as its parameter, if any) gives, read through
 * a connection of its own. */
static int64_t
sql_int(const char *sql, const char *arg)
{
	sqlite3		*db;
	sqlite3_stmt	*s;
	int64_t		 n;

	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &s, NULL),
	    SQLITE_OK);
	if (arg != NULL)
		sqlite3_bind_text(s, 1, arg, -1, SQLITE_STATIC);
	ck_assert_int_eq(sqlite3_step(s), SQLITE_ROW);
	n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

static int
has_index(const char *name)
{
	return (int)sql_int("SELECT count(*) FROM sqlite_master WHERE "
	    "type = 'index' AND name = ?", name);
}

/* Version 3 -> 4: pairs kept, counted from the new indexes. */
START_TEST(test_migrate_pairs_relation)
{
	struct store		*st;
	struct fake		 f, g;
	struct store_sentence	*sf, *sg;
	size_t			 nf, ng;
	int64_t			 a, b, id, counts[3];
	char			*cause = NULL;

	ck_assert_int_eq(store_create_at_version(dbpath, 3, &cause), 0);
	ck_assert_int_eq(has_index("pairs_b"), 1);
	ck_assert_int_eq(has_index("pairs_a_relation"), 0);
	/* Version 3 had every table the calls below write. */
	ck_assert_int_eq(store_open(dbpath, 0, &st, &cause), 0);
	store_close(st);
	ck_assert_int_eq(has_index("pairs_b"), 0);
	ck_assert_int_eq(has_index("pairs_a_relation"), 1);
	ck_assert_int_eq(has_index("pairs_b_relation"), 1);
	st = open_new();
	fake_make(&f, "one", 3, NULL, NULL);
	fake_make(&g, "two", 3, NULL, NULL);
	a = fake_add(st, &f, "f");
	b = fake_add(st, &g, "g");
	ck_assert_int_eq(store_sentences(st, a, &sf, &nf, NULL), 0);
	ck_assert_int_eq(store_sentences(st, b, &sg, &ng, NULL), 0);
	ck_assert_int_eq(store_pair_put(st, sf[0].id, sg[0].id, STORE_SAME,
	    0.9, &id, NULL), 0);
	ck_assert_int_eq(store_pair_put(st, sf[1].id, sg[2].id,
	    STORE_SIMILAR, 0.6, &id, NULL), 0);
	ck_assert_int_eq(store_pair_put(st, sg[1].id, sf[2].id,
	    STORE_CONFLICT, 0.6, &id, NULL), 0);
	/* a's pairs by their first sentence, b's by their second. */
	for (id = a; id <= b; id += b - a) {
		ck_assert_int_eq(store_pairs_counts(st, id, counts, NULL), 0);
		ck_assert_int_eq(counts[STORE_SAME], 1);
		ck_assert_int_eq(counts[STORE_SIMILAR], 1);
		ck_assert_int_eq(counts[STORE_CONFLICT], 1);
	}
	store_sentences_free(sf, nf);
	store_sentences_free(sg, ng);
	fake_free(&f);
	fake_free(&g);
	store_close(st);
}
END_TEST

/* Version 4 -> 5: the time index's text terms become integer keys. */
START_TEST(test_migrate_week)
{
	struct store	*st;
	sqlite3		*db;
	int64_t		 df, *post;
	size_t		 n;
	char		*cause = NULL;

	ck_assert_int_eq(store_create_at_version(dbpath, 4, &cause), 0);
	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	/* a week key with two postings and a count of 5 (grown common),
	 * one with a single posting, and a plain term */
	ck_assert_int_eq(sqlite3_exec(db,
	    "INSERT INTO terms (id, term, df) VALUES"
	    "  (1, 'minsk' || char(31) || '2800', 5),"
	    "  (2, 'talk' || char(31) || '-3', 1),"
	    "  (3, 'minsk', 7);"
	    "INSERT INTO postings (term, sentence) VALUES"
	    "  (1, 300), (1, 70000), (2, 9), (3, 300);",
	    NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	ck_assert_int_eq(store_open(dbpath, 0, &st, &cause), 0);
	ck_assert_int_eq(store_week_df(st, store_week_key("minsk", 2800),
	    &df, NULL), 0);
	ck_assert_int_eq(df, 5);
	ck_assert_int_eq(store_week_postings(st, store_week_key("minsk",
	    2800), &post, &n, NULL), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(post[0], 300);
	ck_assert_int_eq(post[1], 70000);
	free(post);
	ck_assert_int_eq(store_week_postings(st, store_week_key("talk", -3),
	    &post, &n, NULL), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(post[0], 9);
	free(post);
	/* the plain term is as it was; the week keys left the terms */
	ck_assert_int_eq(store_term_df(st, "minsk", &df, NULL), 0);
	ck_assert_int_eq(df, 7);
	ck_assert_int_eq(store_term_df(st, "minsk\x1f" "2800", &df, NULL), 0);
	ck_assert_int_eq(df, 0);
	store_close(st);
}
END_TEST

/* Version 5 kept the week in a key's low bits: 6 moves it up. */
START_TEST(test_migrate_week_order)
{
	static const struct {
		const char	*term;
		int32_t		 week;
		int		 n;
	} keys[] = { { "minsk", 2800, 3 }, { "minsk", 2801, 1 },
	    { "warsaw", 2800, 2 } };
	struct store	*st;
	sqlite3		*db;
	sqlite3_stmt	*ins;
	int64_t		 k, df, *post;
	size_t		 i, n;
	char		*cause = NULL;
	unsigned char	 blob[] = { 0, 40, 2, 2 };	/* ids 40 42 44 */

	ck_assert_int_eq(store_create_at_version(dbpath, 5, &cause), 0);
	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db, "INSERT INTO week_postings "
	    "(key, n, ids) VALUES (?1, ?2, ?3)", -1, &ins, NULL), SQLITE_OK);
	for (i = 0; i < PX_NITEMS(keys); i++) {
		k = store_week_key(keys[i].term, keys[i].week);
		sqlite3_bind_int64(ins, 1,
		    (k & 0x3ffffffffffLL) << 20 | k >> 42);
		sqlite3_bind_int(ins, 2, keys[i].n);
		sqlite3_bind_blob(ins, 3, blob, 1 + keys[i].n, SQLITE_STATIC);
		ck_assert_int_eq(sqlite3_step(ins), SQLITE_DONE);
		sqlite3_reset(ins);
	}
	sqlite3_finalize(ins);
	sqlite3_close(db);
	if (store_open(dbpath, 0, &st, &cause) != 0)
		ck_abort_msg("open: %s", cause);
	for (i = 0; i < PX_NITEMS(keys); i++) {
		k = store_week_key(keys[i].term, keys[i].week);
		ck_assert_int_eq(store_week_df(st, k, &df, NULL), 0);
		ck_assert_int_eq(df, keys[i].n);
		ck_assert_int_eq(store_week_postings(st, k, &post, &n, NULL),
		    0);
		ck_assert_uint_eq(n, (size_t)keys[i].n);
		ck_assert_int_eq(post[n - 1], 40 + 2 * (keys[i].n - 1));
		free(post);
	}
	store_close(st);
}
END_TEST

/* A week key's ids added in batches: counts summed, ids in order. */
START_TEST(test_week_index)
{
	struct store	*st = open_new();
	int64_t		 k1 = store_week_key("quake", 2900);
	int64_t		 k2 = store_week_key("quake", 2901);
	int64_t		 c1[] = { 5, 6, 200, 100000 };
	int64_t		 c2[] = { 5000000000LL, 5000000001LL };
	int64_t		 df, *post;
	size_t		 n, i;

	ck_assert_int_gt(k1, 0);
	ck_assert_int_ne(k1, k2);
	ck_assert_int_ne(k1, store_week_key("quakes", 2900));
	ck_assert_int_eq(k1, store_week_key("quake", 2900));
	/* a week's keys are neighbours: any term's come before the next
	 * week's */
	ck_assert_int_lt(store_week_key("zebra", 2900),
	    store_week_key("aardvark", 2901));
	ck_assert_int_lt(k2, store_week_key("a", 2902));
	ck_assert_int_gt(k2, store_week_key("zzzz", 2900));
	ck_assert_int_eq(store_week_add(st, k1, 4, c1, 4, NULL), 0);
	ck_assert_int_eq(store_week_add(st, k1, 2, c2, 2, NULL), 0);
	/* grown common: counted, ids no longer kept */
	ck_assert_int_eq(store_week_add(st, k1, 3, NULL, 0, NULL), 0);
	ck_assert_int_eq(store_week_df(st, k1, &df, NULL), 0);
	ck_assert_int_eq(df, 9);
	ck_assert_int_eq(store_week_postings(st, k1, &post, &n, NULL), 0);
	ck_assert_uint_eq(n, 6);
	for (i = 0; i < 4; i++)
		ck_assert_int_eq(post[i], c1[i]);
	ck_assert_int_eq(post[4], c2[0]);
	ck_assert_int_eq(post[5], c2[1]);
	free(post);
	ck_assert_int_eq(store_week_df(st, k2, &df, NULL), 0);
	ck_assert_int_eq(df, 0);
	ck_assert_int_eq(store_week_postings(st, k2, &post, &n, NULL), 0);
	ck_assert_uint_eq(n, 0);
	free(post);
	ck_assert_int_eq(store_clear_derived(st, STORE_CLEAR_INDEX, NULL), 0);
	ck_assert_int_eq(store_week_df(st, k1, &df, NULL), 0);
	ck_assert_int_eq(df, 0);
	store_close(st);
}
END_TEST

/*
 * Without foreign keys (STORE_BULK) the engine's deletes leave no row
 * without its parent: what the keys would cascade is written out.
 */
START_TEST(test_deletes_without_keys)
{
	struct store		*st = NULL;
	struct store_story	 ss;
	struct store_claim	 c;
	struct store_conflict	 cf;
	struct store_sentence	*sen = NULL;
	struct fake		 f;
	int64_t			 art, story, cl[2], k1, k2;
	size_t			 n;
	char			*cause = NULL;

	store_close(open_new());
	ck_assert_int_eq(store_open(dbpath, STORE_BULK, &st, &cause), 0);
	fake_make(&f, "keys", 3, NULL, NULL);
	art = fake_add(st, &f, "f");
	memset(&ss, 0, sizeof ss);
	ss.title = "Keys";
	ck_assert_int_eq(store_story_put(st, &ss, &story, NULL), 0);
	ck_assert_int_eq(store_article_set_story(st, art, story, NULL), 0);
	ck_assert_int_eq(store_sentences(st, art, &sen, &n, NULL), 0);
	memset(&c, 0, sizeof c);
	c.sentence = sen[0].id;
	c.kind = "killed";
	c.has_num = 1;
	c.value_num = 10;
	ck_assert_int_eq(store_claim_add(st, &c, &cl[0], NULL), 0);
	c.sentence = sen[1].id;
	c.value_num = 90;
	ck_assert_int_eq(store_claim_add(st, &c, &cl[1], NULL), 0);
	memset(&cf, 0, sizeof cf);
	cf.story = story;
	cf.kind = "killed";
	cf.reason = "10 against 90";
	cf.claims = cl;
	cf.nclaims = 2;
	ck_assert_int_eq(store_conflict_add(st, &cf, &k1, NULL), 0);
	ck_assert_int_eq(store_conflict_add(st, &cf, &k2, NULL), 0);
	store_close(st);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM conflict_claims", NULL),
	    4);

	ck_assert_int_eq(store_open(dbpath, STORE_BULK, &st, &cause), 0);
	ck_assert_int_eq(store_conflict_delete(st, k1, NULL), 0);
	store_close(st);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM conflict_claims", NULL),
	    2);
	ck_assert_int_eq(store_open(dbpath, STORE_BULK, &st, &cause), 0);
	ck_assert_int_eq(store_story_delete(st, story, NULL), 0);
	store_close(st);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM conflict_claims", NULL),
	    0);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM conflicts", NULL), 0);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM articles "
	    "WHERE story IS NOT NULL", NULL), 0);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM "
	    "pragma_foreign_key_check", NULL), 0);
	store_sentences_free(sen, n);
	fake_free(&f);
}
END_TEST

/*
 * A version-7 file gains the claims' hedge: its claims read back with
 * none, and a claim added after the upgrade keeps its own.
 */
START_TEST(test_migrate_hedge)
{
	struct store		*st = NULL;
	struct store_claim	 c, *got = NULL;
	struct store_sentence	*sen = NULL;
	struct fake		 f;
	int64_t			 art, id;
	size_t			 n, ns;
	char			*cause = NULL;

	ck_assert_int_eq(store_create_at_version(dbpath, 7, &cause), 0);
	ck_assert_int_eq(store_open(dbpath, 0, &st, &cause), 0);
	fake_make(&f, "hedge", 2, NULL, NULL);
	art = fake_add(st, &f, "h");
	ck_assert_int_eq(store_sentences(st, art, &sen, &ns, NULL), 0);
	memset(&c, 0, sizeof c);
	c.sentence = sen[0].id;
	c.kind = "killed";
	c.has_num = 1;
	c.value_num = 34;
	c.approx = 1;
	c.hedge = "at least";
	ck_assert_int_eq(store_claim_add(st, &c, &id, NULL), 0);
	c.sentence = sen[1].id;
	c.hedge = NULL;
	c.value_num = 40;
	ck_assert_int_eq(store_claim_add(st, &c, &id, NULL), 0);
	ck_assert_int_eq(store_claims_of_article(st, art, &got, &n, NULL), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_pstr_eq(got[0].hedge, "at least");
	ck_assert_pstr_eq(got[1].hedge, NULL);
	ck_assert_int_eq(got[0].approx, 1);
	store_claims_free(got, n);
	store_sentences_free(sen, ns);
	store_close(st);
	fake_free(&f);
}
END_TEST

/*
 * A version-9 file gains the month and day of undated pages; its rows
 * have none, new ones keep theirs, and the engine's read gives both.
 */
START_TEST(test_migrate_month_day)
{
	struct store		*st = NULL;
	struct store_article	*a = NULL;
	struct fake		 f, g;
	int64_t			 old, id, story;
	char			*date = NULL, *cause = NULL;
	int			 md = -1;

	ck_assert_int_eq(store_create_at_version(dbpath, 9, &cause), 0);
	ck_assert_int_eq(store_open(dbpath, 0, &st, &cause), 0);
	fake_make(&f, "dated", 2, "2026-03-14", NULL);
	old = fake_add(st, &f, "d");
	fake_make(&g, "undated", 2, NULL, NULL);
	g.a.month_day = 314;
	id = fake_add(st, &g, "u");
	ck_assert_int_eq(store_article_get(st, old, &a, NULL), 0);
	ck_assert_int_eq(a->month_day, 0);
	store_article_free(a);
	ck_assert_int_eq(store_article_get(st, id, &a, NULL), 0);
	ck_assert_int_eq(a->month_day, 314);
	ck_assert_ptr_null(a->date);
	store_article_free(a);
	ck_assert_int_eq(store_article_story(st, id, &story, &date, &md,
	    NULL), 0);
	ck_assert_int_eq(md, 314);
	ck_assert_ptr_null(date);
	ck_assert_int_eq(store_article_story(st, old, &story, &date, NULL,
	    NULL), 0);
	ck_assert_pstr_eq(date, "2026-03-14");
	free(date);
	store_close(st);
	fake_free(&f);
	fake_free(&g);
}
END_TEST

START_TEST(test_newer_schema_refused)
{
	struct store	*st;
	sqlite3		*db;
	char		*cause = NULL, before[65], after[65];

	store_close(open_new());
	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "PRAGMA user_version = 99", NULL,
	    NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	file_hash(dbpath, before);
	ck_assert_int_eq(store_open(dbpath, 0, &st, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "newer"));
	free(cause);
	file_hash(dbpath, after);
	ck_assert_str_eq(before, after);
}
END_TEST

START_TEST(test_add_get_duplicate)
{
	struct store		*st = open_new();
	struct fake		 f;
	struct store_article	*a = NULL;
	struct store_sentence	*s = NULL;
	int64_t			 id, found, n;
	size_t			 ns, len;
	char			*cause = NULL, *raw = NULL;

	fake_make(&f, "alpha", 5, "2022-02-25", "Sputnik");
	id = fake_add(st, &f, "dir/a file.txt");
	ck_assert_int_eq(store_article_by_hash(st, f.hash, &found, NULL), 0);
	ck_assert_int_eq(found, id);
	ck_assert_int_eq(store_article_add(st, &f.a, "again", f.raw,
	    strlen(f.raw), f.hash, &found, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(store_article_count(st, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 1);

	ck_assert_int_eq(store_article_get(st, id, &a, NULL), 0);
	ck_assert_str_eq(a->path, "dir/a file.txt");
	ck_assert_str_eq(a->outlet, "Sputnik");
	ck_assert_str_eq(a->date, "2022-02-25");
	ck_assert_str_eq(a->dateline, "Minsk");
	ck_assert_uint_eq(a->ncites, 2);
	ck_assert_str_eq(a->cites[0], "Reuters");
	ck_assert_str_eq(a->cites[1], "AFP");
	ck_assert_uint_eq(a->nsentences, 5);
	ck_assert_str_eq(a->hash, f.hash);
	ck_assert_int_eq(a->story, 0);
	ck_assert_uint_eq(strlen(a->imported_at), 20);
	store_article_free(a);

	ck_assert_int_eq(store_sentences(st, id, &s, &ns, NULL), 0);
	ck_assert_uint_eq(ns, 5);
	ck_assert_str_eq(s[3].text, f.texts[3]);
	ck_assert_uint_eq(s[3].idx, 3);
	ck_assert_int_eq(s[0].is_title, 1);
	ck_assert_int_eq(s[1].is_title, 0);
	ck_assert_int_eq(memcmp(f.raw + s[2].start, s[2].text,
	    s[2].end - s[2].start), 0);
	store_sentences_free(s, ns);

	ck_assert_int_eq(store_article_raw(st, id, &raw, &len, NULL), 0);
	ck_assert_uint_eq(len, strlen(f.raw));
	ck_assert_int_eq(memcmp(raw, f.raw, len), 0);
	free(raw);

	ck_assert_int_eq(store_article_get(st, 999, &a, NULL), 0);
	ck_assert_ptr_null(a);
	ck_assert_int_eq(store_article_raw(st, 999, &raw, &len, NULL), 0);
	ck_assert_ptr_null(raw);
	fake_free(&f);
	store_close(st);
}
END_TEST

START_TEST(test_rollback)
{
	struct store		*st = open_new();
	struct fake		 f, g;
	struct store_hit	*h;
	int64_t			 n, found;
	size_t			 nh;

	fake_make(&f, "zebra", 4, NULL, NULL);
	fake_make(&g, "yak", 4, NULL, NULL);
	ck_assert_int_eq(store_begin(st, NULL), 0);
	ck_assert_int_eq(store_begin(st, NULL), -1);	/* not nestable */
	fake_add(st, &f, "f");
	fake_add(st, &g, NULL);
	ck_assert_int_eq(store_article_count(st, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 2);
	store_rollback(st);
	ck_assert_int_eq(store_in_transaction(st), 0);
	ck_assert_int_eq(store_article_count(st, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 0);
	ck_assert_int_eq(store_sentence_count(st, &n, NULL), 0);
	ck_assert_int_eq(n, 0);
	ck_assert_int_eq(store_article_by_hash(st, f.hash, &found, NULL), 0);
	ck_assert_int_eq(found, 0);
	ck_assert_int_eq(store_search(st, "zebra", 0, 10, &h, &nh, NULL), 0);
	ck_assert_uint_eq(nh, 0);
	/* The same articles go in after the rollback. */
	ck_assert_int_eq(store_begin(st, NULL), 0);
	fake_add(st, &f, "f");
	ck_assert_int_eq(store_commit(st, NULL), 0);
	ck_assert_int_eq(store_search(st, "zebra", 0, 10, &h, &nh, NULL), 0);
	ck_assert_uint_eq(nh, 4);
	store_hits_free(h, nh);
	fake_free(&f);
	fake_free(&g);
	store_close(st);
}
END_TEST

/*
 * A batch: units take no savepoints, so an article whose writing fails
 * half-way (here a trigger refuses its third sentence) spoils the batch:
 * the commit refuses and rolls everything back, the articles before it
 * included; a failure that wrote nothing (already present) does not.
 */
START_TEST(test_batch)
{
	struct store	*st = open_new();
	struct fake	 f, g, h;
	sqlite3		*db;
	int64_t		 n, id;
	char		*cause = NULL;

	fake_make(&f, "otter", 3, NULL, NULL);
	fake_make(&g, "poison", 4, NULL, NULL);
	fake_make(&h, "heron", 2, NULL, NULL);
	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "CREATE TRIGGER t_poison BEFORE "
	    "INSERT ON sentences WHEN NEW.text LIKE 'poison sentence 2%' "
	    "BEGIN SELECT RAISE(ABORT, 'poisoned'); END", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(db);

	/* A unit that writes nothing before failing leaves it whole. */
	ck_assert_int_eq(store_begin_batch(st, NULL), 0);
	fake_add(st, &f, "f");
	ck_assert_int_eq(store_article_add(st, &f.a, "f", f.raw,
	    strlen(f.raw), f.hash, &id, &cause), -1);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(store_commit(st, NULL), 0);
	ck_assert_int_eq(store_article_count(st, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 1);

	/* One that fails after writing: nothing of the batch is kept. */
	ck_assert_int_eq(store_begin_batch(st, NULL), 0);
	fake_add(st, &h, "h");
	ck_assert_int_eq(store_article_add(st, &g.a, "g", g.raw,
	    strlen(g.raw), g.hash, &id, &cause), -1);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(store_commit(st, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	ck_assert_int_eq(store_in_transaction(st), 0);
	ck_assert_int_eq(store_article_count(st, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 1);
	ck_assert_int_eq(store_sentence_count(st, &n, NULL), 0);
	ck_assert_int_eq(n, 3);

	/* Outside a batch the same failure undoes only its own unit. */
	ck_assert_int_eq(store_begin(st, NULL), 0);
	fake_add(st, &h, "h");
	ck_assert_int_eq(store_article_add(st, &g.a, "g", g.raw,
	    strlen(g.raw), g.hash, &id, &cause), -1);
	free(cause);
	ck_assert_int_eq(store_commit(st, NULL), 0);
	ck_assert_int_eq(store_article_count(st, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 2);
	ck_assert_int_eq(store_sentence_count(st, &n, NULL), 0);
	ck_assert_int_eq(n, 5);
	fake_free(&f);
	fake_free(&g);
	fake_free(&h);
	store_close(st);
}
END_TEST

START_TEST(test_readonly)
{
	struct store	*st = open_new(), *ro;
	struct fake	 f, g;
	int64_t		 n, id;
	char		*cause = NULL, before[65], after[65];

	fake_make(&f, "alpha", 3, NULL, NULL);
	fake_make(&g, "beta", 3, NULL, NULL);
	fake_add(st, &f, "f");
	store_close(st);
	/* No write bits: refused even for root; the directory too. */
	ck_assert_int_eq(chmod(dbpath, 0444), 0);
	chmod(tmpdir, 0555);
	file_hash(dbpath, before);
	ck_assert_int_eq(store_open(dbpath, 0, &st, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "read-only"));
	free(cause);
	cause = NULL;
	if (store_open(dbpath, STORE_READONLY, &ro, &cause) != 0)
		ck_abort_msg("read-only open: %s", cause);
	ck_assert_int_eq(store_article_count(ro, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 1);
	ck_assert_int_eq(store_article_add(ro, &g.a, "g", g.raw,
	    strlen(g.raw), g.hash, &id, &cause), -1);
	free(cause);
	store_close(ro);
	file_hash(dbpath, after);
	ck_assert_str_eq(before, after);
	chmod(tmpdir, 0755);
	chmod(dbpath, 0644);
	fake_free(&f);
	fake_free(&g);
}
END_TEST

START_TEST(test_not_sqlite)
{
	struct store	*st;
	FILE		*fp;
	char		*cause = NULL, before[65], after[65];
	static const char text[] = "This is a text file, not a database.\n";

	ck_assert_ptr_nonnull(fp = fopen(dbpath, "w"));
	fputs(text, fp);
	fclose(fp);
	file_hash(dbpath, before);
	ck_assert_int_eq(store_open(dbpath, STORE_CREATE, &st, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "not a parallax database"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(store_open(dbpath, STORE_READONLY, &st, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	file_hash(dbpath, after);
	ck_assert_str_eq(before, after);
	ck_assert_int_eq(access("/nonexistent-px/x.db", F_OK), -1);
	cause = NULL;
	ck_assert_int_eq(store_open("/nonexistent-px/x.db", 0, &st, &cause),
	    -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
}
END_TEST

START_TEST(test_other_sqlite)
{
	struct store	*st;
	sqlite3		*db;
	char		*cause = NULL;

	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "CREATE TABLE t (x)", NULL, NULL,
	    NULL), SQLITE_OK);
	sqlite3_close(db);
	ck_assert_int_eq(store_open(dbpath, 0, &st, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "another program"));
	free(cause);
}
END_TEST

struct query_case {
	const char	*in, *out;	/* out NULL: an error */
};

static const struct query_case query_cases[] = {
	{ "talks Minsk", "\"talks\" \"Minsk\"" },
	{ "(Kyiv", "\"(Kyiv\"" },
	{ "say \"the talks\"", "\"say\" \"the talks\"" },
	{ "talk* venue", "\"talk\"* \"venue\"" },
	{ "Minsk OR Gomel", "\"Minsk\" OR \"Gomel\"" },
	{ "OR Minsk", "\"Minsk\"" },
	{ "NEAR(a b) AND c", "\"NEAR(a\" \"b)\" \"AND\" \"c\"" },
	{ "-- ... Kyiv", "\"Kyiv\"" },
	{ "\"unbalanced", NULL },
	{ "   ", NULL },
	{ "- ... !", NULL },
};

START_TEST(test_search_query)
{
	char	*q, *cause = NULL;

	q = store_search_query(query_cases[_i].in, &cause);
	if (query_cases[_i].out == NULL) {
		ck_assert_ptr_null(q);
		ck_assert_ptr_nonnull(cause);
		free(cause);
	} else {
		ck_assert_ptr_nonnull(q);
		ck_assert_str_eq(q, query_cases[_i].out);
		free(q);
	}
}
END_TEST

START_TEST(test_search)
{
	struct store		*st = open_new();
	struct fake		 f, g;
	struct store_hit	*h = NULL;
	size_t			 n;
	int64_t			 ia;
	char			*cause = NULL;

	fake_make(&f, "Delegation", 3, "2022-02-25", "Sputnik");
	fake_make(&g, "Gomel", 2, "2022-02-26", "Reuters");
	g.texts[1][0] = 'g';	/* case differs */
	ia = fake_add(st, &f, "f");
	fake_add(st, &g, "g");
	ck_assert_int_eq(store_search(st, "delegation", 0, 10, &h, &n, NULL),
	    0);
	ck_assert_uint_eq(n, 3);
	ck_assert_int_eq(h[0].article, ia);
	ck_assert_str_eq(h[0].outlet, "Sputnik");
	ck_assert_ptr_nonnull(strstr(h[0].snippet, STORE_MARK_ON));
	ck_assert_ptr_nonnull(strstr(h[0].snippet, STORE_MARK_OFF));
	store_hits_free(h, n);
	/* Paging: offset 2 of 3. */
	ck_assert_int_eq(store_search(st, "delegation", 2, 10, &h, &n, NULL),
	    0);
	ck_assert_uint_eq(n, 1);
	store_hits_free(h, n);
	/* Diacritics folded, words ANDed, a phrase, user punctuation. */
	ck_assert_int_eq(store_search(st, "kýiv GOMEL", 0, 10, &h, &n, NULL),
	    0);
	ck_assert_uint_eq(n, 2);
	store_hits_free(h, n);
	ck_assert_int_eq(store_search(st, "\"about kyiv talks\"", 0, 10, &h,
	    &n, NULL), 0);
	ck_assert_uint_eq(n, 5);
	store_hits_free(h, n);
	ck_assert_int_eq(store_search(st, "\"kyiv about\"", 0, 10, &h, &n,
	    NULL), 0);
	ck_assert_uint_eq(n, 0);
	store_hits_free(h, n);
	ck_assert_int_eq(store_search(st, "gom* AND(", 0, 10, &h, &n, NULL),
	    0);
	ck_assert_uint_eq(n, 0);	/* "AND(" is a word, not in any text */
	ck_assert_int_eq(store_search(st, "gom*", 0, 10, &h, &n, NULL), 0);
	ck_assert_uint_eq(n, 2);
	store_hits_free(h, n);
	ck_assert_int_eq(store_search(st, "\"oops", 0, 10, &h, &n, &cause),
	    -1);
	ck_assert_ptr_nonnull(strstr(cause, "quote"));
	free(cause);
	fake_free(&f);
	fake_free(&g);
	store_close(st);
}
END_TEST

START_TEST(test_paging)
{
	struct store		*st = open_new();
	struct store_article	*a = NULL;
	struct store_page	 q;
	struct fake		 f;
	size_t			 n, i, total;
	int64_t			 ids[120], last, prev;
	char			 word[32], date[16], *lastdate = NULL;

	ck_assert_int_eq(store_begin(st, NULL), 0);
	for (i = 0; i < 120; i++) {
		snprintf(word, sizeof word, "w%zu", i);
		/* Every third article undated; dates repeat. */
		snprintf(date, sizeof date, "2022-03-%02zu", 1 + i % 7);
		fake_make(&f, word, 2, i % 3 == 0 ? NULL : date, "Outlet");
		ids[i] = fake_add(st, &f, NULL);
		fake_free(&f);
	}
	ck_assert_int_eq(store_commit(st, NULL), 0);

	memset(&q, 0, sizeof q);
	q.limit = 50;
	total = 0;
	last = 0;
	do {
		q.from = last;
		ck_assert_int_eq(store_articles_page(st, &q, &a, &n, NULL), 0);
		for (i = 0; i < n; i++) {
			ck_assert_int_eq(a[i].id, ids[total + i]);
			ck_assert_uint_eq(a[i].ncites, 2);
		}
		total += n;
		if (n > 0)
			last = a[n - 1].id;
		store_articles_free(a, n);
	} while (n == 50);
	ck_assert_uint_eq(total, 120);

	/* Backward from the end: newest ids first. */
	q.from = 0;
	q.backward = 1;
	ck_assert_int_eq(store_articles_page(st, &q, &a, &n, NULL), 0);
	ck_assert_uint_eq(n, 50);
	ck_assert_int_eq(a[0].id, ids[119]);
	ck_assert_int_eq(a[49].id, ids[70]);
	store_articles_free(a, n);

	/* By date: non-increasing dates, undated last, every row once. */
	memset(&q, 0, sizeof q);
	q.order = STORE_BY_DATE;
	q.limit = 17;
	total = 0;
	prev = 0;
	do {
		ck_assert_int_eq(store_articles_page(st, &q, &a, &n, NULL), 0);
		for (i = 0; i < n; i++) {
			if (lastdate != NULL && a[i].date != NULL)
				ck_assert_str_le(a[i].date, lastdate);
			if (lastdate == NULL && prev != 0)
				ck_assert_ptr_null(a[i].date);
			free(lastdate);
			lastdate = a[i].date != NULL ?
			    util_strdup(a[i].date) : NULL;
			prev = a[i].id;
		}
		total += n;
		if (n > 0) {
			q.from = a[n - 1].id;
			q.from_date = lastdate;
		}
		store_articles_free(a, n);
	} while (n == 17);
	free(lastdate);
	ck_assert_uint_eq(total, 120);
	store_close(st);
}
END_TEST

START_TEST(test_pairs)
{
	struct store		*st = open_new();
	struct fake		 f, g;
	struct store_sentence	*sf, *sg;
	struct store_pair	*p = NULL;
	size_t			 nf, ng, n, k;
	int64_t			 a, b, id, id2, counts[3];
	char			*cause = NULL;
	enum store_relation	 r;

	fake_make(&f, "one", 3, NULL, NULL);
	fake_make(&g, "two", 3, NULL, NULL);
	a = fake_add(st, &f, "f");
	b = fake_add(st, &g, "g");
	store_sentences(st, a, &sf, &nf, NULL);
	store_sentences(st, b, &sg, &ng, NULL);
	/* Given b, a: stored a < b. */
	ck_assert_int_eq(store_pair_put(st, sg[1].id, sf[0].id, STORE_SAME,
	    0.9, &id, NULL), 0);
	ck_assert_int_eq(store_pair_get(st, sf[0].id, sg[1].id, &p, NULL), 0);
	ck_assert_ptr_nonnull(p);
	ck_assert_int_lt(p->a, p->b);
	ck_assert_int_eq(p->a, sf[0].id);
	ck_assert_int_eq(p->id, id);
	free(p);
	/*
	 * Again in the other order: updated in place, same id; then once
	 * more as it is (not written again): the same id and values.
	 */
	for (k = 0; k < 2; k++) {
		ck_assert_int_eq(store_pair_put(st, sf[0].id, sg[1].id,
		    STORE_CONFLICT, 0.5, &id2, NULL), 0);
		ck_assert_int_eq(id2, id);
		ck_assert_int_eq(store_pair_get(st, sg[1].id, sf[0].id, &p,
		    NULL), 0);
		ck_assert_int_eq(p->relation, STORE_CONFLICT);
		ck_assert(p->score == 0.5);
		free(p);
	}
	ck_assert_int_eq(store_pair_put(st, sf[1].id, sf[1].id, STORE_SAME,
	    1, &id2, &cause), -1);
	free(cause);
	/* One inside an article. */
	ck_assert_int_eq(store_pair_put(st, sf[2].id, sf[1].id, STORE_SIMILAR,
	    0.4, &id2, NULL), 0);
	ck_assert_int_eq(store_pairs_between(st, b, a, &p, &n, NULL), 0);
	ck_assert_uint_eq(n, 1);
	free(p);
	ck_assert_int_eq(store_pairs_between(st, a, a, &p, &n, NULL), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(p[0].a, sf[1].id);
	free(p);
	ck_assert_int_eq(store_pairs_of_sentence(st, sf[1].id, &p, &n, NULL),
	    0);
	ck_assert_uint_eq(n, 1);
	free(p);
	ck_assert_int_eq(store_pairs_of_article(st, a, &p, &n, NULL), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_lt(p[0].a, p[1].a);
	free(p);
	ck_assert_int_eq(store_pairs_of_article(st, b, &p, &n, NULL), 0);
	ck_assert_uint_eq(n, 1);
	free(p);
	ck_assert_int_eq(store_relation_parse("similar", &r), 0);
	ck_assert_int_eq(r, STORE_SIMILAR);
	ck_assert_int_eq(store_relation_parse("nope", &r), -1);
	/* Counts with other articles only: the pair inside a is not one. */
	ck_assert_int_eq(store_pair_put(st, sg[2].id, sf[1].id, STORE_SAME,
	    0.8, &id2, NULL), 0);
	ck_assert_int_eq(store_pairs_counts(st, a, counts, NULL), 0);
	ck_assert_int_eq(counts[STORE_SAME], 1);
	ck_assert_int_eq(counts[STORE_SIMILAR], 0);
	ck_assert_int_eq(counts[STORE_CONFLICT], 1);
	ck_assert_int_eq(store_pairs_counts(st, b, counts, NULL), 0);
	ck_assert_int_eq(counts[STORE_SAME], 1);
	ck_assert_int_eq(counts[STORE_SIMILAR], 0);
	ck_assert_int_eq(counts[STORE_CONFLICT], 1);
	ck_assert_int_eq(store_pairs_counts(st, b + 1, counts, NULL), 0);
	ck_assert_int_eq(counts[0] + counts[1] + counts[2], 0);
	store_sentences_free(sf, nf);
	store_sentences_free(sg, ng);
	fake_free(&f);
	fake_free(&g);
	store_close(st);
}
END_TEST

/* The list order of stories: newest last date first, undated last, then
 * id descending. */
static int
story_cmp(const void *pa, const void *pb)
{
	const struct store_story	*a = pa, *b = pb;
	int				 c;

	if ((a->last_date == NULL) != (b->last_date == NULL))
		return a->last_date == NULL ? 1 : -1;
	if (a->last_date != NULL &&
	    (c = strcmp(b->last_date, a->last_date)) != 0)
		return c;
	return a->id < b->id ? 1 : a->id > b->id ? -1 : 0;
}

/* Page sizes of the stories keyset test: one, odd, more than all. */
static const size_t stories_limits[] = { 1, 7, 13, 64, 200 };
#define NSTORIES	90

START_TEST(test_stories_keyset)
{
	struct store		*st = open_new();
	struct store_story	 want[NSTORIES], *x = NULL, *key;
	size_t			 limit = stories_limits[_i];
	size_t			 n, i, total, k;
	char			 date[NSTORIES][16];

	ck_assert_int_eq(store_begin(st, NULL), 0);
	for (i = 0; i < NSTORIES; i++) {
		/* Every fifth undated; dates repeat out of id order. */
		memset(&want[i], 0, sizeof want[i]);
		snprintf(date[i], sizeof date[i], "2024-05-%02zu",
		    1 + (i * 7) % 11);
		want[i].title = date[i];
		want[i].last_date = i % 5 == 0 ? NULL : date[i];
		ck_assert_int_eq(store_story_put(st, &want[i], &want[i].id,
		    NULL), 0);
	}
	ck_assert_int_eq(store_commit(st, NULL), 0);
	qsort(want, NSTORIES, sizeof *want, story_cmp);

	/* Down from the top, each page after the last row of the one
	 * before: every story once, in the order of store_stories_page. */
	ck_assert_int_eq(store_stories_page(st, 0, 0, &x, &n, NULL), 0);
	ck_assert_uint_eq(n, NSTORIES);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(x[i].id, want[i].id);
	store_stories_free(x, n);
	total = 0;
	key = NULL;
	do {
		ck_assert_int_eq(store_stories_next(st, key, 0, limit, &x, &n,
		    NULL), 0);
		ck_assert_uint_le(n, limit);
		for (i = 0; i < n; i++)
			ck_assert_int_eq(x[i].id, want[total + i].id);
		total += n;
		store_stories_free(key, 1);
		key = NULL;
		if (n > 0) {
			key = calloc(1, sizeof *key);
			ck_assert_ptr_nonnull(key);
			key->id = x[n - 1].id;
			key->last_date = x[n - 1].last_date != NULL ?
			    util_strdup(x[n - 1].last_date) : NULL;
		}
		store_stories_free(x, n);
	} while (n == limit);
	ck_assert_uint_eq(total, NSTORIES);

	/* Up from the bottom: nearest first. */
	total = 0;
	do {
		ck_assert_int_eq(store_stories_next(st, total == 0 ? NULL :
		    key, 1, limit, &x, &n, NULL), 0);
		for (i = 0; i < n; i++)
			ck_assert_int_eq(x[i].id,
			    want[NSTORIES - 1 - total - i].id);
		total += n;
		store_stories_free(key, 1);
		key = NULL;
		if (n > 0) {
			key = calloc(1, sizeof *key);
			ck_assert_ptr_nonnull(key);
			key->id = x[n - 1].id;
			key->last_date = x[n - 1].last_date != NULL ?
			    util_strdup(x[n - 1].last_date) : NULL;
		}
		store_stories_free(x, n);
	} while (n == limit);
	ck_assert_uint_eq(total, NSTORIES);
	store_stories_free(key, 1);

	/* Either way from any row, dated or not. */
	for (k = 0; k < NSTORIES; k += 11) {
		ck_assert_int_eq(store_stories_next(st, &want[k], 0, limit, &x,
		    &n, NULL), 0);
		ck_assert_uint_eq(n, NSTORIES - 1 - k < limit ?
		    NSTORIES - 1 - k : limit);
		for (i = 0; i < n; i++)
			ck_assert_int_eq(x[i].id, want[k + 1 + i].id);
		store_stories_free(x, n);
		ck_assert_int_eq(store_stories_next(st, &want[k], 1, limit, &x,
		    &n, NULL), 0);
		ck_assert_uint_eq(n, k < limit ? k : limit);
		for (i = 0; i < n; i++)
			ck_assert_int_eq(x[i].id, want[k - 1 - i].id);
		store_stories_free(x, n);
	}
	store_close(st);
}
END_TEST

static int
count_cb(void *arg, const struct store_claim *c)
{
	(void)c;
	(*(int *)arg)++;
	return 0;
}

START_TEST(test_derived)
{
	struct store		*st = open_new();
	struct fake		 f;
	struct store_sentence	*s;
	struct store_claim	 c, *cs;
	struct store_conflict	 k, *ks;
	struct store_story	 x, *xs;
	struct store_verdict	*v, *vs;
	sqlite3			*db;
	size_t			 ns, n;
	int64_t			 art, c1, c2, c3, kid, story, vid, cnt;
	char			*cause = NULL;
	int64_t			 ids[2];
	int			 each = 0;

	fake_make(&f, "derived", 3, "2022-02-25", "Sputnik");
	art = fake_add(st, &f, "f");
	store_sentences(st, art, &s, &ns, NULL);

	memset(&x, 0, sizeof x);
	x.title = "Talks";
	x.first_date = x.last_date = "2022-02-25";
	ck_assert_int_eq(store_story_put(st, &x, &story, NULL), 0);
	ck_assert_int_eq(store_article_set_story(st, art, story, NULL), 0);

	memset(&c, 0, sizeof c);
	c.sentence = s[1].id;
	c.kind = "killed";
	c.subject = "servicemen";
	c.has_num = 1;
	c.value_num = 137;
	c.source = "Zelensky";
	ck_assert_int_eq(store_claim_add(st, &c, &c1, NULL), 0);
	c.has_num = 0;
	c.kind = "venue";
	c.value_text = "Minsk";
	c.approx = 1;
	ck_assert_int_eq(store_claim_add(st, &c, &c2, NULL), 0);
	ck_assert_int_eq(store_claims_of_article(st, art, &cs, &n, NULL), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(cs[0].has_num, 1);
	ck_assert(cs[0].value_num == 137);
	ck_assert_str_eq(cs[1].value_text, "Minsk");
	ck_assert_int_eq(cs[1].approx, 1);
	ck_assert_int_eq(cs[1].article, art);
	store_claims_free(cs, n);
	ck_assert_int_eq(store_claims_of_story(st, story, &cs, &n, NULL), 0);
	ck_assert_uint_eq(n, 2);
	store_claims_free(cs, n);

	memset(&k, 0, sizeof k);
	k.story = story;
	k.kind = "killed";
	ids[0] = c2;
	ids[1] = c1;
	k.claims = ids;
	k.nclaims = 2;
	ck_assert_int_eq(store_conflict_add(st, &k, &kid, NULL), 0);
	ck_assert_int_eq(store_conflicts_of_story(st, story, &ks, &n, NULL),
	    0);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(ks[0].nclaims, 2);
	ck_assert_int_eq(ks[0].claims[0], c1 < c2 ? c1 : c2);
	store_conflicts_free(ks, n);

	/*
	 * Updated in place: only the claims that come or go are written,
	 * whatever the order (and repeats) of the list given; same id.
	 */
	c.kind = "killed";
	c.has_num = 1;
	c.value_num = 2870;
	c.value_text = NULL;
	ck_assert_int_eq(store_claim_add(st, &c, &c3, NULL), 0);
	{
		int64_t		lists[3][3];
		size_t		nl[3] = { 3, 2, 1 }, r, q;

		lists[0][0] = c3;	/* c1, c3 */
		lists[0][1] = c1;
		lists[0][2] = c3;
		lists[1][0] = c2;	/* c2, c3 */
		lists[1][1] = c3;
		lists[2][0] = c1;	/* c1 */
		for (r = 0; r < 3; r++) {
			int64_t	want[3];
			size_t	nwant = 0;

			ck_assert_int_eq(store_conflict_update(st, kid,
			    r == 2 ? NULL : "reason", lists[r], nl[r],
			    &cause), 0);
			for (q = 0; q < nl[r]; q++) {
				size_t	t;

				for (t = 0; t < nwant && want[t] != lists[r][q];
				    t++)
					;
				if (t == nwant)
					want[nwant++] = lists[r][q];
			}
			ck_assert_int_eq(store_conflicts_of_story(st, story,
			    &ks, &n, NULL), 0);
			ck_assert_uint_eq(n, 1);
			ck_assert_int_eq(ks[0].id, kid);
			ck_assert_uint_eq(ks[0].nclaims, nwant);
			for (q = 0; q < ks[0].nclaims; q++) {
				size_t	t;

				for (t = 0; t < nwant &&
				    want[t] != ks[0].claims[q]; t++)
					;
				ck_assert_msg(t < nwant, "round %zu: claim "
				    "%lld kept", r, (long long)ks[0].claims[q]);
				if (q > 0)
					ck_assert_int_lt(ks[0].claims[q - 1],
					    ks[0].claims[q]);
			}
			if (r == 2)
				ck_assert_ptr_null(ks[0].reason);
			else
				ck_assert_str_eq(ks[0].reason, "reason");
			store_conflicts_free(ks, n);
		}
		/* the conflict pairs of score 1 with a first sentence in it */
		{
			int64_t	*ab, pid;
			size_t	 np;

			ck_assert_int_eq(store_pair_put(st, s[0].id, s[2].id,
			    STORE_CONFLICT, 1.0, &pid, NULL), 0);
			ck_assert_int_eq(store_pair_put(st, s[1].id, s[2].id,
			    STORE_CONFLICT, 0.5, &pid, NULL), 0);
			ck_assert_int_eq(store_pair_put(st, s[0].id, s[1].id,
			    STORE_SAME, 1.0, &pid, NULL), 0);
			ck_assert_int_eq(store_conflict_pairs_of_story(st,
			    story, &ab, &np, &cause), 0);
			ck_assert_uint_eq(np, 1);
			ck_assert_int_eq(ab[0], s[0].id);
			ck_assert_int_eq(ab[1], s[2].id);
			free(ab);
			ck_assert_int_eq(store_conflict_pairs_of_story(st,
			    story + 1, &ab, &np, &cause), 0);
			ck_assert_uint_eq(np, 0);
			ck_assert_ptr_null(ab);
		}
		/* and back to the two of before */
		ids[0] = c2;
		ids[1] = c1;
		ck_assert_int_eq(store_conflict_update(st, kid, NULL, ids, 2,
		    &cause), 0);
	}

	ck_assert_int_eq(store_stories_page(st, 0, 10, &xs, &n, NULL), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(xs[0].narticles, 1);
	ck_assert_int_eq(xs[0].nconflicts, 1);
	ck_assert_uint_eq(xs[0].noutlets, 1);
	ck_assert_str_eq(xs[0].outlets[0], "Sputnik");
	store_stories_free(xs, n);

	ck_assert_int_eq(store_verdict_add(st, STORE_TARGET_CLAIM, c1,
	    "disputed", NULL, "olena", &vid, NULL), 0);
	ck_assert_int_eq(store_verdict_add(st, STORE_TARGET_CLAIM, c1,
	    "confirmed", "checked", "olena", &vid, NULL), 0);
	ck_assert_int_eq(store_verdict_latest(st, STORE_TARGET_CLAIM, c1, &v,
	    NULL), 0);
	ck_assert_str_eq(v->verdict, "confirmed");
	ck_assert_uint_eq(strlen(v->time), 20);
	store_verdict_free(v);
	ck_assert_int_eq(store_verdicts_of(st, STORE_TARGET_CLAIM, c1, &vs,
	    &n, NULL), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(vs[0].verdict, "disputed");
	store_verdicts_free(vs, n);
	ck_assert_int_eq(store_verdict_latest(st, STORE_TARGET_PAIR, c1, &v,
	    NULL), 0);
	ck_assert_ptr_null(v);
	ck_assert_int_eq(store_verdict_add(st, STORE_TARGET_CLAIM, c2,
	    "needs-check", NULL, "taras", &vid, NULL), 0);
	ck_assert_int_eq(store_verdict_add(st, STORE_TARGET_PAIR, c2,
	    "disputed", NULL, "taras", &vid, NULL), 0);
	ck_assert_int_eq(store_verdicts_latest(st, STORE_TARGET_CLAIM, &vs,
	    &n, NULL), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(vs[0].target_id, c1 < c2 ? c1 : c2);
	ck_assert_str_eq(vs[c1 < c2 ? 0 : 1].verdict, "confirmed");
	ck_assert_str_eq(vs[c1 < c2 ? 1 : 0].verdict, "needs-check");
	store_verdicts_free(vs, n);

	ck_assert_int_eq(store_claims_each(st, count_cb, &each, NULL), 0);
	ck_assert_int_eq(each, 3);	/* c1, c2 and c3 */

	/* Clearing keeps articles and verdicts. */
	ck_assert_int_eq(store_clear_derived(st, 0, NULL), 0);
	ck_assert_int_eq(store_claims_of_article(st, art, &cs, &n, NULL), 0);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq(store_story_count(st, &cnt, NULL), 0);
	ck_assert_int_eq(cnt, 0);
	ck_assert_int_eq(store_article_count(st, 0, &cnt, NULL), 0);
	ck_assert_int_eq(cnt, 1);
	ck_assert_int_eq(store_verdicts_of(st, STORE_TARGET_CLAIM, c1, &vs,
	    &n, NULL), 0);
	ck_assert_uint_eq(n, 2);
	store_verdicts_free(vs, n);
	store_sentences_free(s, ns);
	fake_free(&f);
	store_close(st);

	/* Verdicts cannot be rewritten behind the store's back either. */
	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	ck_assert_int_ne(sqlite3_exec(db, "UPDATE verdicts SET verdict = 'x'",
	    NULL, NULL, NULL), SQLITE_OK);
	ck_assert_int_ne(sqlite3_exec(db, "DELETE FROM verdicts", NULL, NULL,
	    NULL), SQLITE_OK);
	sqlite3_close(db);
}
END_TEST

START_TEST(test_lines_postings)
{
	struct store	*st = open_new();
	struct fake	 f;
	const char	*lines[] = { "Subscribe to our newsletter", "Share" };
	const char	*terms[] = { "talk", "minsk", "talk" };
	int64_t		 art, df, *post, sid[2];
	size_t		 n;

	ck_assert_int_eq(store_line_count(st, lines[0]), 0);
	ck_assert_int_eq(store_lines_add(st, lines, 2, NULL), 0);
	ck_assert_int_eq(store_lines_add(st, lines, 1, NULL), 0);
	ck_assert_int_eq(store_line_count(st, lines[0]), 2);
	ck_assert_int_eq(store_line_count(st, lines[1]), 1);
	ck_assert_int_eq(store_line_count(st, "share"), 0);

	fake_make(&f, "post", 3, NULL, NULL);
	art = fake_add(st, &f, "f");
	sid[0] = art * 100;
	sid[1] = art * 100 + 1;
	ck_assert_int_eq(store_term_add(st, terms[0], 1, sid, 1, NULL), 0);
	ck_assert_int_eq(store_term_add(st, terms[1], 2, sid, 2, NULL), 0);
	ck_assert_int_eq(store_term_add(st, terms[2], 1, sid, 1, NULL), 0);
	/* indexed again: not counted again */
	ck_assert_int_eq(store_term_add(st, terms[1], 1, sid + 1, 1, NULL),
	    0);
	/* a common term: counted, not indexed */
	ck_assert_int_eq(store_term_add(st, "common", 3, NULL, 0, NULL), 0);
	ck_assert_int_eq(store_term_add(st, "common", 2, NULL, 0, NULL), 0);
	ck_assert_int_eq(store_term_df(st, "common", &df, NULL), 0);
	ck_assert_int_eq(df, 5);
	ck_assert_int_eq(store_postings(st, "common", 0, &post, &n, NULL), 0);
	ck_assert_uint_eq(n, 0);
	free(post);
	ck_assert_int_eq(store_term_df(st, "talk", &df, NULL), 0);
	ck_assert_int_eq(df, 1);
	ck_assert_int_eq(store_term_df(st, "minsk", &df, NULL), 0);
	ck_assert_int_eq(df, 2);
	ck_assert_int_eq(store_term_df(st, "nothing", &df, NULL), 0);
	ck_assert_int_eq(df, 0);
	ck_assert_int_eq(store_postings(st, "minsk", 0, &post, &n, NULL), 0);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_lt(post[0], post[1]);
	free(post);
	/* a sentence's tokens, kept next to it */
	{
		unsigned char		*data = NULL;
		size_t			 len = 0;
		int64_t			 owner = 0;
		struct store_sentence	*ss = NULL;
		size_t			 nss = 0;

		ck_assert_int_eq(store_sentences(st, art, &ss, &nss, NULL), 0);
		ck_assert_uint_ge(nss, 1);
		sid[0] = ss[0].id;
		store_sentences_free(ss, nss);
		ck_assert_int_eq(store_tokens_put(st, sid[0], art, "\2ab", 3,
		    NULL), 0);
		ck_assert_int_eq(store_tokens_put(st, sid[0], art, "\2abc",
		    4, NULL), 0);
		ck_assert_int_eq(store_tokens_get(st, sid[0], &owner, &data,
		    &len, NULL), 0);
		ck_assert_uint_eq(len, 4);
		ck_assert_int_eq(owner, art);
		ck_assert_int_eq(memcmp(data, "\2abc", 4), 0);
		free(data);
		ck_assert_int_eq(store_tokens_get(st, sid[1] + 1000, &owner,
		    &data, &len, NULL), 0);
		ck_assert_ptr_null(data);
	}
	ck_assert_int_eq(store_clear_derived(st, STORE_CLEAR_INDEX, NULL), 0);
	ck_assert_int_eq(store_term_df(st, "minsk", &df, NULL), 0);
	ck_assert_int_eq(df, 0);
	{
		unsigned char	*data = NULL;
		size_t		 len = 0;
		int64_t		 owner = 0;

		ck_assert_int_eq(store_tokens_get(st, sid[0], &owner, &data,
		    &len, NULL), 0);
		ck_assert_ptr_null(data);
	}
	fake_free(&f);
	store_close(st);
}
END_TEST

START_TEST(test_data_version)
{
	struct store	*w = open_new(), *r;
	struct fake	 f;
	int64_t		 v1, v2, v3;

	ck_assert_int_eq(store_open(dbpath, STORE_READONLY, &r, NULL), 0);
	ck_assert_int_eq(store_data_version(r, &v1, NULL), 0);
	ck_assert_int_eq(store_data_version(r, &v2, NULL), 0);
	ck_assert_int_eq(v1, v2);
	fake_make(&f, "change", 2, NULL, NULL);
	fake_add(w, &f, "f");
	ck_assert_int_eq(store_data_version(r, &v3, NULL), 0);
	ck_assert_int_ne(v1, v3);
	fake_free(&f);
	store_close(r);
	store_close(w);
}
END_TEST

START_TEST(test_concurrency)
{
	struct store	*w1 = open_new(), *w2, *r;
	struct fake	 f, g;
	int64_t		 n;
	char		*cause = NULL;

	ck_assert_int_eq(store_open(dbpath, 0, &w2, NULL), 0);
	ck_assert_int_eq(store_open(dbpath, STORE_READONLY, &r, NULL), 0);
	fake_make(&f, "first", 2, NULL, NULL);
	fake_make(&g, "second", 2, NULL, NULL);

	/* A reader is not blocked by a writer and sees only commits. */
	ck_assert_int_eq(store_begin(w1, NULL), 0);
	fake_add(w1, &f, "f");
	ck_assert_int_eq(store_article_count(r, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 0);
	/* A second writer waits for the lock, then gives up clearly. */
	ck_assert_int_eq(store_begin(w2, &cause), -1);
	ck_assert_ptr_nonnull(strstr(cause, "busy"));
	free(cause);
	ck_assert_int_eq(store_commit(w1, NULL), 0);
	ck_assert_int_eq(store_article_count(r, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 1);

	/* A read snapshot does not move while another process writes. */
	ck_assert_int_eq(store_read_begin(r, NULL), 0);
	ck_assert_int_eq(store_begin(w2, NULL), 0);
	fake_add(w2, &g, "g");
	ck_assert_int_eq(store_commit(w2, NULL), 0);
	ck_assert_int_eq(store_article_count(r, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 1);
	store_read_end(r);
	ck_assert_int_eq(store_article_count(r, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 2);
	fake_free(&f);
	fake_free(&g);
	store_close(r);
	store_close(w2);
	store_close(w1);
}
END_TEST

Suite *
store_suite(void)
{
	Suite	*s = suite_create("store");
	TCase	*tc = tcase_create("store");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_schema);
	tcase_add_test(tc, test_migrate_from_v1);
	tcase_add_test(tc, test_migrate_pairs_relation);
	tcase_add_test(tc, test_migrate_week);
	tcase_add_test(tc, test_migrate_week_order);
	tcase_add_test(tc, test_week_index);
	tcase_add_test(tc, test_deletes_without_keys);
	tcase_add_test(tc, test_newer_schema_refused);
	tcase_add_test(tc, test_migrate_hedge);
	tcase_add_test(tc, test_migrate_month_day);
	tcase_add_test(tc, test_add_get_duplicate);
	tcase_add_test(tc, test_rollback);
	tcase_add_test(tc, test_batch);
	tcase_add_test(tc, test_readonly);
	tcase_add_test(tc, test_not_sqlite);
	tcase_add_test(tc, test_other_sqlite);
	tcase_add_loop_test(tc, test_search_query, 0, PX_NITEMS(query_cases));
	tcase_add_test(tc, test_search);
	tcase_add_test(tc, test_paging);
	tcase_add_test(tc, test_pairs);
	tcase_add_test(tc, test_derived);
	tcase_add_loop_test(tc, test_stories_keyset, 0,
	    PX_NITEMS(stories_limits));
	tcase_add_test(tc, test_lines_postings);
	tcase_add_test(tc, test_data_version);
	tcase_add_test(tc, test_concurrency);
	suite_add_tcase(s, tc);
	return s;
}
