/*
 * fuzz-claims.c: libFuzzer target for claims_extract() and conflict_find()
 * on arbitrary text.
 *
 * The input is up to FUZZ_ARTICLES articles separated by form feeds, each
 * a title line then one sentence a line (the shape article_parse() hands
 * on: valid UTF-8, no line feed inside a sentence; an input that is not
 * UTF-8 is skipped).  Every claim must name one of its article's sentences
 * and evidence inside it, a count must not run backwards, and the
 * conflicts found across the articles must name only the claims given and
 * sentence pairs in order.  The default data tables are used
 * ($PARALLAX_DATADIR).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "px.h"
#include "claims.h"
#include "conflict.h"
#include "entities.h"

#define FUZZ_ARTICLES	3
#define FUZZ_SENTENCES	64	/* an article's, at most */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const struct entities *
fuzz_entities(void)
{
	static struct entities	*ent;
	static int		 tried;
	char			*cause = NULL;

	if (!tried) {
		tried = 1;
		if (entities_load(&ent, &cause) != 0) {
			free(cause);
			ent = NULL;
		}
	}
	return ent;
}

/* Split text into its lines in place: v[0] the title, the rest sentences. */
static size_t
fuzz_lines(char *text, char **v, size_t max)
{
	size_t	n = 0;
	char	*eol;

	while (n < max) {
		v[n++] = text;
		if ((eol = strchr(text, '\n')) == NULL)
			break;
		*eol = '\0';
		text = eol + 1;
	}
	return n;
}

static void
fuzz_check(const struct claim_list *cl, char *const *lines, size_t n)
{
	const struct claim	*c;
	size_t			 i;

	for (i = 0; i < cl->n; i++) {
		c = &cl->v[i];
		if (c->sentence >= n || c->kind >= CLAIM_NKINDS ||
		    c->start > c->end || c->end > strlen(lines[c->sentence]) ||
		    c->subject == NULL)
			abort();
		if (claim_kind_is_count(c->kind) && !(c->high >= c->value))
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct claim_list	*cl[FUZZ_ARTICLES] = { NULL };
	struct conflict_in	*in = NULL;
	struct conflict_set	*cs = NULL;
	struct claims_ctx	 ctx;
	char			*text, *part, *next, *cause = NULL;
	char			*lines[FUZZ_ARTICLES][FUZZ_SENTENCES + 1];
	size_t			 nlines[FUZZ_ARTICLES], na = 0, nin = 0, i, k;
	long			 id;

	if (memchr(data, '\0', size) != NULL ||
	    u8_check(data, size) != NULL || (text = malloc(size + 1)) == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';

	for (part = text; part != NULL && na < FUZZ_ARTICLES; part = next) {
		if ((next = strchr(part, '\f')) != NULL)
			*next++ = '\0';
		nlines[na] = fuzz_lines(part, lines[na], FUZZ_SENTENCES + 1);
		memset(&ctx, 0, sizeof ctx);
		ctx.title = lines[na][0];
		ctx.ent = fuzz_entities();
		if (claims_extract((const char *const *)lines[na] + 1,
		    nlines[na] - 1, &ctx, &cl[na], &cause) != 0) {
			if (cause == NULL)
				abort();
			free(cause);
			goto out;
		}
		fuzz_check(cl[na], lines[na] + 1, nlines[na] - 1);
		nin += cl[na]->n;
		na++;
	}

	/* claim ids count from 1 across the articles; one story */
	if (nin == 0 || (in = calloc(nin, sizeof *in)) == NULL)
		goto out;
	for (id = 0, k = 0; k < na; k++) {
		for (i = 0; i < cl[k]->n; i++, id++) {
			in[id].claim = id + 1;
			in[id].article = (long)k + 1;
			in[id].story = 1;
			in[id].sentence = (long)(k * FUZZ_SENTENCES +
			    cl[k]->v[i].sentence) + 1;
			in[id].c = &cl[k]->v[i];
		}
	}
	if (conflict_find(in, nin, 0, &cs, &cause) != 0) {
		if (cause == NULL)
			abort();
		free(cause);
		goto out;
	}
	for (i = 0; i < cs->n; i++)
		for (k = 0; k < cs->v[i].nclaims; k++)
			if (cs->v[i].claims[k] < 1 ||
			    cs->v[i].claims[k] > (long)nin)
				abort();
	for (i = 0; i < cs->npairs; i++)
		if (cs->pairs[i].a >= cs->pairs[i].b ||
		    cs->pairs[i].claim_a < 1 ||
		    cs->pairs[i].claim_a > (long)nin ||
		    cs->pairs[i].claim_b < 1 ||
		    cs->pairs[i].claim_b > (long)nin)
			abort();
out:
	conflict_free(cs);
	free(in);
	for (k = 0; k < na; k++)
		claims_free(cl[k]);
	free(text);
	return 0;
}
