/*
 * check-match.c: sentence pairs from stories unlike the seeds (an
 * earthquake toll, an explosion, a summit) with the relation they must or
 * must not get, and the properties every score has: in [0,1], symmetric.
 * Weights come from document frequencies over the sentences of the table,
 * as `parallax match` computes them over its input.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "suites.h"
#include "px.h"
#include "match.h"
#include "tokens.h"

enum want {
	W_SAME,		/* same */
	W_NOT_SAME,	/* similar or none */
	W_OVERLAP,	/* same or similar */
	W_NONE		/* none */
};

struct pair_case {
	const char	*a, *b;
	enum want	 want;
};

#define QUAKE "A magnitude 7.1 earthquake struck southern Turkey on " \
	"Monday, killing at least 120 people, officials said."
#define BLAST "An explosion at a chemical plant near the port of Rotterdam " \
	"injured 14 workers on Tuesday, the fire brigade said."
#define SUMMIT "European Union leaders ended their two-day summit in " \
	"Brussels without agreeing on the bloc's long-term budget."

static const struct pair_case pair_cases[] = {
	/* verbatim */
	{ QUAKE, QUAKE, W_SAME },
	{ BLAST, BLAST, W_SAME },
	/* reordered, re-punctuated, a clause added */
	{ QUAKE, "At least 120 people were killed when a magnitude 7.1 "
	    "earthquake struck southern Turkey on Monday, officials said.",
	    W_SAME },
	{ BLAST, "The fire brigade said 14 workers were injured on Tuesday in "
	    "an explosion at a chemical plant near the port of Rotterdam.",
	    W_SAME },
	{ SUMMIT, "European Union leaders ended their two-day summit in "
	    "Brussels on Friday without agreeing on the bloc's long-term "
	    "budget, diplomats said.", W_SAME },
	/* another figure for the same thing */
	{ QUAKE, "A magnitude 7.1 earthquake struck southern Turkey on "
	    "Monday, killing at least 45 people, officials said.", W_NOT_SAME },
	{ BLAST, "An explosion at a chemical plant near the port of Rotterdam "
	    "injured 40 workers on Tuesday, the fire brigade said.",
	    W_NOT_SAME },
	{ QUAKE, "A magnitude 7.1 earthquake struck southern Turkey on "
	    "Monday, killing at least one hundred and twenty people, "
	    "officials said.", W_OVERLAP },
	/* negated */
	{ SUMMIT, "European Union leaders did not end their two-day summit in "
	    "Brussels without agreeing on the bloc's long-term budget.",
	    W_NOT_SAME },
	{ "The fire brigade said the explosion was caused by a gas leak.",
	    "The fire brigade said the explosion was not caused by a gas "
	    "leak.", W_NOT_SAME },
	/* denied: a denial never reports what it denies */
	{ "Peace talks between the government and the rebels will open in "
	    "the Varnese capital Lorsk on Monday, mediators said.",
	    "The government on Thursday denied that peace talks with the "
	    "rebels would open in the Varnese capital Lorsk on Monday.",
	    W_NOT_SAME },
	/* partial: one fact of two */
	{ BLAST, "The fire brigade said the plant near Rotterdam would stay "
	    "closed while the cause of the explosion was investigated.",
	    W_OVERLAP },
	/* misspelt name */
	{ "Rescue teams from Azerbaijan arrived in Gaziantep on Tuesday.",
	    "Rescue teams from Azerbajan arrived in Gaziantep on Tuesday.",
	    W_SAME },
	/* unrelated */
	{ QUAKE, SUMMIT, W_NONE },
	{ BLAST, SUMMIT, W_NONE },
	{ QUAKE, BLAST, W_NONE },
};

struct df {
	struct tokens	*tk;
	uint32_t	*df;
	uint32_t	 n;
	double		 docs;
};

static struct tokens	*tk;
static struct match	*mt;
static struct df	 df;

static double
idf(void *arg, uint32_t id)
{
	struct df	*d = arg;
	double		 n = id < d->n ? d->df[id] : 0;

	/* the id is the vocabulary's: the term's text looks it up again */
	ck_assert_ptr_nonnull(tokens_term(d->tk, id));
	ck_assert_uint_eq(tokens_lookup(d->tk, tokens_term(d->tk, id)), id);
	return log((d->docs + 1) / (n + 0.5));
}

static void
count(const char *s, uint32_t *seen, uint32_t doc)
{
	struct token	*t;
	long		 n, i;

	n = tokens_split(tk, s, strlen(s), &t, NULL);
	ck_assert_int_ge(n, 0);
	for (i = 0; i < n; i++) {
		if (t[i].term < df.n && seen[t[i].term] != doc) {
			seen[t[i].term] = doc;
			df.df[t[i].term]++;
		}
	}
	df.docs++;
	free(t);
}

