/*
 * diff.h: the words that differ between two sentences.
 *
 * diff_words() splits both sentences into words (runs of letters and
 * digits; a figure keeps its inner separators: "2,870", "1.4"), matches
 * them by a longest common subsequence on case-folded words, and reports
 * the words of each side that have no partner, with a class so that a
 * reader can show figures and names most visibly.
 */
#ifndef PX_DIFF_H
#define PX_DIFF_H

#include <stddef.h>

enum diff_class {
	DIFF_WORD = 0,		/* any other word */
	DIFF_NUMBER,		/* a figure or a number word */
	DIFF_NAME		/* a capitalised word inside the sentence */
};

struct diff_span {
	size_t		 start, end;	/* bytes in its sentence */
	enum diff_class	 cls;
};

/*
 * The differing words of a (into *da, *na) and of b (*db, *nb).  Arrays
 * are new (NULL when empty) and freed with free().  Returns -1 only when
 * memory runs out.  Sentences longer than DIFF_MAX_WORDS words are compared
 * on their first DIFF_MAX_WORDS words; the rest counts as differing.
 */
#define DIFF_MAX_WORDS	400
int diff_words(const char *a, const char *b, struct diff_span **da,
    size_t *na, struct diff_span **db, size_t *nb);

#endif
