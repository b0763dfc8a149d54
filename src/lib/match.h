/*
 * match.h: do two sentences report the same fact?
 *
 * A sentence is prepared once (tokenised, its content words weighted by how
 * informative they are) and then scored against many others without any
 * allocation.  The weight of a word is its inverse document frequency, taken
 * from a callback so that the engine can use the database's frequencies and
 * `parallax match` the frequencies over its own input; without a callback
 * every content word weighs 1.
 *
 * Scoring computes a few features (weighted overlap both ways, bigrams,
 * longest common subsequence, figures and negations that disagree, names
 * missing from one side, lengths) and combines them with a logistic model
 * read from the data file "match-model" (defaults compiled in).  The score
 * is a probability in [0,1] and symmetric; the relation is
 *   MATCH_SAME     the same fact (verbatim, near-verbatim or paraphrase);
 *                  never when the two give different figures, one
 *                  negates the other, or both name several people or
 *                  places and share none of those names;
 *   MATCH_SIMILAR  partial overlap: one contains much of the other, the
 *                  two share a few informative words, or the score is
 *                  above the lower threshold;
 *   MATCH_NONE     otherwise.
 */
#ifndef PX_MATCH_H
#define PX_MATCH_H

#include <stddef.h>

#include "tokens.h"

enum match_relation {
	MATCH_NONE,
	MATCH_SIMILAR,
	MATCH_SAME
};

#define MATCH_NFEATURES 15

/* The weight of a term by its id in the matcher's vocabulary (its text,
 * if needed, is tokens_term()). */
typedef double (*match_idf_fn)(void *arg, uint32_t id);

struct match;
struct match_sentence;

/*
 * A matcher over the vocabulary tk (borrowed: it must outlive the matcher).
 * With load set, the model is read from the data files "match-model"
 * (system, then the user's, later values winning); otherwise, or when there
 * is no such file, the compiled-in defaults are used.  match_free().
 */
struct match	*match_new(struct tokens *tk, int load, char **cause);
void		 match_free(struct match *);

/* Read model values from a file: lines "weight NAME VALUE", "bias VALUE",
 * "threshold same|similar|contain|overlap|common VALUE", '#' comments. */
int	match_load_model(struct match *, const char *path, char **cause);

/*
 * Prepare a sentence: from text, or from tokens made by tokens_split() on
 * the matcher's vocabulary.  idf may be NULL.  Returns NULL and sets *cause
 * when memory runs out.  match_sentence_free().
 */
struct match_sentence	*match_prepare(struct match *, const char *s,
			    size_t len, match_idf_fn idf, void *arg,
			    char **cause);
struct match_sentence	*match_prepare_tokens(struct match *,
			    const struct token *t, size_t n, match_idf_fn idf,
			    void *arg, char **cause);
void			 match_sentence_free(struct match_sentence *);
/* Weigh a prepared sentence's terms again (the IDF changed). */
void			 match_sentence_weigh(struct match *,
			    struct match_sentence *, match_idf_fn idf,
			    void *arg);

/* The feature vector of a pair (for tuning); names by match_feature_name. */
void		 match_features(struct match *, const struct match_sentence *,
		    const struct match_sentence *, double f[MATCH_NFEATURES]);
const char	*match_feature_name(size_t i);

/* What match_compare() finds about a pair. */
struct match_result {
	enum match_relation	relation;
	double			score;		/* [0, 1] */
	size_t			names_a;	/* names (people, places) in a */
	size_t			names_b;	/* and in b */
	size_t			names_shared;	/* names found on both sides */
	size_t			names_both;	/* of them, names on both sides
						   (not a word one side only
						   capitalises) */
	size_t			names_only_a;	/* names of a that b lacks */
	size_t			names_only_b;	/* and of b that a lacks */
	int			figures_differ;	/* each has a figure (or a
						   day, a month) the other
						   lacks */
	size_t			common;		/* content words matched */
};

/*
 * The relation of a pair, its score and the names (people, places) on
 * each side and on both.
 */
void	match_compare(struct match *, const struct match_sentence *,
	    const struct match_sentence *, struct match_result *);

/*
 * match_compare() writes into scratch space of the matcher's own; a
 * thread that compares prepared sentences while another one does gets a
 * struct match_scratch of its own, fitted (match_scratch_fit()) after the
 * last sentence was prepared, and calls match_compare_with(), which only
 * reads the matcher and the sentences.  match_scratch_free() accepts
 * NULL.
 */
struct match_scratch;

struct match_scratch	*match_scratch_new(void);
int			 match_scratch_fit(const struct match *,
			    struct match_scratch *);
void			 match_scratch_free(struct match_scratch *);
void			 match_compare_with(const struct match *,
			    struct match_scratch *, const struct match_sentence *,
			    const struct match_sentence *, struct match_result *);

/* The relation of a pair and its score in [0,1] (score may be NULL). */
enum match_relation	 match_score(struct match *,
			    const struct match_sentence *,
			    const struct match_sentence *, double *score);
/* "same", "similar" or "none". */
const char		*match_relation_name(enum match_relation);

#endif