static void
setup(void)
{
	char		*cause = NULL;
	uint32_t	*seen, doc = 0;
	size_t		 i;

	if (getenv("PARALLAX_DATADIR") == NULL)
		setenv("PARALLAX_DATADIR", "share/parallax", 1);
	tk = tokens_new("english", 1, &cause);
	ck_assert_msg(tk != NULL, "%s", cause);
	mt = match_new(tk, 1, &cause);
	ck_assert_msg(mt != NULL, "%s", cause);
	/* a first pass makes every term; a second counts them */
	for (i = 0; i < PX_NITEMS(pair_cases); i++) {
		free(match_prepare(mt, pair_cases[i].a, strlen(pair_cases[i].a),
		    NULL, NULL, NULL));
		free(match_prepare(mt, pair_cases[i].b, strlen(pair_cases[i].b),
		    NULL, NULL, NULL));
	}
	memset(&df, 0, sizeof df);
	df.tk = tk;
	df.n = tokens_count(tk);
	df.df = calloc(df.n, sizeof *df.df);
	seen = calloc(df.n, sizeof *seen);
	ck_assert(df.df != NULL && seen != NULL);
	for (i = 0; i < PX_NITEMS(pair_cases); i++) {
		count(pair_cases[i].a, seen, ++doc);
		count(pair_cases[i].b, seen, ++doc);
	}
	free(seen);
}

static void
teardown(void)
{
	match_free(mt);
	tokens_free(tk);
	free(df.df);
}

static struct match_sentence *
prep(const char *s)
{
	struct match_sentence	*ms;
	char			*cause = NULL;

	ms = match_prepare(mt, s, strlen(s), idf, &df, &cause);
	ck_assert_msg(ms != NULL, "%s", cause);
	return ms;
}

START_TEST(test_pairs)
{
	const struct pair_case	*c = &pair_cases[_i];
	struct match_sentence	*a = prep(c->a), *b = prep(c->b);
	enum match_relation	 r;
	double			 score;
	int			 ok = 0;

	r = match_score(mt, a, b, &score);
	switch (c->want) {
	case W_SAME:
		ok = r == MATCH_SAME;
		break;
	case W_NOT_SAME:
		ok = r != MATCH_SAME;
		break;
	case W_OVERLAP:
		ok = r != MATCH_NONE;
		break;
	case W_NONE:
		ok = r == MATCH_NONE;
		break;
	}
	ck_assert_msg(ok, "case %d: got %s %.3f\n  %s\n  %s", _i,
	    match_relation_name(r), score, c->a, c->b);
	match_sentence_free(a);
	match_sentence_free(b);
}
END_TEST

/*
 * What match_compare() says about names and figures, for the engine's
 * rules inside a database of many stories.
 */
static const struct names_case {
	const char	*a, *b;
	size_t		 only_a, only_b;	/* names one side lacks */
	int		 figures_differ;
} names_cases[] = {
	{ "Analyst Lukas Castel said Sovorholm would recover slowly.",
	  "Professor Tarik Castel said Fenawick would recover slowly.",
	  2, 2, 0 },	/* a capital that starts the sentence is no name */
	{ "The bridge in Talsby was last damaged by a storm in 1973.",
	  "The bridge in Talsby was last damaged by a flood in 1989.",
	  0, 0, 1 },
	{ "Exports fell by 26 percent, traders in Orvik said.",
	  "Exports fell by 31 percent, traders in Orvik said.",
	  0, 0, 1 },
	{ "Exports fell by 26 percent, traders in Orvik said.",
	  "Traders in Orvik said exports were down 26 percent.",
	  0, 0, 0 },
	{ "Schools in Orvik will remain closed until Thursday.",
	  "Schools in Orvik will remain closed until Sunday.",
	  0, 0, 1 },	/* another day: not the same fact */
	{ "Mayor Ines Varga opened the shelter on Monday.",
	  "Varga opened the shelter on Monday, her office said.",
	  1, 0, 0 },
	/* misspelt names: one edit each, two in a long name */
	{ "Minister Radoslav Wisniewski arrived in Gdansk on Monday.",
	  "Minister Radoslaw Wisnewski arrived in Gdansk on Monday.",
	  0, 0, 0 },
	{ "Envoy Kristoffersen arrived in Gdansk on Monday.",
	  "Envoy Kristofersonn arrived in Gdansk on Monday.",
	  0, 0, 0 },
	{ "Minister \xc5\x81ukaszewicz arrived in Gda\xc5\x84sk on Monday.",
	  "Minister Lukaszewicz arrived in Gda\xc5\x84sk on Monday.",
	  0, 0, 0 },
	/* too far apart (two edits in 8 letters; short), unlike beginnings */
	{ "Minister Szymanski arrived in Gdansk on Monday.",
	  "Minister Zymanska arrived in Gdansk on Monday.",
	  1, 1, 0 },
	{ "Envoy Nemeth arrived in Gdansk on Monday.",
	  "Envoy Nemec arrived in Gdansk on Monday.",
	  1, 1, 0 },
};

