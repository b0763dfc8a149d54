/*
 * tokmemo.h: a bounded memory of sentences' tokens, by sentence id.
 *
 * The alignment engine reads a candidate sentence's tokens from the store
 * (a row lookup and a decoding that interns every word again) each time
 * the candidate is not among the sentences it keeps prepared.  A memo
 * keeps the tokens of many more sentences, packed (8 bytes a token, 16
 * more for a figure), so that a sentence met again in the same process
 * costs a hash lookup and a copy.  It forgets the oldest half of what it
 * holds when it reaches its byte budget; forgetting is never an error.
 *
 * What a get returns equals what was put, as tokens_encode() then
 * tokens_decode() would give it back: term, the low 8 bits of flags, the
 * low 16 bits of nflags, value and high of a TOKEN_NUMBER token (0 for
 * others); start and end are 0.  So a sentence read from the memo is
 * prepared and scored exactly as one read from the store.
 */
#ifndef PX_TOKMEMO_H
#define PX_TOKMEMO_H

#include <stddef.h>
#include <stdint.h>

#include "tokens.h"

struct tokmemo;

/* A memo holding at most about budget bytes; NULL when out of memory. */
struct tokmemo	*tokmemo_new(size_t budget);

/*
 * Remember sentence id (> 0) of article, with its n tokens.  An id already
 * held is left as it is.  Returns 0, or -1 when it was not kept (out of
 * memory, or larger than half the budget): the memo is unchanged then.
 */
int		 tokmemo_put(struct tokmemo *m, int64_t id, int64_t article,
		    const struct token *t, size_t n);

/*
 * The tokens of sentence id: *out a new array of the count returned (the
 * caller frees it; NULL for a sentence of no tokens) and *article.  -1
 * when the memo does not hold id or memory runs out (*out NULL then).
 */
long		 tokmemo_get(const struct tokmemo *m, int64_t id,
		    int64_t *article, struct token **out);

/* Forget everything (the budget stays). */
void		 tokmemo_clear(struct tokmemo *m);

/* Sentences held, and bytes allocated for them, for tests and statistics. */
size_t		 tokmemo_count(const struct tokmemo *m);
size_t		 tokmemo_bytes(const struct tokmemo *m);

/* NULL is fine. */
void		 tokmemo_free(struct tokmemo *m);

#endif
