/*
 * article-int.h: what the article*.c files share and nobody else sees.
 *
 * struct parse is one article being read: the clean text (text.c) with its
 * lines (struct line, in order, each classified once into an enum
 * line_kind), the article being built and what the lines found for the
 * outlet, the date and the citations (strings owned by the parse, freed
 * by parse_free() in article.c).  Offsets are in the clean text and
 * mapped back with text_span().
 *
 * Each article-NAME.c file exports its functions as NAME_...(); everything
 * else is static to its file.
 */
#ifndef PX_ARTICLE_INT_H
#define PX_ARTICLE_INT_H

#include "px.h"
#include "article.h"

struct furniture;
struct outlets;
struct sentence_abbrevs;
struct sentence_span;
struct text;

#define TOP_LINES	8	/* lines where page date and headline live */
#define TITLE_MAX_WORDS	30
#define TITLE_MAX_BYTES	300
#define DEFINED_MAX	8	/* abbreviations defined as no outlet */
#define RECURRING_MIN	3	/* articles a line must be in to be furniture */
#define RECURRING_TITLE_MIN 10	/* the same for a headline */

enum line_kind {
	L_CONTENT = 0,
	L_TITLE,
	L_DATE,
	L_FURNITURE,
	L_CREDIT,
	L_SITE,
	L_SOCIAL,
	L_TAG,
	L_RECURRING
};

struct line {
	size_t		 a, b;		/* clean text, trimmed */
	enum line_kind	 kind;
	size_t		 words;
	int		 punct;		/* ends like a sentence */
	size_t		 body;		/* content starts here (dateline) */
	size_t		 cut;		/* content ends here (tag, post) */
	int		 tagged;	/* cut an agency tag: span keeps it */
	int		 menu;		/* an item of a menu column */
	int		 inrun;		/* an item of a menu run */
};

struct parse {
	const struct article_ctx	*ctx;
	const struct outlets		*outlets;
	const struct furniture		*furniture;
	const struct sentence_abbrevs	*abbrevs;
	struct text			*t;
	const char			*raw;		/* original bytes */
	struct line			*lines;
	size_t				 nlines;
	struct article			*art;
	char				*credit;	/* from credit lines */
	char				*recredit;	/* the next one */
	char				*site;		/* "<Site> World" */
	char				*tagged;	/* trailing tag */
	char				*dl_agency;	/* dateline "(X)" */
	char				*copyright;	/* "\xc2\xa9 2024 X" */
	char				*follow;	/* "Follow X on ..." */
	char				*barred;	/* "World | X | date" */
	char				 short_date[11];	/* "19.11.26" */
	int				 short_ambig;	/* its day <= 12 */
	char				 end_date[11];	/* a date line below */
	const char			*own;		/* by address, handle */
	int				 credit_bare;	/* credit: a name */
	char				*social_date;
	char				*date_place;	/* "CITY May 4" */
	int				 heading;	/* heads furniture */
	int				 ends;		/* starts comments */
	int				 bylined;	/* a byline */
	int				 translated;	/* a translation */
	size_t				 late_title;	/* headline under
							   the lede (0) */
	size_t				 defined[DEFINED_MAX][2]; /* "(HA)" */
	size_t				 ndefined;
	char				**cites;	/* candidates, owned */
	size_t				 ncites;
	/* repeats */
	uint64_t			*exact;		/* hash set */
	size_t				 exact_cap, nexact;
	uint64_t			*near_key;
	uint32_t			*near_val;
	size_t				 near_n, near_cap;
	size_t				 sent_cap;
	size_t				 nsent_alloc;
	size_t				*near_nbi;	/* bigrams a sentence */
	uint64_t			*near_sig;	/* figures, negations */
};

/* article-span.c */
int span_push(char ***v, size_t *n, const char *s);
int span_warn(struct article *a, const char *msg);
int span_ends_sentence(const char *s, size_t a, size_t b);
size_t span_words(const char *s, size_t a, size_t b);
/* span_words() > max, counting no further than max + 1 words (a paragraph
 * is long). */
int span_more_words(const char *s, size_t a, size_t b, size_t max);
int span_all_caps(const char *s, size_t a, size_t b);
char *span_title_case(const char *s, size_t n);
int span_first_case(const char *s, size_t i, size_t b);
size_t span_dash_at(const char *s, size_t len, size_t i);
int span_word_in(const char *w, size_t n, const char *const *list,
    size_t nlist);
size_t span_skip_sp(const char *s, size_t len, size_t i);
/* Is the word s[i, e) "am", "pm", "a.m." or "p.m." (at most four bytes)? */
int span_meridiem(const char *s, size_t i, size_t e);

/* article-dates.c */
int dates_month_in(const char *s, size_t len, size_t i, size_t *end,
    int capital);
int dates_month_at(const char *s, size_t len, size_t i, size_t *end);
int dates_month_word(const char *s, size_t len, size_t i, size_t *end);
int dates_number_at(const char *s, size_t len, size_t i, size_t maxd,
    size_t *end);
int dates_valid_date(int y, int m, int d);
int dates_at(const char *s, size_t len, size_t i, int *y, int *m, int *d,
    size_t *end);