START_TEST(test_names_figures)
{
	const struct names_case	*c = &names_cases[_i];
	struct match_sentence	*a = prep(c->a), *b = prep(c->b);
	struct match_result	 r, q;

	match_compare(mt, a, b, &r);
	match_compare(mt, b, a, &q);
	ck_assert_msg(r.names_only_a == c->only_a &&
	    r.names_only_b == c->only_b, "case %d: names only %zu/%zu",
	    _i, r.names_only_a, r.names_only_b);
	ck_assert_uint_eq(q.names_only_a, r.names_only_b);
	ck_assert_uint_eq(q.names_only_b, r.names_only_a);
	ck_assert_int_eq(r.figures_differ, c->figures_differ);
	ck_assert_int_eq(q.figures_differ, c->figures_differ);
	match_sentence_free(a);
	match_sentence_free(b);
}
END_TEST

/*
 * Names on both sides: a word one side capitalises as part of a name and
 * the other writes as a common noun is no name they share.
 */
static const struct both_case {
	const char	*a, *b;
	size_t		 both;		/* either way round */
} both_cases[] = {
	{ "Most of the injured were taken to the Hospital de Clinicas.",
	  "Eleven injured workers were taken to hospital, officials said.",
	  0 },
	{ "The Harbour Company said it was cooperating with the police.",
	  "The company said it would pay for the funerals.", 0 },
	{ "Rescuers reached the flooded mine near Talsby on Monday.",
	  "The mine near Talsby flooded overnight, rescuers said.", 1 },
	/* "Varga" starting the sentence is no name there */
	{ "Governor Ines Varga declared three days of mourning in Orvik.",
	  "Varga declared three days of mourning, officials in Orvik said.",
	  1 },
	{ "Governor Ines Varga declared three days of mourning in Orvik.",
	  "In Orvik, Governor Varga declared three days of mourning.", 2 },
};

START_TEST(test_names_both)
{
	const struct both_case	*c = &both_cases[_i];
	struct match_sentence	*a = prep(c->a), *b = prep(c->b);
	struct match_result	 r, q;

	match_compare(mt, a, b, &r);
	match_compare(mt, b, a, &q);
	ck_assert_msg(r.names_both == c->both && q.names_both == c->both,
	    "case %d: names on both sides %zu/%zu", _i, r.names_both,
	    q.names_both);
	ck_assert_uint_le(r.names_both, r.names_shared);
	match_sentence_free(a);
	match_sentence_free(b);
}
END_TEST

/* Every score of every pair of table sentences: in [0,1] and symmetric. */
START_TEST(test_symmetric)
{
	const char		*s[2 * PX_NITEMS(pair_cases)];
	struct match_sentence	*ms[2 * PX_NITEMS(pair_cases)];
	double			 f1[MATCH_NFEATURES], f2[MATCH_NFEATURES];
	double			 x, y;
	size_t			 n = 0, i, j, k;

	for (i = 0; i < PX_NITEMS(pair_cases); i++) {
		s[n++] = pair_cases[i].a;
		s[n++] = pair_cases[i].b;
	}
	for (i = 0; i < n; i++)
		ms[i] = prep(s[i]);
	for (i = 0; i < n; i++) {
		for (j = 0; j < n; j++) {
			ck_assert_int_eq(match_score(mt, ms[i], ms[j], &x),
			    match_score(mt, ms[j], ms[i], &y));
			ck_assert_double_eq_tol(x, y, 1e-12);
			ck_assert(x >= 0 && x <= 1);
			match_features(mt, ms[i], ms[j], f1);
			match_features(mt, ms[j], ms[i], f2);
			for (k = 0; k < MATCH_NFEATURES; k++)
				ck_assert_double_eq_tol(f1[k], f2[k], 1e-12);
		}
		/* a sentence is the same as itself */
		ck_assert_int_eq(match_score(mt, ms[i], ms[i], NULL),
		    MATCH_SAME);
	}
	for (i = 0; i < n; i++)
		match_sentence_free(ms[i]);
}
END_TEST

