/*
 * review-driver.c: a helper for the review shell tests (concurrency.sh,
 * kill.sh, report.sh), linked to the engine:
 *
 *   review-driver fixture DB
 *	create DB holding one small invented story with pairs, claims and
 *	conflicts (what the alignment engine will fill) and an older story
 *	of one article, and print
 *	"story S pairs FIRST LAST claims FIRST LAST conflicts FIRST LAST"
 *   review-driver write DB EDITOR N FIRST LAST
 *	add N verdicts on pairs FIRST..LAST, one transaction each, printing
 *	each verdict's id (flushed) once it is committed
 *   review-driver integrity DB
 *	print the result of PRAGMA integrity_check ("ok")
 *
 * Exit status 0, or 1 with a message on stderr.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "px.h"
#include "store.h"

#define NSENT	10

static const char *const outlets[] = {
	"North Wire", "South & Post", "East <Herald>", "West Courier"
};

static const char *const sentences[NSENT] = {
	"Heavy rain flooded the lower town on Monday.",
	"The river rose two metres overnight, officials said.",
	"Schools were closed across the district.",
	"Rescue teams reached the valley by boat.",
	"The regional governor visited the shelters.",
	"Power was cut to several villages.",
	"Volunteers handed out water and blankets.",
	"Forecasters expect more rain this week.",
	"Talks on the dam repairs will be held in the capital.",
	"The storm killed people in the valley, officials said."
};

static int
fail(const char *what, char *cause)
{
	fprintf(stderr, "review-driver: %s: %s\n", what,
	    cause != NULL ? cause : "failed");
	free(cause);
	return 1;
}

static int
add_article(struct store *st, int k, int64_t story, int64_t *ids)
{
	struct article		 a;
	struct article_sentence	 s[NSENT];
	struct store_sentence	*ss;
	char			*raw, *p, hash[65], *cause = NULL;
	size_t			 len = 0, n, i;
	int64_t			 id;

	for (i = 0; i < NSENT; i++)
		len += strlen(sentences[i]) + 1;
	if ((raw = malloc(len + 64)) == NULL)
		return fail("fixture", NULL);
	p = raw + snprintf(raw, 64, "Article %d\n", k);
	memset(&a, 0, sizeof a);
	memset(s, 0, sizeof s);
	for (i = 0; i < NSENT; i++) {
		s[i].text = (char *)sentences[i];
		s[i].start = (size_t)(p - raw);
		memcpy(p, sentences[i], strlen(sentences[i]));
		p += strlen(sentences[i]);
		s[i].end = (size_t)(p - raw);
		*p++ = '\n';
	}
	*p = '\0';
	a.title = (char *)(k == 0 ? "Flood *closes* schools | day 1" :
	    k == 3 ? "Earlier: rain warning" : "Flood: rescue teams <arrive>");
	a.date = (char *)(k == 0 ? "2026-03-01" : k == 3 ? "2026-02-01" :
	    "2026-03-02");
	a.outlet = (char *)outlets[k];
	a.sentences = s;
	a.nsentences = NSENT;
	util_sha256_hex(raw, strlen(raw), hash);
	if (store_article_add(st, &a, NULL, raw, strlen(raw), hash, &id,
	    &cause) != 0) {
		free(raw);
		return fail("article", cause);
	}
	free(raw);
	if (store_article_set_story(st, id, story, &cause) != 0 ||
	    store_sentences(st, id, &ss, &n, &cause) != 0)
		return fail("article", cause);
	for (i = 0; i < n && i < NSENT; i++)
		ids[i] = ss[i].id;
	store_sentences_free(ss, n);
	return 0;
}

static int
add_claim(struct store *st, int64_t sentence, const char *kind, double num,
    const char *text, const char *source, int64_t *id)
{
	struct store_claim	c;
	char			*cause = NULL;

	memset(&c, 0, sizeof c);
	c.sentence = sentence;
	c.kind = (char *)kind;
	c.subject = (char *)(text == NULL ? "people in the valley" :
	    "dam repair talks");
	c.has_num = text == NULL;
	c.value_num = num;
	c.value_text = (char *)text;
	c.approx = num == 40;
	c.source = (char *)source;
	if (store_claim_add(st, &c, id, &cause) != 0)
		return fail("claim", cause);
	return 0;
}

static int
fixture(const char *path)
{
	struct store		*st;
	struct store_story	 s;
	struct store_conflict	 c;
	int64_t			 story, story2, sent[4][NSENT], cl[5];
	int64_t			 p, p0 = 0, k0, k1;
	char			*cause = NULL;
	int			 k, i;

	if (store_open(path, STORE_CREATE, &st, &cause) != 0)
		return fail(path, cause);
	if (store_begin(st, &cause) != 0)
		return fail(path, cause);
	memset(&s, 0, sizeof s);
	s.title = (char *)"Floods in the valley & \"the dam\"";
	s.first_date = (char *)"2026-03-01";
	s.last_date = (char *)"2026-03-02";
	if (store_story_put(st, &s, &story, &cause) != 0)
		return fail("story", cause);
	for (k = 0; k < 3; k++) {
		if (add_article(st, k, story, sent[k]) != 0)
			return 1;
	}
	/* Ten pairs between the first two articles, ten with the third. */
	for (k = 1; k < 3; k++) {
		for (i = 0; i < NSENT; i++) {
			if (store_pair_put(st, sent[0][i], sent[k][i],
			    i >= 8 ? STORE_CONFLICT : STORE_SAME,
			    0.5 + i / 20.0, &p, &cause) != 0)
				return fail("pair", cause);
			if (p0 == 0)
				p0 = p;
		}
	}
	if (add_claim(st, sent[0][9], "killed", 12, NULL, "officials",
	    &cl[0]) != 0 ||
	    add_claim(st, sent[1][9], "killed", 40, NULL, "a charity",
	    &cl[1]) != 0 ||
	    add_claim(st, sent[2][9], "killed", 2500, NULL,
	    "an unnamed <source>", &cl[2]) != 0 ||
	    add_claim(st, sent[0][8], "venue", 0, "the capital", "the ministry",
	    &cl[3]) != 0 ||
	    add_claim(st, sent[1][8], "venue", 0, "Lakeside", "the mayor",
	    &cl[4]) != 0)
		return 1;
	memset(&c, 0, sizeof c);
	c.story = story;
	c.kind = (char *)"killed";
	c.subject = (char *)"people in the valley";
	c.reason = (char *)"Three figures for the same toll.";
	c.claims = cl;
	c.nclaims = 3;
	if (store_conflict_add(st, &c, &k0, &cause) != 0)
		return fail("conflict", cause);
	c.kind = (char *)"venue";
	c.subject = (char *)"dam repair talks";
	c.reason = NULL;
	c.claims = cl + 3;
	c.nclaims = 2;
	if (store_conflict_add(st, &c, &k1, &cause) != 0)
		return fail("conflict", cause);
	s.title = (char *)"Rain warning";
	s.first_date = s.last_date = (char *)"2026-02-01";
	if (store_story_put(st, &s, &story2, &cause) != 0)
		return fail("story", cause);
	if (add_article(st, 3, story2, sent[3]) != 0)
		return 1;
	if (store_commit(st, &cause) != 0)
		return fail(path, cause);
	store_close(st);
	printf("story %lld pairs %lld %lld claims %lld %lld conflicts %lld "
	    "%lld\n", (long long)story, (long long)p0, (long long)p,
	    (long long)cl[0], (long long)cl[4], (long long)k0, (long long)k1);
	return 0;
}