void dates_iso(char iso[11], int y, int m, int d);
int dates_find(const char *s, size_t a, size_t b, char iso[11], size_t *ds,
    size_t *de);
int dates_line(const char *s, size_t a, size_t b, char iso[11]);
int dates_short(const char *s, const struct line *l, char iso[11], int *ambig);
void dates_resolve(struct parse *p);
int dates_weekday(const char *, size_t);

/* article-lines.c */
int lines_split(struct parse *p);
int lines_plain_furniture(struct parse *p, const struct line *l);
int lines_classify(struct parse *p);
int lines_appeal(struct parse *p, const struct line *l,
    const struct sentence_span *sp, size_t n);
int lines_not_place(const char *, size_t);

/* article-sites.c */
int sites_social_line(const char *s, size_t a, size_t b);
char *sites_site_line(struct parse *p, const char *s, size_t a, size_t b,
    size_t words);
char *sites_copyright_owner(struct parse *p, const char *s, size_t a, size_t b);
int sites_meta_line(struct parse *p, const char *s, size_t a, size_t b,
    int top);
int sites_follow_line(struct parse *p, const char *s, const struct line *l,
    char **name);
const char *sites_staff_outlet(struct parse *p, const char *s,
    const struct line *l);
int sites_outlet_place(struct parse *p, const char *s, const struct line *l);
int sites_address_line(struct parse *p, const struct line *l, int top);
int sites_by_glued(const char *s, const struct line *l);
char *sites_byline_outlet(struct parse *p, const char *s, const struct line *l);
int sites_names_outlet(const struct parse *p, const struct line *l);
long sites_ask_recurring(struct parse *p, const struct line *l);
int sites_agency_list(struct parse *p, const struct line *l);

/* article-bylines.c */
int bylines_take_credit(struct parse *p, char *name);
int bylines_byline_with(struct parse *p, const char *s, const struct line *l);
int bylines_credit_cites(struct parse *p, const struct line *l,
    const char *first);
int bylines_find(struct parse *p, const char *s, const struct line *l,
    int titled);
int bylines_byline_place(struct parse *p, const char *s, const struct line *l);
int bylines_relative_time(const char *s, const struct line *l);
/* "Author Jane Doe", "Authors: A and B": a byline by its label */
int bylines_author_line(const char *s, const struct line *l);

/* article-menus.c */
int menus_spaced_menu(const struct parse *p, const struct line *l);
int menus_breadcrumb(const struct parse *p, const char *s,
    const struct line *l);
int menus_stamp_bar(struct parse *p, const struct line *l, int top);
int menus_material_line(struct parse *p, const char *s, const struct line *l);
int menus_navigation(const struct parse *p, const char *s,
    const struct line *l);
int menus_inside(const struct parse *p, const struct line *l);
int menus_repeated_below(const struct parse *p, const struct line *l, size_t e);
void menus_columns(struct parse *p);
void menus_runs(struct parse *p);
size_t menus_below(const struct parse *p, size_t i);

/* article-captions.c */
int captions_photo(const char *s, size_t a, size_t b);
int captions_photo_credit(const struct parse *p, const char *s, size_t a,
    size_t b);
int captions_credited(const struct parse *p, const char *s,
    const struct line *l);
int captions_bracket_credit(const struct parse *p, const char *s,
    const struct line *l);
size_t captions_newlines(const struct parse *p, const struct line *x,
    const struct line *y);
int captions_above(struct parse *p, size_t i);
int captions_below(struct parse *p, size_t i);
int captions_dated(const char *s, const struct line *l);
int captions_gallery(const struct parse *p, const struct line *l);
int captions_lead(struct parse *p, const struct line *l);

/* article-title.c */
int title_several_sentences(struct parse *p, size_t a, size_t b);
size_t title_tags(const char *s, size_t a, size_t b);
int title_headline(struct parse *p, const struct line *l);
int title_same_line(const char *s, const struct line *x, const struct line *y);
int title_titled_above(const struct parse *p, size_t i);
int title_dated_lede(const struct parse *p, const struct line *l);
int title_tagline(struct parse *p, size_t i);
int title_native_masthead(const struct parse *p, size_t i);
int title_subheading(const struct parse *p, size_t i);
int title_affiliation(const struct parse *p, size_t i, int bylined);
int title_linked_question(struct parse *p, const struct line *l);
void title_trailing_links(struct parse *p);
int title_translation_notice(const struct parse *p, const struct line *l);
int title_translated_over(struct parse *p, size_t i);

/* article-dateline.c */
int dateline_find(struct parse *p, struct line *l);

/* article-repeats.c */
size_t repeats_words(const char *s, size_t a, size_t b, uint64_t *w,
    size_t max, uint64_t *all, uint64_t *sig);
int repeats_exact_seen(struct parse *p, uint64_t h);
int repeats_near(struct parse *p, const uint64_t *w, size_t n, uint64_t sig,
    uint32_t id);

/* article-cites.c */
int cites_add(struct parse *p, const char *name);
int cites_choose_outlet(struct parse *p);

#endif