/*
 * The subsequence feature against the plain table over the content terms,
 * on sentences drawn from a few words (so that terms repeat), of lengths
 * around 64 (the matcher keeps a bit per term up to 64).
 */
static const struct lcs_case {
	size_t	na, nb;
	unsigned seed;
} lcs_cases[] = {
	{ 0, 5, 1 }, { 1, 1, 2 }, { 5, 7, 3 }, { 12, 30, 4 }, { 30, 12, 5 },
	{ 63, 64, 6 }, { 64, 64, 7 }, { 64, 65, 8 }, { 65, 64, 9 },
	{ 70, 80, 10 }, { 40, 64, 11 }, { 64, 1, 12 },
};

static const char *const lcs_words[] = {
	"zorbal", "quintek", "mavrid", "feltspar", "orlund", "brisket",
	"calmora", "dunvex"
};

static char *
lcs_sentence(size_t n, unsigned *seed)
{
	char	*s;
	size_t	 i;

	s = calloc(n + 1, 10);
	ck_assert_ptr_nonnull(s);
	for (i = 0; i < n; i++) {
		*seed = *seed * 1103515245u + 12345u;
		strcat(s, lcs_words[(*seed >> 16) % PX_NITEMS(lcs_words)]);
		strcat(s, " ");
	}
	return s;
}

/* The content terms of s in order, into out; their count. */
static size_t
lcs_terms(const char *s, uint32_t *out)
{
	struct token	*t;
	long		 n, i;
	size_t		 k = 0;

	n = tokens_split(tk, s, strlen(s), &t, NULL);
	ck_assert_int_ge(n, 0);
	for (i = 0; i < n; i++)
		if (!(t[i].flags & (TOKEN_STOP | TOKEN_NEGATION)))
			out[k++] = t[i].term;
	free(t);
	return k;
}

START_TEST(test_lcs)
{
	const struct lcs_case	*c = &lcs_cases[_i];
	unsigned		 seed = c->seed;
	char			*sa = lcs_sentence(c->na, &seed);
	char			*sb = lcs_sentence(c->nb, &seed);
	uint32_t		 ta[100], tb[100];
	size_t			 na, nb, i, j, lcs, *row;
	size_t			 f;
	struct match_sentence	*a, *b;
	double			 fe[MATCH_NFEATURES], want;

	na = lcs_terms(sa, ta);
	nb = lcs_terms(sb, tb);
	ck_assert_uint_eq(na, c->na);
	ck_assert_uint_eq(nb, c->nb);
	row = calloc((na + 1) * (nb + 1), sizeof *row);
	ck_assert_ptr_nonnull(row);
	for (i = 1; i <= na; i++)
		for (j = 1; j <= nb; j++)
			row[i * (nb + 1) + j] = ta[i - 1] == tb[j - 1] ?
			    row[(i - 1) * (nb + 1) + j - 1] + 1 :
			    row[(i - 1) * (nb + 1) + j] >
			    row[i * (nb + 1) + j - 1] ?
			    row[(i - 1) * (nb + 1) + j] :
			    row[i * (nb + 1) + j - 1];
	lcs = row[na * (nb + 1) + nb];
	free(row);
	want = na + nb > 0 ? 2.0 * (double)lcs / (double)(na + nb) : 0;
	for (f = 0; f < MATCH_NFEATURES; f++)
		if (strcmp(match_feature_name(f), "lcs") == 0)
			break;
	ck_assert_uint_lt(f, MATCH_NFEATURES);
	a = match_prepare(mt, sa, strlen(sa), NULL, NULL, NULL);
	b = match_prepare(mt, sb, strlen(sb), NULL, NULL, NULL);
	ck_assert(a != NULL && b != NULL);
	match_features(mt, a, b, fe);
	ck_assert_msg(fabs(fe[f] - want) < 1e-12, "lcs %zu of %zu/%zu: %g",
	    lcs, na, nb, fe[f]);
	match_features(mt, b, a, fe);
	ck_assert(fabs(fe[f] - want) < 1e-12);
	match_sentence_free(a);
	match_sentence_free(b);
	free(sa);
	free(sb);
}
END_TEST

/*
 * The share of all terms (stop words too) against the sets counted here,
 * on sentences drawn from content words, stop words and a content word
 * whose stem is a stop word ("owned", "own"), of several lengths.
 */
static const char *const dice_words[] = {
	"zorbal", "quintek", "mavrid", "the", "of", "and", "own", "owned",
	"not", "with"
};

