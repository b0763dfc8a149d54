/*
 * cmd-match.c: `parallax match` scores sentence pairs read from standard
 * input, one "sentence<TAB>sentence" a line, and prints one
 * "relation<TAB>score" line per input line, in order (score with three
 * decimals, whatever the locale).  A line without a tab gives
 * "none<TAB>0.000" and a warning naming the line.
 *
 * All input is read and tokenised first: the document frequencies of the
 * terms over all its sentences are the IDF source of the scoring.  The
 * hidden option --features prints the feature vector of each pair instead
 * (a header line starting with '#', then one tab-separated row per line),
 * for tools/msrp-cv.
 */
#include "cli.h"
#include "match.h"
#include "tokens.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pair {
	struct token	*ta, *tb;
	long		 na, nb;
	int		 bad;
};

struct df {
	struct tokens	*tk;
	uint32_t	*df;
	uint32_t	 nterms;
	double		 ndocs;
};

static double
df_idf(void *arg, uint32_t id)
{
	struct df	*d = arg;
	double		 n = 0;

	if (id < d->nterms)
		n = d->df[id];
	return log((d->ndocs + 1) / (n + 0.5));
}

/* Count each term once per sentence; seen[] holds the last sentence. */
static void
df_count(struct df *d, uint32_t *seen, uint32_t doc, const struct token *t,
    long n)
{
	long	i;

	for (i = 0; i < n; i++) {
		if (t[i].term >= d->nterms || seen[t[i].term] == doc)
			continue;
		seen[t[i].term] = doc;
		d->df[t[i].term]++;
	}
	d->ndocs++;
}

static void
print_score(enum match_relation r, double score)
{
	long	milli = lround(score * 1000);

	printf("%s\t%ld.%03ld\n", match_relation_name(r), milli / 1000,
	    milli % 1000);
}

static int
split_pair(struct tokens *tk, char *line, size_t len, struct pair *p,
    char **cause)
{
	char	*tab = memchr(line, '\t', len);

	if (tab == NULL) {
		p->bad = 1;
		return 0;
	}
	if ((p->na = tokens_split(tk, line, (size_t)(tab - line), &p->ta,
	    cause)) < 0)
		return -1;
	if ((p->nb = tokens_split(tk, tab + 1, len - (size_t)(tab - line) - 1,
	    &p->tb, cause)) < 0)
		return -1;
	return 0;
}

int
cmd_match(struct cli *cli, int argc, char **argv)
{
	struct tokens		*tk = NULL;
	struct match		*mt = NULL;
	struct match_sentence	*a, *b;
	struct pair		*pairs = NULL, *np;
	struct df		 d;
	uint32_t		*seen = NULL, doc = 0;
	char			*data = NULL, *line, *nl, *cause = NULL;
	size_t			 len, n = 0, cap = 0, i, llen, k;
	double			 f[MATCH_NFEATURES], score;
	enum match_relation	 r;
	int			 features = 0, rc = CLI_EXIT_FAIL;

	(void)cli;
	for (i = 1; i < (size_t)argc; i++) {
		if (strcmp(argv[i], "--features") == 0)
			features = 1;
		else if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0) {
			fputs(_("Usage: parallax match < PAIRS\n"
			    "Read \"sentence<TAB>sentence\" lines and print "
			    "\"relation<TAB>score\" for each:\n"
			    "relation is same, similar or none, the score is "
			    "in [0,1].\n"), stdout);
			return CLI_EXIT_OK;
		} else
			return cli_usage(_("match: unknown argument '%s'"),
			    argv[i]);
	}
	setlocale(LC_NUMERIC, "C");
	memset(&d, 0, sizeof d);

	if ((tk = tokens_new("english", 1, &cause)) == NULL ||
	    (mt = match_new(tk, 1, &cause)) == NULL)
		goto fail;
	if (util_read_file("-", (size_t)1 << 31, &data, &len, &cause) != 0)
		goto fail;
	for (line = data; line < data + len; line = nl) {
		if ((nl = memchr(line, '\n', (size_t)(data + len - line))) ==
		    NULL)
			nl = data + len;
		llen = (size_t)(nl - line);
		if (nl < data + len)
			nl++;
		if (llen > 0 && line[llen - 1] == '\r')
			llen--;
		if (n == cap) {
			cap = cap == 0 ? 1024 : cap * 2;
			if ((np = util_reallocarray(pairs, cap,
			    sizeof *np)) == NULL)
				goto nomem;
			pairs = np;
		}
		memset(&pairs[n], 0, sizeof pairs[n]);
		if (split_pair(tk, line, llen, &pairs[n], &cause) != 0) {
			n++;
			goto fail;
		}
		n++;
	}

	d.tk = tk;
	d.nterms = tokens_count(tk);
	if ((d.df = calloc(d.nterms + 1, sizeof *d.df)) == NULL ||
	    (seen = calloc(d.nterms + 1, sizeof *seen)) == NULL)
		goto nomem;
	for (i = 0; i < n; i++) {
		if (pairs[i].bad)
			continue;
		df_count(&d, seen, ++doc, pairs[i].ta, pairs[i].na);
		df_count(&d, seen, ++doc, pairs[i].tb, pairs[i].nb);
	}

	if (features) {
		putchar('#');
		for (k = 0; k < MATCH_NFEATURES; k++)
			printf("%s%s", k ? "\t" : "", match_feature_name(k));
		putchar('\n');
	}
	for (i = 0; i < n; i++) {
		if (pairs[i].bad) {
			cli_warn(_("line %zu: no tab between the sentences"),
			    i + 1);
			if (features) {
				for (k = 0; k < MATCH_NFEATURES; k++)
					printf("%s0", k ? "\t" : "");
				putchar('\n');
			} else
				print_score(MATCH_NONE, 0);
			continue;
		}
		a = match_prepare_tokens(mt, pairs[i].ta, (size_t)pairs[i].na,
		    df_idf, &d, &cause);
		b = match_prepare_tokens(mt, pairs[i].tb, (size_t)pairs[i].nb,
		    df_idf, &d, &cause);
		if (a == NULL || b == NULL) {
			match_sentence_free(a);
			match_sentence_free(b);
			goto fail;
		}
		if (features) {
			match_features(mt, a, b, f);
			for (k = 0; k < MATCH_NFEATURES; k++)
				printf("%s%.6f", k ? "\t" : "", f[k]);
			putchar('\n');
		} else {
			r = match_score(mt, a, b, &score);
			print_score(r, score);
		}
		match_sentence_free(a);
		match_sentence_free(b);
	}
	rc = CLI_EXIT_OK;
	goto out;
nomem:
	cause = util_strdup(_("out of memory"));
fail:
	rc = cli_error("match: %s", cause != NULL ? cause : "?");
	free(cause);
out:
	for (i = 0; i < n; i++) {
		free(pairs[i].ta);
		free(pairs[i].tb);
	}
	free(pairs);
	free(seen);
	free(d.df);
	free(data);
	match_free(mt);
	tokens_free(tk);
	return rc;
}
