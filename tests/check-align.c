/*
 * check-align.c: the alignment engine end to end on a database in a
 * temporary directory: articles written for this test (an earthquake told
 * by two outlets that disagree on the toll, another earthquake elsewhere
 * told in the same stock phrases with other names and figures, and an
 * unrelated sports item)
 * are imported through ingest with align_article() as the hook; then the
 * pairs, claims, conflicts and stories are checked, and align_all() must
 * give the same again.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "suites.h"
#include "px.h"
#include "align.h"
#include "ingest.h"
#include "store.h"

static char	tmpdir[64];
static char	dbpath[128];

static const char quake_a[] =
    "Quake strikes mountain province\n"
    "March 3, 2025\n"
    "A magnitude 6.8 earthquake struck the mountain province of Valdoria "
    "early on Monday, the national seismology institute said.\n"
    "The interior ministry said 120 people had been killed in the quake.\n"
    "Rescue teams from three neighbouring countries reached the provincial "
    "capital of Ostrava Nova on Tuesday.\n"
    "Source: Coastline Herald\n";

static const char quake_b[] =
    "Death toll climbs in Valdoria\n"
    "March 4, 2025\n"
    "A magnitude 6.8 earthquake struck the mountain province of Valdoria "
    "early on Monday, the national seismology institute said.\n"
    "The regional governor told reporters that 2,000 people had been "
    "killed.\n"
    "Rescue teams from three neighbouring countries reached the provincial "
    "capital of Ostrava Nova on Tuesday.\n";

/* Another quake, other places and figures, the same stock phrases. */
static const char quake_far[] =
    "Quake strikes coastal province\n"
    "March 5, 2025\n"
    "A magnitude 5.9 earthquake struck the coastal province of Merrow "
    "early on Wednesday, the national seismology institute said.\n"
    "The interior ministry said 35 people had been killed in the quake.\n"
    "Rescue teams from three neighbouring countries reached the provincial "
    "capital of Port Alder on Thursday.\n";

static const char sports[] =
    "Harbour club lifts the cup\n"
    "March 4, 2025\n"
    "The harbour city's football club won the national cup final on "
    "Sunday evening after extra time.\n"
    "Its captain lifted the trophy in front of a sold-out stadium.\n";

struct counts {
	struct store	*st;
	size_t		 pairs[3];	/* by enum store_relation */
	size_t		 similar_apart;	/* similar, other stories */
	int64_t		 pair_a, pair_b;	/* the last conflict pair */
};

static int64_t
story_of_sentence(struct store *st, int64_t sentence)
{
	struct store_sentence	*s = NULL;
	struct store_article	*a = NULL;
	int64_t			 story;

	ck_assert_int_eq(store_sentence_get(st, sentence, &s, NULL), 0);
	ck_assert_ptr_nonnull(s);
	ck_assert_int_eq(store_article_get(st, s->article, &a, NULL), 0);
	ck_assert_ptr_nonnull(a);
	story = a->story;
	store_article_free(a);
	store_sentence_free(s);
	return story;
}

static int
count_pair(void *arg, const struct store_pair *p)
{
	struct counts	*c = arg;

	c->pairs[p->relation]++;
	if (p->relation == STORE_SIMILAR && story_of_sentence(c->st, p->a) !=
	    story_of_sentence(c->st, p->b))
		c->similar_apart++;
	if (p->relation == STORE_CONFLICT) {
		c->pair_a = p->a;
		c->pair_b = p->b;
	}
	return 0;
}