static int
write_verdicts(const char *path, const char *editor, long n, long first,
    long last)
{
	static const char *const v[] = {
		"confirmed", "disputed", "needs-check", "cleared"
	};
	struct store		*st;
	struct store_verdict	*latest = NULL;
	char			*cause = NULL, note[64];
	int64_t			 id;
	long			 i;

	if (store_open(path, 0, &st, &cause) != 0)
		return fail(path, cause);
	for (i = 0; i < n; i++) {
		snprintf(note, sizeof note, "%s-%ld", editor, i);
		if (store_review_add(st, STORE_TARGET_PAIR,
		    first + i % (last - first + 1), STORE_REVIEW_ANY, v[i % 4],
		    note, editor, &id, &latest, &cause) != 0)
			return fail("verdict", cause);
		printf("%lld\n", (long long)id);
		fflush(stdout);
	}
	store_close(st);
	return 0;
}

static int
integrity(const char *path)
{
	struct store	*st;
	char		*cause = NULL, *result;

	if (store_open(path, STORE_READONLY, &st, &cause) != 0)
		return fail(path, cause);
	if (store_review_integrity(st, &result, &cause) != 0)
		return fail(path, cause);
	printf("%s\n", result);
	free(result);
	store_close(st);
	return 0;
}

int
main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "fixture") == 0)
		return fixture(argv[2]);
	if (argc == 7 && strcmp(argv[1], "write") == 0)
		return write_verdicts(argv[2], argv[3], atol(argv[4]),
		    atol(argv[5]), atol(argv[6]));
	if (argc == 3 && strcmp(argv[1], "integrity") == 0)
		return integrity(argv[2]);
	fprintf(stderr, "usage: review-driver fixture|write|integrity "
	    "DB ...\n");
	return 2;
}