static size_t
dice_terms(const char *s, uint32_t *out)
{
	struct token	*t;
	long		 n, i;
	size_t		 k = 0, j;

	n = tokens_split(tk, s, strlen(s), &t, NULL);
	ck_assert_int_ge(n, 0);
	for (i = 0; i < n; i++) {
		for (j = 0; j < k && out[j] != t[i].term; j++)
			;
		if (j == k)
			out[k++] = t[i].term;
	}
	free(t);
	return k;
}

static const size_t dice_lengths[][2] = {
	{ 0, 3 }, { 1, 1 }, { 4, 9 }, { 20, 20 }, { 50, 60 }
};

START_TEST(test_all_dice)
{
	const size_t		*len = dice_lengths[_i];
	unsigned		 seed = (unsigned)_i + 100;
	char			 sa[800] = "", sb[800] = "";
	uint32_t		 ta[16], tb[16];
	size_t			 na, nb, i, j, common = 0, f;
	struct match_sentence	*a, *b;
	double			 fe[MATCH_NFEATURES], want;

	for (i = 0; i < len[0] + len[1]; i++) {
		seed = seed * 1103515245u + 12345u;
		strcat(i < len[0] ? sa : sb,
		    dice_words[(seed >> 16) % PX_NITEMS(dice_words)]);
		strcat(i < len[0] ? sa : sb, " ");
	}
	na = dice_terms(sa, ta);
	nb = dice_terms(sb, tb);
	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++)
			common += ta[i] == tb[j];
	want = na + nb > 0 ? 2.0 * (double)common / (double)(na + nb) : 0;
	for (f = 0; f < MATCH_NFEATURES; f++)
		if (strcmp(match_feature_name(f), "all_dice") == 0)
			break;
	ck_assert_uint_lt(f, MATCH_NFEATURES);
	a = match_prepare(mt, sa, strlen(sa), NULL, NULL, NULL);
	b = match_prepare(mt, sb, strlen(sb), NULL, NULL, NULL);
	ck_assert(a != NULL && b != NULL);
	match_features(mt, a, b, fe);
	ck_assert_msg(fabs(fe[f] - want) < 1e-12, "%zu of %zu/%zu: %g",
	    common, na, nb, fe[f]);
	match_features(mt, a, a, fe);
	ck_assert(na == 0 || fabs(fe[f] - 1) < 1e-12);
	match_sentence_free(a);
	match_sentence_free(b);
}
END_TEST

START_TEST(test_empty)
{
	struct match_sentence	*a = prep(""), *b = prep(QUAKE);
	double			 score;

	ck_assert_int_eq(match_score(mt, a, b, &score), MATCH_NONE);
	ck_assert(score >= 0 && score <= 1);
	ck_assert_int_ne(match_score(mt, a, a, &score), MATCH_SAME);
	match_sentence_free(a);
	match_sentence_free(b);
	match_sentence_free(NULL);
	match_free(NULL);
}
END_TEST

START_TEST(test_model_file)
{
	char		 path[] = "/tmp/px-model.XXXXXX", *cause = NULL;
	FILE		*f;
	int		 fd;
	struct match_sentence	*a = prep(QUAKE);

	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "w");
	ck_assert_ptr_nonnull(f);
	/* a threshold nothing reaches: nothing is the same any more */
	fputs("# test\nthreshold same 1.5\nweight dice 0.1\n", f);
	fclose(f);
	ck_assert_int_eq(match_load_model(mt, path, &cause), 0);
	ck_assert_int_ne(match_score(mt, a, a, NULL), MATCH_SAME);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("weight no_such_feature 1\n", f);
	fclose(f);
	ck_assert_int_eq(match_load_model(mt, path, &cause), -1);
	ck_assert_ptr_nonnull(cause);
	free(cause);
	unlink(path);
	match_sentence_free(a);
}
END_TEST

Suite *
match_suite(void)
{
	Suite	*s = suite_create("match");
	TCase	*tc = tcase_create("match");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_pairs, 0, (int)PX_NITEMS(pair_cases));
	tcase_add_loop_test(tc, test_names_figures, 0,
	    (int)PX_NITEMS(names_cases));
	tcase_add_loop_test(tc, test_names_both, 0, PX_NITEMS(both_cases));
	tcase_add_test(tc, test_symmetric);
	tcase_add_loop_test(tc, test_lcs, 0, (int)PX_NITEMS(lcs_cases));
	tcase_add_loop_test(tc, test_all_dice, 0,
	    (int)PX_NITEMS(dice_lengths));
	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_model_file);
	suite_add_tcase(s, tc);
	return s;
}
