/*
 * rows.h: the rows of a side-by-side comparison, from sentence links.
 *
 * Pane 0 is the pivot.  For every other pane the links between its
 * sentences and pane 0's are reduced to the longest chain that keeps both
 * reading orders (crossing links cannot share a row), each chain link
 * becomes a row holding both sentences, and the sentences in between that
 * have no partner get rows of their own, with nothing (-1) in the other
 * panes: the filler rows.  With three panes, sentences of panes 1 and 2
 * that fall in the same gap and are linked to each other (from = 1) share
 * a row; the other unpartnered ones of a gap share rows pairwise so that
 * the comparison stays compact.
 * Every sentence of every pane appears in exactly one row, in order.
 *
 * On a conflicting row only the claim values that disagree are
 * highlighted (rows_claim_spans()), not every word that differs.
 *
 * No curses here: tests link it without a terminal.
 */
#ifndef PX_ROWS_H
#define PX_ROWS_H

#include <stddef.h>

#define ROWS_PANES	3

struct rows_link {
	size_t	 pane;		/* 1 .. npanes - 1 */
	size_t	 a;		/* sentence index in pane `from` */
	size_t	 b;		/* sentence index in pane `pane` */
	int	 rel;		/* caller's relation code, >= 0 */
	size_t	 from;		/* 0, or 1 for a link from pane 1 to 2 */
};

struct rows_row {
	long	 s[ROWS_PANES];		/* sentence, -1: filler */
	int	 rel[ROWS_PANES];	/* relation to the row's first */
};					/* sentence (pane 0 or 1), -1 */

/*
 * Align npanes (2 or 3) panes of nsent[] sentences.  *out is a new array of
 * *nout rows (free()).  Links out of range are ignored.  -1: no memory.
 */
int rows_align(size_t npanes, const size_t *nsent,
    const struct rows_link *links, size_t nlinks, struct rows_row **out,
    size_t *nout);

/*
 * For links whose rel is a store relation (enum store_relation): the
 * strongest relation of a row across panes 1 .. npanes - 1 (a conflict,
 * then the same fact, then similar), or -1 for a row of one sentence; and
 * the screen role (enum role of cells.h) that shows a relation.
 */
int rows_strongest(const struct rows_row *r, size_t npanes);

struct store_pair;
struct store_sentence;

/*
 * The links of the store's pairs between the sentences shown in pane
 * `from` (fs, nf) and pane `to` (ts, tn), in either order; pairs whose
 * sentences are not both shown are skipped.  links has room for np; the
 * count written is returned.
 */
size_t rows_links(const struct store_pair *p, size_t np,
    const struct store_sentence *fs, size_t nf,
    const struct store_sentence *ts, size_t tn, size_t from, size_t to,
    struct rows_link *links);
int rows_role(int rel);

struct store_claim;
struct diff_span;

/*
 * What a conflicting row highlights in one of its sentences (text, with
 * its differing words d, nd from diff_words() against the other
 * sentence): the values of its claims (mine) that disagree with a claim of
 * the same kind and subject in the other sentence (theirs): a place or a
 * name where it occurs in the text, a figure as its differing word (all
 * differing figures when none reads as the value).  Without such claims,
 * the differing figures.  *out (free(); NULL when empty) is sorted, the
 * spans do not overlap.  -1 when memory runs out.
 */
int rows_claim_spans(const char *text, const struct store_claim *mine,
    size_t nmine, const struct store_claim *theirs, size_t ntheirs,
    const struct diff_span *d, size_t nd, struct diff_span **out,
    size_t *nout);

#endif
