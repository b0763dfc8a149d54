/*
 * article.h: one scraped article file turned into a clean article.
 *
 * article_parse() takes the original bytes exactly as read and returns the
 * title, printed date, dateline, outlet, cited outlets and the content
 * sentences in reading order, page furniture and repeated paragraphs left
 * out.  The original is never modified: every sentence carries the byte
 * offsets [start, end) of the text it came from in the original, so the
 * reader can show it in context and the store keeps the bytes as they were.
 *
 * The headline, when one is found, is sentence 0 with is_title set (it is
 * content: other outlets' sentences restate it).
 */
#ifndef PX_ARTICLE_H
#define PX_ARTICLE_H

#include <stddef.h>

struct outlets;
struct furniture;
struct sentence_abbrevs;

enum article_encoding {
	ARTICLE_UTF8 = 0,	/* valid UTF-8 as given */
	ARTICLE_UTF8_REPAIRED,	/* invalid bytes became U+FFFD */
	ARTICLE_CP1252,		/* converted from Windows-1252 */
	ARTICLE_LATIN1		/* converted from ISO 8859-1 */
};

struct article_sentence {
	char	*text;		/* clean UTF-8: NFC, spaces normalised */
	size_t	 start, end;	/* byte offsets in the original */
	int	 is_title;
};

struct article {
	char			*title;		/* or NULL */
	char			*date;		/* "YYYY-MM-DD", or NULL */
	int			 month_day;	/* MMDD of a dateline's date
						   without its year ("MOSCOW,
						   March 14"), 0: none */
	char			*dateline;	/* "New Delhi", or NULL */
	char			*outlet;	/* credited outlet, or NULL */
	char			**cites;	/* other outlets cited */
	size_t			 ncites;
	struct article_sentence	*sentences;
	size_t			 nsentences;
	enum article_encoding	 encoding;
	size_t			 nreplaced;	/* invalid bytes replaced */
	char			**warnings;	/* one-line, translated */
	size_t			 nwarnings;
};

/*
 * What the parser may consult.  Every member may be NULL/0.  recurring()
 * answers how many articles already in the database contain a line (given
 * as its clean text): lines seen in many articles are page furniture.
 * NULL tables (outlets, furniture, abbrevs) mean the default ones, loaded
 * from the data files on first use.
 */
struct article_ctx {
	const struct outlets	*outlets;
	const char		*outlet_override;	/* --outlet */
	long			(*recurring)(void *arg, const char *line);
	void			*recurring_arg;
	const struct furniture	*furniture;
	const struct sentence_abbrevs *abbrevs;
};

/*
 * Parse len bytes of raw into a new article.  Returns -1 with *cause set
 * when the input cannot be an article: empty, only white space, only page
 * furniture, binary (NUL bytes or mostly non-text).
 */
int article_parse(const char *raw, size_t len, const struct article_ctx *ctx,
    struct article **out, char **cause);
void article_free(struct article *a);

/*
 * Whether two answers of ctx->recurring for one line lead the parser to
 * the same decision (it compares them with thresholds only): a parse told
 * a gives the same article as one told b.  Lets a caller check a parse
 * made on counts that have changed since.
 */
int article_recurring_same(long a, long b);

#endif
