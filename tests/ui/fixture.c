/*
 * fixture.c: build a reader test database through the store API alone, so
 * that the tmux tests do not depend on the parser or the alignment engine.
 *
 *	fixture DB SPEC
 *
 * SPEC has one record per line, fields separated by '|', '#' comments:
 *	article|FILE|OUTLET|DATE	OUTLET "-": none; FILE (relative to
 *					SPEC's directory)
 *					holds the title on its first line and
 *					one sentence per following line; the
 *					raw bytes are stored as the original
 *	pair|A|I|B|J|same|similar|conflict
 *	claim|A|I|KIND|SUBJECT|VALUE|APPROX|SOURCE	("-": none)
 *	story|TITLE|FIRST|LAST|A...	articles, from 1
 *	conflict|S|KIND|SUBJECT|C...	story S (from 1), claims from 1
 * A and B are article numbers from 1 in the order given, I and J sentence
 * indices (0 is the title).  Exits 0, or 1 with a message.
 */
#include <config.h>

#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "px.h"
#include "store.h"

#define MAX_ARTICLES	4096
#define MAX_CLAIMS	256
#define MAX_FIELDS	32

static struct store	*st;
static int64_t		 art_ids[MAX_ARTICLES];
static size_t		 nart;
static int64_t		 claim_ids[MAX_CLAIMS];
static size_t		 nclaim;
static int64_t		 story_ids[MAX_ARTICLES];
static size_t		 nstory;

static void
die(const char *what, const char *cause)
{
	fprintf(stderr, "fixture: %s: %s\n", what, cause != NULL ? cause : "");
	exit(1);
}

static int64_t
sentence_id(size_t a, size_t idx)
{
	struct store_sentence	*s;
	size_t			 n;
	int64_t			 id;
	char			*cause = NULL;

	if (a < 1 || a > nart)
		die("no such article", NULL);
	if (store_sentences(st, art_ids[a - 1], &s, &n, &cause) != 0)
		die("sentences", cause);
	if (idx >= n)
		die("no such sentence", NULL);
	id = s[idx].id;
	store_sentences_free(s, n);
	return id;
}

static void
add_article(const char *dir, char **f)
{
	struct article		 a;
	struct article_sentence	 sent[256];
	char			*path, *raw, *cause = NULL, hash[65];
	size_t			 len, b, e, n = 0;

	if ((path = util_printf("%s/%s", dir, f[1])) == NULL)
		die("memory", NULL);
	if (util_read_file(path, 1 << 20, &raw, &len, &cause) != 0)
		die(path, cause);
	memset(&a, 0, sizeof a);
	a.outlet = strcmp(f[2], "-") == 0 ? NULL : f[2];
	a.date = f[3];
	for (b = 0; b < len && n < PX_NITEMS(sent); b = e + 1) {
		e = b;
		while (e < len && raw[e] != '\n')
			e++;
		if (e == b)
			continue;
		sent[n].text = util_strndup(raw + b, e - b);
		sent[n].start = b;
		sent[n].end = e;
		sent[n].is_title = n == 0;
		n++;
	}
	a.title = n > 0 ? sent[0].text : NULL;
	a.sentences = sent;
	a.nsentences = n;
	util_sha256_hex(raw, len, hash);
	if (store_article_add(st, &a, path, raw, len, hash,
	    &art_ids[nart], &cause) != 0)
		die(path, cause);
	nart++;
	while (n > 0)
		free(sent[--n].text);
	free(raw);
	free(path);
}

static void
record(const char *dir, char **f, int nf)
{
	struct store_claim	 c;
	struct store_conflict	 cf;
	struct store_story	 s;
	enum store_relation	 rel;
	int64_t			 id, ids[MAX_FIELDS];
	char			*cause = NULL, *end;
	int			 i;

	if (strcmp(f[0], "article") == 0 && nf == 4 && nart < MAX_ARTICLES)
		add_article(dir, f);
	else if (strcmp(f[0], "pair") == 0 && nf == 6) {
		if (store_relation_parse(f[5], &rel) != 0)
			die("relation", f[5]);
		if (store_pair_put(st, sentence_id(strtoul(f[1], NULL, 10),
		    strtoul(f[2], NULL, 10)), sentence_id(strtoul(f[3], NULL,
		    10), strtoul(f[4], NULL, 10)), rel, 0.9, &id, &cause) != 0)
			die("pair", cause);
	} else if (strcmp(f[0], "claim") == 0 && nf == 8 &&
	    nclaim < MAX_CLAIMS) {
		memset(&c, 0, sizeof c);
		c.sentence = sentence_id(strtoul(f[1], NULL, 10),
		    strtoul(f[2], NULL, 10));
		c.kind = f[3];
		c.subject = strcmp(f[4], "-") == 0 ? NULL : f[4];
		c.value_num = strtod(f[5], &end);
		if (*end == '\0')
			c.has_num = 1;
		else
			c.value_text = f[5];
		c.approx = strcmp(f[6], "1") == 0;
		c.source = strcmp(f[7], "-") == 0 ? NULL : f[7];
		if (store_claim_add(st, &c, &claim_ids[nclaim++], &cause) != 0)
			die("claim", cause);
	} else if (strcmp(f[0], "conflict") == 0 && nf >= 5) {
		memset(&cf, 0, sizeof cf);
		i = atoi(f[1]);
		cf.story = i >= 1 && (size_t)i <= nstory ? story_ids[i - 1] : 0;
		cf.kind = f[2];
		cf.subject = strcmp(f[3], "-") == 0 ? NULL : f[3];
		for (i = 4; i < nf; i++)
			ids[i - 4] = claim_ids[strtoul(f[i], NULL, 10) - 1];
		cf.claims = ids;
		cf.nclaims = (size_t)(nf - 4);
		if (store_conflict_add(st, &cf, &id, &cause) != 0)
			die("conflict", cause);
	} else if (strcmp(f[0], "story") == 0 && nf >= 5) {
		memset(&s, 0, sizeof s);
		s.title = f[1];
		s.first_date = f[2];
		s.last_date = f[3];
		if (store_story_put(st, &s, &id, &cause) != 0)
			die("story", cause);
		if (nstory < MAX_ARTICLES)
			story_ids[nstory++] = id;
		for (i = 4; i < nf; i++) {
			if (store_article_set_story(st,
			    art_ids[strtoul(f[i], NULL, 10) - 1], id,
			    &cause) != 0)
				die("story", cause);
		}
	} else
		die("bad record", f[0]);
}

int
main(int argc, char **argv)
{
	char	*buf, *line, *next, *cause = NULL, *f[MAX_FIELDS], *dir, *p;
	size_t	 len;
	int	 nf;

	if (argc != 3) {
		fprintf(stderr, "usage: fixture DB SPEC\n");
		return 2;
	}
	if (store_open(argv[1], STORE_CREATE, &st, &cause) != 0)
		die(argv[1], cause);
	if (util_read_file(argv[2], 1 << 20, &buf, &len, &cause) != 0)
		die(argv[2], cause);
	if ((p = util_strdup(argv[2])) == NULL)
		die("memory", NULL);
	dir = dirname(p);
	if (store_begin(st, &cause) != 0)
		die("begin", cause);
	for (line = buf; line != NULL && *line != '\0'; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (*line == '#' || *line == '\0')
			continue;
		for (nf = 0; nf < MAX_FIELDS && line != NULL; nf++)
			f[nf] = strsep(&line, "|");
		record(dir, f, nf);
	}
	if (store_commit(st, &cause) != 0)
		die("commit", cause);
	store_close(st);
	free(buf);
	free(p);
	return 0;
}