static void
setup(void)
{
	struct store		*st = NULL;
	struct align		*al = NULL;
	struct ingest		*in = NULL;
	struct ingest_options	 io;
	char			*cause = NULL;

	snprintf(tmpdir, sizeof tmpdir, "/tmp/px-align-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	snprintf(dbpath, sizeof dbpath, "%s/test.db", tmpdir);
	/* as the import command opens it: without foreign keys */
	ck_assert_int_eq(store_open(dbpath, STORE_CREATE | STORE_BULK, &st,
	    &cause), 0);
	ck_assert_int_eq(align_new(st, 1, &al, &cause), 0);
	memset(&io, 0, sizeof io);
	align_ingest_options(al, &io);
	ck_assert_int_eq(ingest_new(st, &io, &in, &cause), 0);
	ck_assert_int_eq(ingest_add(in, "quake-a.txt", quake_a,
	    strlen(quake_a), &cause), 0);
	ck_assert_int_eq(ingest_add(in, "quake-b.txt", quake_b,
	    strlen(quake_b), &cause), 0);
	ck_assert_int_eq(ingest_add(in, "sports.txt", sports, strlen(sports),
	    &cause), 0);
	ck_assert_int_eq(ingest_add(in, "quake-far.txt", quake_far,
	    strlen(quake_far), &cause), 0);
	ck_assert_int_eq(ingest_flush(in, &cause), 0);
	ingest_free(in);
	align_free(al);
	store_close(st);
}

static void
teardown(void)
{
	char	*cmd = util_printf("rm -rf '%s'", tmpdir);

	if (cmd != NULL && system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", tmpdir);
	free(cmd);
}

/* Every row's parents are there, though the engine ran without keys. */
static void
check_foreign_keys(void)
{
	sqlite3		*db;
	sqlite3_stmt	*s;

	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db, "PRAGMA foreign_key_check",
	    -1, &s, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(s), SQLITE_DONE);
	sqlite3_finalize(s);
	sqlite3_close(db);
}

/* What the engine must have found, whichever way it got there. */
static void
check_findings(struct store *st)
{
	struct store_article	*a[4];
	struct store_conflict	*cf = NULL;
	struct store_claim	*cl = NULL;
	struct counts		 c;
	char			*cause = NULL;
	size_t			 n, i, nkilled = 0;
	int64_t			 id, nstories;

	for (id = 1; id <= 4; id++) {
		ck_assert_int_eq(store_article_get(st, id, &a[id - 1], &cause),
		    0);
		ck_assert_ptr_nonnull(a[id - 1]);
	}
	/* The two quake reports are one story, the match report another. */
	ck_assert_int_ne(a[0]->story, 0);
	ck_assert_int_eq(a[0]->story, a[1]->story);
	ck_assert_int_ne(a[2]->story, 0);
	ck_assert_int_ne(a[2]->story, a[0]->story);
	/* The other quake is a story of its own, whatever the phrasing. */
	ck_assert_int_ne(a[3]->story, 0);
	ck_assert_int_ne(a[3]->story, a[0]->story);
	ck_assert_int_ne(a[3]->story, a[2]->story);
	ck_assert_int_eq(store_story_count(st, &nstories, &cause), 0);
	ck_assert_int_eq(nstories, 3);

	/* Shared sentences, and the toll as a conflicting pair; the other
	 * quake's rescue teams reached another capital: alike, but no pair
	 * across stories. */
	memset(&c, 0, sizeof c);
	c.st = st;
	ck_assert_int_eq(store_pairs_each(st, count_pair, &c, &cause), 0);
	ck_assert_uint_ge(c.pairs[STORE_SAME], 2);
	ck_assert_uint_eq(c.pairs[STORE_CONFLICT], 1);
	ck_assert_uint_eq(c.similar_apart, 0);

	/* Claims: 120 and 2,000 killed, attributed. */
	ck_assert_int_eq(store_claims_of_story(st, a[0]->story, &cl, &n,
	    &cause), 0);
	for (i = 0; i < n; i++) {
		if (strcmp(cl[i].kind, "killed") != 0)
			continue;
		nkilled++;
		ck_assert(cl[i].has_num);
		ck_assert(cl[i].value_num == 120 || cl[i].value_num == 2000);
		ck_assert_ptr_nonnull(cl[i].source);
	}
	ck_assert_uint_eq(nkilled, 2);
	store_claims_free(cl, n);

	ck_assert_int_eq(store_conflicts_of_story(st, a[0]->story, &cf, &n,
	    &cause), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(cf[0].kind, "killed");
	ck_assert_uint_eq(cf[0].nclaims, 2);
	ck_assert_ptr_nonnull(cf[0].reason);
	ck_assert_ptr_nonnull(strstr(cf[0].reason, "120"));
	store_conflicts_free(cf, n);
	ck_assert_int_eq(store_conflicts_of_story(st, a[2]->story, &cf, &n,
	    &cause), 0);
	ck_assert_uint_eq(n, 0);

	for (i = 0; i < 4; i++)
		store_article_free(a[i]);
	check_foreign_keys();
}

START_TEST(test_import_aligns)
{
	struct store	*st = NULL;
	char		*cause = NULL;

	ck_assert_int_eq(store_open(dbpath, STORE_READONLY, &st, &cause), 0);
	check_findings(st);
	store_close(st);
}
END_TEST

/*
 * The four articles imported into a new database at path, parsed on
 * `threads` threads, alignment deferred or not, with a token cache of
 * `slots` sentences and a memo of `memo` bytes (slots 0: the defaults).
 */
static void
import_four(const char *path, size_t threads, int defer, size_t slots,
    size_t memo)
{
	static const struct {
		const char	*name, *text;
	} arts[] = { { "quake-a.txt", quake_a }, { "quake-b.txt", quake_b },
	    { "sports.txt", sports }, { "quake-far.txt", quake_far } };
	struct store		*st = NULL;
	struct align		*al = NULL;
	struct ingest		*in = NULL;
	struct ingest_options	 io;
	char			*cause = NULL;
	size_t			 i;

	ck_assert_int_eq(store_open(path, STORE_CREATE | STORE_BULK, &st,
	    &cause), 0);
	ck_assert_int_eq(align_new(st, 1, &al, &cause), 0);
	if (slots > 0) {
		ck_assert_int_eq(align_set_cache(al, 0, 0, NULL), -1);
		ck_assert_int_eq(align_set_cache(al, slots, memo, &cause), 0);
	}
	/* with threads, a helper compares half of each article's pairs */
	ck_assert_int_eq(align_set_threads(al, threads > 0, &cause), 0);
	memset(&io, 0, sizeof io);
	align_ingest_options(al, &io);
	io.threads = threads;
	io.defer = defer;
	ck_assert_int_eq(ingest_new(st, &io, &in, &cause), 0);
	for (i = 0; i < PX_NITEMS(arts); i++)
		ck_assert_int_eq(ingest_add(in, arts[i].name, arts[i].text,
		    strlen(arts[i].text), &cause), 0);
	ck_assert_int_eq(ingest_flush(in, &cause), 0);
	ingest_free(in);
	align_free(al);
	store_close(st);
}

/*
 * The findings are the same whichever way the import went: a token cache
 * smaller than one article's candidates (the sentences it has no room
 * for are prepared apart, none lent out is taken back: ASan would see it
 * freed), with the candidates' tokens from the store (no memo), from a
 * memo that keeps forgetting (a budget of a few sentences) or from a
 * memo of them all; and parsed, the claims extracted, on threads, with a
 * thread comparing half of each article's pairs.
 */
static const struct {
	size_t	threads, slots, memo;
} import_ways[] = {
	{ 0, 2, 0 }, { 0, 2, 40000 }, { 0, 2, 1u << 24 }, { 2, 0, 0 },
};

START_TEST(test_import_ways)
{
	struct store	*st = NULL;

	snprintf(dbpath, sizeof dbpath, "%s/way%d.db", tmpdir, _i);
	import_four(dbpath, import_ways[_i].threads, 0, import_ways[_i].slots,
	    import_ways[_i].memo);
	ck_assert_int_eq(store_open(dbpath, STORE_READONLY, &st, NULL), 0);
	check_findings(st);
	store_close(st);
}
END_TEST

/*
 * Imported with alignment deferred, the articles are stored and listed as
 * waiting, with nothing derived; align_pending() then finds what an
 * import that aligned would have.
 */
START_TEST(test_align_pending)
{
	struct store	*st = NULL;
	struct align	*al = NULL;
	struct counts	 c;
	char		*cause = NULL;
	int64_t		 n;

	snprintf(dbpath, sizeof dbpath, "%s/pending.db", tmpdir);
	import_four(dbpath, 2, 1, 0, 0);
	ck_assert_int_eq(store_open(dbpath, STORE_BULK, &st, &cause), 0);
	ck_assert_int_eq(store_pending_count(st, &n, NULL), 0);
	ck_assert_int_eq(n, 4);
	ck_assert_int_eq(store_article_count(st, 0, &n, NULL), 0);
	ck_assert_int_eq(n, 4);
	ck_assert_int_eq(store_story_count(st, &n, NULL), 0);
	ck_assert_int_eq(n, 0);
	memset(&c, 0, sizeof c);
	c.st = st;
	ck_assert_int_eq(store_pairs_each(st, count_pair, &c, &cause), 0);
	ck_assert_uint_eq(c.pairs[STORE_SAME] + c.pairs[STORE_SIMILAR] +
	    c.pairs[STORE_CONFLICT], 0);
	ck_assert_int_eq(align_new(st, 1, &al, &cause), 0);
	ck_assert_int_eq(align_pending(al, NULL, NULL, &cause), 0);
	ck_assert_int_eq(store_pending_count(st, &n, NULL), 0);
	ck_assert_int_eq(n, 0);
	check_findings(st);
	/* Nothing waits: a second run finds nothing to do. */
	ck_assert_int_eq(align_pending(al, NULL, NULL, &cause), 0);
	check_findings(st);
	align_free(al);
	store_close(st);
}
END_TEST

START_TEST(test_align_all_again)
{
	struct store	*st = NULL;
	struct align	*al = NULL;
	char		*cause = NULL;

	ck_assert_int_eq(store_open(dbpath, STORE_BULK, &st, &cause), 0);
	ck_assert_int_eq(align_new(st, 1, &al, &cause), 0);
	ck_assert_int_eq(align_all(al, NULL, NULL, &cause), 0);
	check_findings(st);
	/* And once more: nothing accumulates. */
	ck_assert_int_eq(align_all(al, NULL, NULL, &cause), 0);
	check_findings(st);
	align_free(al);
	store_close(st);
}
END_TEST

static const char quake_c[] =
    "Valdoria quake: governor gives a new toll\n"
    "March 4, 2025\n"
    "A magnitude 6.8 earthquake struck the mountain province of Valdoria "
    "early on Monday, the national seismology institute said.\n"
    "The provincial governor said 640 people had been killed.\n";

/* A conflict keeps its id when a later article adds a claim to it. */
START_TEST(test_conflict_keeps_id)
{
	struct store		*st = NULL;
	struct align		*al = NULL;
	struct ingest		*in = NULL;
	struct ingest_options	 io;
	struct store_article	*a = NULL, *b = NULL;
	struct store_conflict	*cf = NULL, other;
	char			*cause = NULL;
	size_t			 n;
	int64_t			 before, oid;

	ck_assert_int_eq(store_open(dbpath, STORE_BULK, &st, &cause), 0);
	ck_assert_int_eq(store_article_get(st, 1, &a, &cause), 0);
	ck_assert_int_eq(store_conflicts_of_story(st, a->story, &cf, &n,
	    &cause), 0);
	ck_assert_uint_eq(n, 1);
	before = cf[0].id;
	store_conflicts_free(cf, n);
	/*
	 * A later conflict in another story: dropping and adding the quake's
	 * group again would give it a new, higher id.
	 */
	ck_assert_int_eq(store_article_get(st, 3, &b, &cause), 0);
	memset(&other, 0, sizeof other);
	other.story = b->story;
	other.kind = "killed";
	other.subject = "fans";
	other.reason = "test";
	ck_assert_int_eq(store_conflict_add(st, &other, &oid, &cause), 0);
	ck_assert_int_gt(oid, before);
	store_article_free(b);

	ck_assert_int_eq(align_new(st, 1, &al, &cause), 0);
	memset(&io, 0, sizeof io);
	align_ingest_options(al, &io);
	ck_assert_int_eq(ingest_new(st, &io, &in, &cause), 0);
	ck_assert_int_eq(ingest_add(in, "quake-c.txt", quake_c,
	    strlen(quake_c), &cause), 0);
	ck_assert_int_eq(ingest_flush(in, &cause), 0);
	ingest_free(in);

	ck_assert_int_eq(store_conflicts_of_story(st, a->story, &cf, &n,
	    &cause), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(cf[0].id, before);
	ck_assert_uint_eq(cf[0].nclaims, 3);
	ck_assert_ptr_nonnull(strstr(cf[0].reason, "640"));
	store_conflicts_free(cf, n);
	store_article_free(a);
	align_free(al);
	store_close(st);
}
END_TEST

static const char ferry[] =
    "Ferry service resumes after storm\n"
    "March 6, 2025\n"
    "The island ferry sailed again on Thursday after three days in port.\n"
    "The operator said timetables would return to normal by Saturday.\n"
    "Passengers queued at the harbour from early morning.\n";

/* An after_add hook that fails once, after the engine did its work. */
static int fail_next;

static int
failing_hook(void *arg, struct store *st, int64_t article, void *prep,
    char **cause)
{
	if (align_hook(arg, st, article, prep, cause) != 0)
		return -1;
	if (fail_next) {
		fail_next = 0;
		*cause = util_printf("failing on purpose");
		return -1;
	}
	return 0;
}

/*
 * A batch rolled back after the engine aligned an article in it: what the
 * engine learnt there (counts, postings to write) is forgotten, so the
 * next batch stores exactly what aligning everything again gives.
 */
START_TEST(test_rollback_forgets)
{
	struct store		*st = NULL;
	struct align		*al = NULL;
	struct ingest		*in = NULL;
	struct ingest_options	 io;
	char			*cause = NULL;
	const char		*words[] = { "valdoria", "toll", "ferri" };
	int64_t			 before[3], after[3];
	size_t			 i;

	ck_assert_int_eq(store_open(dbpath, STORE_BULK, &st, &cause), 0);
	ck_assert_int_eq(align_new(st, 1, &al, &cause), 0);
	memset(&io, 0, sizeof io);
	align_ingest_options(al, &io);
	io.after_add = failing_hook;
	ck_assert_int_eq(ingest_new(st, &io, &in, &cause), 0);
	fail_next = 1;
	ck_assert_int_eq(ingest_add(in, "quake-c.txt", quake_c,
	    strlen(quake_c), &cause), -1);
	free(cause);
	cause = NULL;
	/* another article: it gets the ids the rolled-back one had */
	ck_assert_int_eq(ingest_add(in, "ferry.txt", ferry, strlen(ferry),
	    &cause), 0);
	ck_assert_int_eq(ingest_flush(in, &cause), 0);
	ingest_free(in);
	for (i = 0; i < PX_NITEMS(words); i++)
		ck_assert_int_eq(store_term_df(st, words[i], &before[i],
		    &cause), 0);
	ck_assert_int_eq(before[0], 3);	/* 1 in quake-a, 2 in quake-b */
	ck_assert_int_eq(align_all(al, NULL, NULL, &cause), 0);
	for (i = 0; i < PX_NITEMS(words); i++) {
		ck_assert_int_eq(store_term_df(st, words[i], &after[i],
		    &cause), 0);
		ck_assert_int_eq(before[i], after[i]);
	}
	align_free(al);
	store_close(st);
}
END_TEST

/* Count `same` pairs whose sentences both hold a text. */
struct same_with {
	struct store	*st;
	const char	*text;
	int		 n;
};

static int
count_same_with(void *arg, const struct store_pair *p)
{
	struct same_with	*sw = arg;
	struct store_sentence	*a = NULL, *b = NULL;

	if (p->relation != STORE_SAME)
		return 0;
	if (store_sentence_get(sw->st, p->a, &a, NULL) == 0 &&
	    store_sentence_get(sw->st, p->b, &b, NULL) == 0 && a != NULL &&
	    b != NULL && strstr(a->text, sw->text) != NULL &&
	    strstr(b->text, sw->text) != NULL)
		sw->n++;
	store_sentence_free(a);
	store_sentence_free(b);
	return 0;
}

/*
 * A sentence of words common in the whole database (each in more than
 * ALIGN_MAX_DF sentences, over many years) is still found again in an
 * article of the same week: the time index.
 */
START_TEST(test_week_index)
{
	struct store		*st = NULL;
	struct align		*al = NULL;
	struct ingest		*in = NULL;
	struct ingest_options	 io;
	struct same_with	 sw;
	char			*cause = NULL, *text, name[32];
	size_t			 len;
	int			 i, j;

	ck_assert_int_eq(store_open(dbpath, STORE_BULK, &st, &cause), 0);
	ck_assert_int_eq(align_new(st, 1, &al, &cause), 0);
	memset(&io, 0, sizeof io);
	align_ingest_options(al, &io);
	ck_assert_int_eq(ingest_new(st, &io, &in, &cause), 0);
	/* 30 years of 15 sentences with every word of the sentence */
	for (i = 0; i < 30; i++) {
		text = util_printf("Harbour report %d\nMarch 3, %d\n", i,
		    1990 + i);
		ck_assert_ptr_nonnull(text);
		for (j = 0; j < 15; j++) {
			char	*t = util_printf("%sThe harbour ferry sailed "
			    "late again on run %d.\n", text, 100 * i + j);

			ck_assert_ptr_nonnull(t);
			free(text);
			text = t;
		}
		snprintf(name, sizeof name, "year-%d.txt", i);
		len = strlen(text);
		ck_assert_int_eq(ingest_add(in, name, text, len, &cause), 0);
		free(text);
	}
	text = "Ferry delays\nJune 10, 2031\nThe harbour ferry sailed late "
	    "again.\nPassengers waited for two hours at the quay.\n";
	ck_assert_int_eq(ingest_add(in, "week-a.txt", text, strlen(text),
	    &cause), 0);
	text = "More ferry trouble\nJune 11, 2031\nThe harbour ferry sailed "
	    "late again.\nThe operator blamed a shortage of crew.\n";
	ck_assert_int_eq(ingest_add(in, "week-b.txt", text, strlen(text),
	    &cause), 0);
	ck_assert_int_eq(ingest_flush(in, &cause), 0);
	ingest_free(in);

	sw.st = st;
	sw.text = "sailed late again.";
	sw.n = 0;
	ck_assert_int_eq(store_pairs_each(st, count_same_with, &sw, &cause),
	    0);
	ck_assert_int_ge(sw.n, 1);
	align_free(al);
	store_close(st);
}
END_TEST

static const char tanker_x[] =
    "Tanker towed into harbour\n"
    "March 7, 2025\n"
    "Harbour pilots guided the stricken tanker Mirabel into Port Cassow "
    "at dawn on Friday.\n"
    "The crew of nineteen were reported safe.\n";

static const char tanker_w[] =
    "Pilots bring tanker in\n"
    "March 7, 2025\n"
    "Harbour pilots guided the stricken tanker Mirabel into Port Cassow "
    "at dawn on Friday.\n"
    "Tugs had stood by through the night.\n";

static const char tanker_y[] =
    "Stricken tanker reaches port\n"
    "March 7, 2025\n"
    "Harbour pilots guided the stricken tanker Mirabel into Port Cassow "
    "at dawn on Friday.\n"
    "An inquiry into the engine failure will open next week.\n";

static const char tanker_z[] =
    "Mirabel safe in Port Cassow\n"
    "March 8, 2025\n"
    "Harbour pilots guided the stricken tanker Mirabel into Port Cassow "
    "at dawn on Friday.\n"
    "Salvage crews began pumping oil from its damaged hold.\n";

static void
import_one(struct ingest *in, const char *path, const char *text)
{
	char	*cause = NULL;

	ck_assert_int_eq(ingest_add(in, path, text, strlen(text), &cause), 0);
	ck_assert_int_eq(ingest_flush(in, &cause), 0);
}

/* The setup's database opened as the import command does, an engine and
 * an ingest that aligns each article. */
static void
open_engine(struct store **st, struct align **al, struct ingest **in)
{
	struct ingest_options	 io;
	char			*cause = NULL;

	ck_assert_int_eq(store_open(dbpath, STORE_BULK, st, &cause), 0);
	ck_assert_int_eq(align_new(*st, 1, al, &cause), 0);
	memset(&io, 0, sizeof io);
	align_ingest_options(*al, &io);
	ck_assert_int_eq(ingest_new(*st, &io, in, &cause), 0);
}

/*
 * A sentence whose figures are all it shares with an earlier report: its
 * other words (an airline, an airport, a runway) are all rarer in the
 * database than "41" and "three", which an unrelated article uses often.
 */
static const char crash_filler[] =
    "Season review\n"
    "November 2, 2025\n"
    "The club scored 41 goals in three competitions this season.\n"
    "Three people were injured when a stand collapsed, and 41 were treated "
    "for heat.\n"
    "Police said people were injured and killed in three separate crashes "
    "on the 41 bus route.\n"
    "The 41 players and three coaches thanked the people who were injured "
    "or killed supporting them.\n";

static const char crash_y[] =
    "Plane fire at Lindqvist\n"
    "November 21, 2025\n"
    "The fire service said three people have been killed and 41 injured.\n"
    "Mayor Anna Sorvik told reporters that the town's airport would stay "
    "closed until investigators from the aviation safety board had "
    "finished their work at the scene.\n";

static const char crash_z[] =
    "Kestrel Air turboprop skids off runway\n"
    "November 21, 2025\n"
    "A Kestrel Air turboprop skidded off the runway at Lindqvist Regional "
    "Airport on Saturday afternoon and caught fire, witnesses said.\n"
    "The airline said 41 passengers and three crew were on board.\n";

static const char crash_x[] =
    "Deadly landing at Lindqvist\n"
    "November 22, 2025\n"
    "Three people were killed and 41 injured when a Kestrel Air turboprop "
    "skidded off the runway and caught fire at Lindqvist Regional Airport "
    "on Saturday afternoon.\n"
    "Mayor Anna Sorvik told reporters that the town's airport would stay "
    "closed until investigators from the aviation safety board had "
    "finished their work at the scene.\n";

struct pair_between {
	struct store	*st;
	const char	*a, *b;		/* in one sentence each */
	int		 n;
};

static int
count_between(void *arg, const struct store_pair *p)
{
	struct pair_between	*pb = arg;
	struct store_sentence	*a = NULL, *b = NULL;

	if (p->relation != STORE_CONFLICT &&
	    store_sentence_get(pb->st, p->a, &a, NULL) == 0 &&
	    store_sentence_get(pb->st, p->b, &b, NULL) == 0 && a != NULL &&
	    b != NULL && ((strstr(a->text, pb->a) != NULL &&
	    strstr(b->text, pb->b) != NULL) || (strstr(a->text, pb->b) !=
	    NULL && strstr(b->text, pb->a) != NULL)))
		pb->n++;
	store_sentence_free(a);
	store_sentence_free(b);
	return 0;
}

/* The pairs (not conflicts) between a sentence with a and one with b. */
static int
pairs_between(struct store *st, const char *a, const char *b)
{
	struct pair_between	 pb;
	char			*cause = NULL;

	memset(&pb, 0, sizeof pb);
	pb.st = st;
	pb.a = a;
	pb.b = b;
	ck_assert_int_eq(store_pairs_each(st, count_between, &pb, &cause), 0);
	return pb.n;
}

START_TEST(test_figures_found)
{
	struct store		*st = NULL;
	struct align		*al = NULL;
	struct ingest		*in = NULL;

	open_engine(&st, &al, &in);
	import_one(in, "crash-filler.txt", crash_filler);
	import_one(in, "crash-y.txt", crash_y);
	import_one(in, "crash-z.txt", crash_z);
	import_one(in, "crash-x.txt", crash_x);
	ingest_free(in);

	ck_assert_int_eq(pairs_between(st, "have been killed and 41 injured",
	    "were killed and 41 injured when"), 1);
	align_free(al);
	store_close(st);
}
END_TEST

/*
 * Two landslides of one week told in the same words, one in Peru and one
 * in Nepal, with the same kind of source: two stories.
 */
static const char slide_p1[] =
    "Landslide buries homes in Peru mountain village\n"
    "November 3, 2025\n"
    "A landslide set off by two days of heavy rain buried dozens of homes "
    "in a mountain village in central Peru early on Sunday, killing at "
    "least 14 people, Red Cross official Mario Quispe said.\n"
    "Soldiers and volunteers dug through mud and rocks with shovels and "
    "bare hands because heavy machinery could not reach the village, "
    "Mario Quispe said.\n"
    "The national weather service forecast more rain in the central "
    "highlands until Tuesday.\n"
    "Schools in the district will stay closed until Wednesday, the local "
    "education office said.\n";

static const char slide_p2[] =
    "Peru landslide: 14 dead as rescuers dig by hand\n"
    "November 3, 2025\n"
    "At least 14 people were killed when a landslide buried dozens of "
    "homes in a mountain village in central Peru early on Sunday, Red "
    "Cross official Mario Quispe said.\n"
    "Soldiers and volunteers dug through mud and rocks with shovels and "
    "bare hands because heavy machinery could not reach the village, "
    "Mario Quispe said.\n"
    "The government declared a state of emergency in the province.\n";

static const char slide_n1[] =
    "Landslide buries homes in Nepal hill village\n"
    "November 4, 2025\n"
    "A landslide set off by two days of heavy rain buried dozens of homes "
    "in a hill village in central Nepal early on Monday, killing at least "
    "9 people, Red Cross official Mario Thapa said.\n"
    "Soldiers and volunteers dug through mud and rocks with shovels and "
    "bare hands because heavy machinery could not reach the village, "
    "Mario Thapa said.\n"
    "The national weather service forecast more rain in the central "
    "hills until Thursday.\n"
    "Schools in the district will stay closed until Friday, the local "
    "education office said.\n";

/*
 * An undated report joins the story of March it shares its lede with; a
 * report of October that shares some of its words is not carried into
 * March by it (an undated article links to any date, its story does not).
 */
static const char truce_u[] =
    "Ostravia army and Kell Front to hold truce talks in Port Selm\n"
    "The Ostravia army and the Kell Front will send delegations to truce "
    "talks in Port Selm on Thursday, a diplomatic source told reporters.\n"
    "The army delegation will be led by General Anton Varek, the source "
    "said.\n"
    "The Kell Front has fought the army for control of the northern "
    "provinces since April.\n";

static const char truce_d[] =
    "Truce talks for Ostravia to open in Port Selm\n"
    "March 3, 2026\n"
    "The Ostravia army and the Kell Front will send delegations to truce "
    "talks in Port Selm on Thursday, a diplomatic source told reporters.\n"
    "Mediators from the coastal states will chair the first session.\n";

static const char truce_l[] =
    "Ostravia army and Kell Front agree new truce after talks\n"
    "October 9, 2026\n"
    "The Ostravia army and the Kell Front agreed a new truce on Wednesday "
    "after three days of talks, mediators said.\n"
    "The army delegation at the talks was led by General Anton Varek, the "
    "mediators said.\n"
    "The Kell Front has fought the army for control of the northern "
    "provinces for two years.\n"
    "Aid groups said they hoped the truce would let food convoys reach "
    "the north.\n";

/*
 * A wire page that prints its date without the year ("March 14") is not a
 * page of any date: the same phrases of a raid in May are another story.
 */
static const char raid_a[] =
    "Air defences down 61 drones over Kestria overnight\n"
    "May 4, 2026\n"
    "Kestrian air defence systems intercepted and destroyed 61 Varnian "
    "drones over the Kestria border regions overnight, the Kestrian "
    "Defence Ministry said on Monday.\n"
    "Regional governor Pavel Orlin said debris damaged two houses in the "
    "town of Selva and injured one woman.\n"
    "The Varnian army did not comment on the raid.\n";

static const char raid_b[] =
    "Kestria says it shot down 61 Varnian drones\n"
    "May 4, 2026\n"
    "Kestrian air defence systems intercepted and destroyed 61 Varnian "
    "drones over the Kestria border regions overnight, the Kestrian "
    "Defence Ministry said.\n"
    "Governor Pavel Orlin said falling debris damaged two houses in "
    "Selva.\n";

static const char raid_march[] =
    "Air defences repel Varnian drone raid on Kestria border region\n"
    "HARBOURTON, March 14. /TASS/.\n"
    "Kestrian air defence systems intercepted and destroyed 41 Varnian "
    "drones over the Kestria border regions overnight, the Kestrian "
    "Defence Ministry said on Friday.\n"
    "Regional governor Pavel Orlin said two civilians were killed and nine "
    "injured when debris fell on a street in the town of Brask.\n"
    "The Varnian army said its targets were military.\n";

static const struct {
	const char	*name;
	const char	*text[3];	/* the first two are one story */
} story_cases[] = {
	{ "countries", { slide_p1, slide_p2, slide_n1 } },
	{ "undated", { truce_u, truce_d, truce_l } },
	{ "month-day", { raid_a, raid_b, raid_march } },
};

START_TEST(test_stories_apart)
{
	struct store		*st = NULL;
	struct align		*al = NULL;
	struct ingest		*in = NULL;
	struct store_article	*a[3];
	char			*cause = NULL, name[32];
	int			 i;

	open_engine(&st, &al, &in);
	for (i = 0; i < 3; i++) {
		snprintf(name, sizeof name, "%s-%d.txt", story_cases[_i].name,
		    i);
		import_one(in, name, story_cases[_i].text[i]);
	}
	ingest_free(in);
	/* the setup's four articles come first */
	for (i = 0; i < 3; i++) {
		ck_assert_int_eq(store_article_get(st, 5 + i, &a[i], &cause),
		    0);
		ck_assert_ptr_nonnull(a[i]);
		ck_assert_int_ne(a[i]->story, 0);
	}
	ck_assert_int_eq(a[0]->story, a[1]->story);
	ck_assert_int_ne(a[2]->story, a[0]->story);
	ck_assert_int_ne(a[2]->story, a[1]->story);
	for (i = 0; i < 3; i++)
		store_article_free(a[i]);
	align_free(al);
	store_close(st);
}
END_TEST

/*
 * A sentence with more `similar` partners than are kept: the one of the
 * day before (its story's) is kept before four of a year earlier that say
 * more in the same words.
 */
static const char ferry_n[] =
    "Dozens missing after Amsel sinking\n"
    "November 2, 2025\n"
    "The Riverline ferry Amsel sank in the Dorn river near the town of "
    "Halvik on Saturday night after striking a sandbank.\n"
    "The ferry was carrying about 190 passengers, most of them farm "
    "workers going home for the holiday, Riverline said.\n";

static const char ferry_a[] =
    "Riverline ferry Amsel sinks near Halvik\n"
    "November 1, 2025\n"
    "The Riverline ferry Amsel sank in the Dorn river near the town of "
    "Halvik on Saturday night after striking a sandbank.\n"
    "Riverline said there were some 190 people aboard, many of them farm "
    "workers.\n";

START_TEST(test_similar_near)
{
	struct store		*st = NULL;
	struct align		*al = NULL;
	struct ingest		*in = NULL;
	char			*text, name[32];
	int			 i;

	open_engine(&st, &al, &in);
	for (i = 1; i <= 4; i++) {
		text = util_printf("Ferry sinks on the Dorn\n"
		    "November %d, 2024\n"
		    "The ferry was carrying about 190 passengers, most of "
		    "them farm workers going home for the holiday, Nordline "
		    "said on day %d.\n"
		    "Divers searched the river through the night.\n", i + 2, i);
		ck_assert_ptr_nonnull(text);
		snprintf(name, sizeof name, "ferry-%d.txt", i);
		import_one(in, name, text);
		free(text);
	}
	import_one(in, "ferry-a.txt", ferry_a);
	import_one(in, "ferry-n.txt", ferry_n);
	ingest_free(in);

	ck_assert_int_eq(pairs_between(st, "some 190 people aboard",
	    "Riverline said."), 1);
	align_free(al);
	store_close(st);
}
END_TEST

/*
 * Two reports of one eruption give its toll in other words: their claims
 * agree, so the sentences are paired (`similar`) though they share
 * hardly a word, and so do their counts of the missing, one of them
 * saying where.
 */
static const char erupt_a[] =
    "Volcano erupts on Tamber island\n"
    "June 2, 2025\n"
    "Mount Orsk on Tamber island erupted on Monday night, sending a column "
    "of ash four kilometres into the sky, the volcanology agency said.\n"
    "Ten residents were confirmed dead on Tuesday.\n"
    "Seven people in the village of Sella were still missing.\n";

static const char erupt_b[] =
    "Ash closes Tamber airport\n"
    "June 2, 2025\n"
    "Mount Orsk on Tamber island erupted on Monday night, sending a column "
    "of ash four kilometres into the sky, the volcanology agency said.\n"
    "At least 10 people have been killed by the eruption, officials "
    "said.\n"
    "Police said seven people were still missing.\n";

START_TEST(test_claims_agree)
{
	struct store		*st = NULL;
	struct align		*al = NULL;
	struct ingest		*in = NULL;

	open_engine(&st, &al, &in);
	import_one(in, "erupt-a.txt", erupt_a);
	import_one(in, "erupt-b.txt", erupt_b);
	ingest_free(in);

	ck_assert_int_eq(pairs_between(st, "Ten residents were confirmed dead",
	    "At least 10 people have been killed"), 1);
	/* the same figure, one of them saying where */
	ck_assert_int_eq(pairs_between(st, "Seven people in the village",
	    "Police said seven people"), 1);
	align_free(al);
	store_close(st);
}
END_TEST

/*
 * Two editors import into one database at once: each engine keeps counts
 * and postings from the store, and the other's commits change the store
 * under them.  Engine a has read and kept the postings of the shared
 * sentence's terms (its second article looked them up); the article
 * engine b added in between must still be a candidate of a's next one
 * (four reports of one sentence: six `same` pairs), and the counts a
 * writes must be true.
 */
START_TEST(test_two_engines)
{
	struct store		*sa = NULL, *sb = NULL;
	struct align		*aa = NULL, *ab = NULL;
	struct ingest		*ia = NULL, *ib = NULL;
	struct ingest_options	 oa, ob;
	struct same_with	 sw;
	struct align_stats	 as;
	char			*cause = NULL;
	int64_t			 df;
	size_t			 i;

	ck_assert_int_eq(store_open(dbpath, STORE_BULK, &sa, &cause), 0);
	ck_assert_int_eq(store_open(dbpath, STORE_BULK, &sb, &cause), 0);
	ck_assert_int_eq(align_new(sa, 1, &aa, &cause), 0);
	ck_assert_int_eq(align_new(sb, 1, &ab, &cause), 0);
	memset(&oa, 0, sizeof oa);
	memset(&ob, 0, sizeof ob);
	align_ingest_options(aa, &oa);
	align_ingest_options(ab, &ob);
	ck_assert_int_eq(ingest_new(sa, &oa, &ia, &cause), 0);
	ck_assert_int_eq(ingest_new(sb, &ob, &ib, &cause), 0);

	import_one(ia, "tanker-x.txt", tanker_x);
	import_one(ia, "tanker-w.txt", tanker_w);	/* a keeps postings */
	import_one(ib, "tanker-y.txt", tanker_y);	/* b commits */
	import_one(ia, "tanker-z.txt", tanker_z);	/* a again */

	memset(&sw, 0, sizeof sw);
	sw.st = sa;
	sw.text = "tanker Mirabel";
	ck_assert_int_eq(store_pairs_each(sa, count_same_with, &sw, &cause),
	    0);
	ck_assert_int_eq(sw.n, 6);
	ck_assert_int_eq(store_term_df(sa, "mirabel", &df, &cause), 0);
	ck_assert_int_eq(df, 5);	/* and z's title */

	/* What each engine did, as `import --timings` prints it. */
	align_stats(aa, &as);
	ck_assert_uint_eq(as.articles, 3);
	ck_assert_uint_gt(as.compared, 0);
	for (i = 0; i < ALIGN_NSTEPS; i++) {
		ck_assert(as.seconds[i] >= 0);
		ck_assert_str_ne(align_step_name((enum align_step)i), "");
	}
	ck_assert_str_eq(align_step_name(ALIGN_NSTEPS), "");
	align_stats(ab, &as);
	ck_assert_uint_eq(as.articles, 1);
	align_stats(NULL, &as);
	ck_assert_uint_eq(as.articles, 0);

	ingest_free(ia);
	ingest_free(ib);
	align_free(aa);
	align_free(ab);
	store_close(sa);
	store_close(sb);
}
END_TEST

START_TEST(test_align_missing_article)
{
	struct store	*st = NULL;
	struct align	*al = NULL;
	char		*cause = NULL;

	ck_assert_int_eq(store_open(dbpath, STORE_BULK, &st, &cause), 0);
	ck_assert_int_eq(align_new(st, 1, &al, &cause), 0);
	ck_assert_int_eq(align_article(al, 999, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	align_free(al);
	align_free(NULL);
	store_close(st);
}
END_TEST

Suite *
align_suite(void)
{
	Suite	*s = suite_create("align");
	TCase	*tc = tcase_create("align");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_import_aligns);
	tcase_add_loop_test(tc, test_import_ways, 0,
	    (int)PX_NITEMS(import_ways));
	tcase_add_test(tc, test_align_all_again);
	tcase_add_test(tc, test_align_pending);
	tcase_add_test(tc, test_align_missing_article);
	tcase_add_test(tc, test_conflict_keeps_id);
	tcase_add_test(tc, test_rollback_forgets);
	tcase_add_test(tc, test_week_index);
	tcase_add_test(tc, test_two_engines);
	tcase_add_test(tc, test_figures_found);
	tcase_add_test(tc, test_similar_near);
	tcase_add_test(tc, test_claims_agree);
	tcase_add_loop_test(tc, test_stories_apart, 0,
	    (int)PX_NITEMS(story_cases));
	suite_add_tcase(s, tc);
	return s;
}
