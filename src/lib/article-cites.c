/*
 * article-cites.c: the outlet and the citations.  The outlet is, in this
 * order: the override, a credit line or a byline's outlet, a trailing tag,
 * a dateline agency, the owner a copyright line names, the site name (a
 * masthead, a page metadata line), the site a "Follow X on" line names, a
 * credit in the text, the outlet of a stamp between bars; other outlets
 * named as sources are the citations (p->cites, owned), except through an
 * abbreviation the text defines as something else ("the Harbour Army
 * (HA)").  A credit that is an outlet's bare name ("Reuters" under the date)
 * yields to the site when the page names its own (a web address at the
 * top, a "Follow @handle" line, a known masthead) and that is another
 * outlet: the editor files the site's story, citing the wire.
 */
#include "px.h"
#include "article.h"
#include "article-int.h"
#include "outlets.h"
#include "text.h"

#include <ctype.h>
#include <string.h>
#include <unistr.h>

int
cites_add(struct parse *p, const char *name)
{
	size_t	i;

	for (i = 0; i < p->ncites; i++)
		if (strcasecmp(p->cites[i], name) == 0)
			return 0;
	return span_push(&p->cites, &p->ncites, name);
}

/* cites_add() of the name s[0, n), a copy. */
static int
add_cite_span(struct parse *p, const char *s, size_t n)
{
	char	*name;
	int	 rc;

	if ((name = util_strndup(s, n)) == NULL)
		return -1;
	rc = cites_add(p, name);
	free(name);
	return rc;
}

/*
 * "the Harbour Army (HA)": words whose initials spell it ("of", "the",
 * "and", "for" skipped), then in brackets an abbreviation (two to eight
 * capitals) that is an outlet's alias, the words naming no such outlet:
 * the text uses the abbreviation for something else.  Records up to
 * DEFINED_MAX of them in p->defined.
 */
static void
defined_abbrevs(struct parse *p, const struct line *l)
{
	static const char *const small[] = { "of", "the", "and", "for" };
	const char	*s = p->t->s, *known;
	size_t		 k, e, w, end, me, words, a;
	int		 same;

	for (k = l->body; k + 3 < l->cut && p->ndefined < DEFINED_MAX; k++) {
		if (s[k] != '(' || k < l->body + 2 || s[k - 1] != ' ')
			continue;
		for (e = k + 1; e < l->cut && e - k <= 9 &&
		    isupper((unsigned char)s[e]); e++)
			;
		if (e >= l->cut || s[e] != ')' || e - k < 3 ||
		    (known = outlets_lookup(p->outlets, s + k + 1,
		    e - k - 1)) == NULL)
			continue;
		/* the words' initials spell it, last letter first */
		end = k - 1;
		same = 0;
		for (w = end, words = 0, a = e; w > l->body && a > k + 1 &&
		    !same; ) {
			while (w > l->body && s[w - 1] == ' ')
				w--;
			while (w > l->body && s[w - 1] != ' ')
				w--;
			if (span_word_in(s + w, end - w, small,
			    PX_NITEMS(small)) && words > 0) {
				end = w > l->body ? w - 1 : w;
				continue;
			}
			if (s[w] != s[--a])
				break;
			words++;
			same = outlets_match(p->outlets, s, k - 1, w, &me) ==
			    known && me == k - 1;
			end = w > l->body ? w - 1 : w;
		}
		if (a > k + 1 || same)
			continue;
		p->defined[p->ndefined][0] = k + 1;
		p->defined[p->ndefined++][1] = e;
	}
}

/* Is s[a, b) an abbreviation the text defined as something else? */
static int
defined_as_other(const struct parse *p, size_t a, size_t b)
{
	const char	*s = p->t->s;
	size_t		 i;

	for (i = 0; i < p->ndefined; i++)
		if (p->defined[i][1] - p->defined[i][0] == b - a &&
		    memcmp(s + p->defined[i][0], s + a, b - a) == 0)
			return 1;
	return 0;
}

static int
scan_outlets(struct parse *p, char **credited)
{
	struct outlets_hit	*h = NULL;
	size_t			 i, j, n;
	struct line		*l;

	*credited = NULL;
	for (i = 0; i < p->nlines; i++)
		if (p->lines[i].kind == L_CONTENT)
			defined_abbrevs(p, &p->lines[i]);
	for (i = 0; i < p->nlines; i++) {
		l = &p->lines[i];
		if (l->kind != L_CONTENT)
			continue;
		if (outlets_scan(p->outlets, p->t->s + l->body,
		    l->cut - l->body, &h, &n, NULL) != 0)
			return -1;
		for (j = 0; j < n; j++) {
			if (h[j].outlet != NULL && p->ndefined > 0 &&
			    defined_as_other(p, l->body + h[j].start,
			    l->body + h[j].end))
				continue;	/* "the Harbour Army (HA)" */
			if (h[j].role == OUTLETS_CREDIT && *credited == NULL) {
				if ((*credited = util_strdup(h[j].outlet)) ==
				    NULL)
					goto fail;
			} else if (h[j].outlet == NULL) {
				if (add_cite_span(p, p->t->s + l->body +
				    h[j].start, h[j].end - h[j].start) != 0)
					goto fail;
			} else if (h[j].role != OUTLETS_MENTION &&
			    cites_add(p, h[j].outlet) != 0)
				goto fail;
		}
		free(h);
		h = NULL;
	}
	return 0;
fail:
	free(h);
	return -1;
}

/*
 * A site's page that carries a wire's copy whole: the dateline's agency
 * ("Moscow (AFP) -") owns the copyright ("\xc2\xa9 2026 AFP") and a credit
 * line of its own names it ("AFP" under the headline), while the first
 * credit is another outlet (the site's masthead).  The copy is the
 * wire's; a site's byline ("Text by: NEWS WIRES") keeps it the site's.
 */
static int
wire_copy(const struct parse *p)
{
	return p->dl_agency != NULL && p->copyright != NULL &&
	    p->recredit != NULL && strcasecmp(p->dl_agency,
	    p->copyright) == 0 && strcasecmp(p->recredit,
	    p->dl_agency) == 0 && strcasecmp(p->credit, p->dl_agency) != 0;
}

int
cites_choose_outlet(struct parse *p)
{
	struct article	*art = p->art;
	const char	*own;
	char		*body = NULL, **pick = NULL;
	size_t		 i;

	if (scan_outlets(p, &body) != 0)
		return -1;
	if (p->ctx != NULL && p->ctx->outlet_override != NULL &&
	    *p->ctx->outlet_override != '\0') {
		if ((art->outlet = util_strdup(p->ctx->outlet_override)) ==
		    NULL)
			goto fail;
	} else {
		/* a wire credited by its bare name on the page of a site
		 * that names itself (its address, its handle, its known
		 * masthead) is a source of the site's story */
		own = p->own != NULL ? p->own : p->site != NULL ?
		    outlets_lookup(p->outlets, p->site, strlen(p->site)) : NULL;
		if (p->credit != NULL && p->credit_bare && own != NULL &&
		    strcasecmp(p->credit, own) != 0) {
			if (cites_add(p, p->credit) != 0)
				goto fail;
			free(p->credit);
			p->credit = NULL;
			if (p->site == NULL && p->follow == NULL &&
			    (p->site = util_strdup(own)) == NULL)
				goto fail;
		}
		if (p->credit != NULL && wire_copy(p))
			pick = &p->dl_agency;
		else if (p->credit != NULL)
			pick = &p->credit;
		else if (p->tagged != NULL)
			pick = &p->tagged;
		else if (p->dl_agency != NULL)
			pick = &p->dl_agency;
		/* a copyright owner the table lacks may be the publisher's
		 * parent company: a known masthead names the page better */
		else if (p->copyright != NULL && (p->site == NULL ||
		    outlets_lookup(p->outlets, p->copyright,
		    strlen(p->copyright)) != NULL ||
		    outlets_lookup(p->outlets, p->site,
		    strlen(p->site)) == NULL))
			pick = &p->copyright;
		else if (p->site != NULL)
			pick = &p->site;
		else if (p->follow != NULL)
			pick = &p->follow;
		else if (body != NULL)
			pick = &body;
		else if (p->barred != NULL)
			pick = &p->barred;
		if (pick != NULL) {
			art->outlet = *pick;
			*pick = NULL;
		}
	}
	/* Credits that lost (the picked one is now NULL) are citations. */
	if ((p->credit != NULL && cites_add(p, p->credit) != 0) ||
	    (p->tagged != NULL && cites_add(p, p->tagged) != 0) ||
	    (p->dl_agency != NULL && cites_add(p, p->dl_agency) != 0) ||
	    (body != NULL && cites_add(p, body) != 0) ||
	    (p->barred != NULL && cites_add(p, p->barred) != 0))
		goto fail;
	if ((art->cites = calloc(p->ncites + 1, sizeof *art->cites)) == NULL)
		goto fail;
	for (i = 0; i < p->ncites; i++) {
		if (art->outlet != NULL &&
		    strcasecmp(p->cites[i], art->outlet) == 0) {
			free(p->cites[i]);
			continue;
		}
		art->cites[art->ncites++] = p->cites[i];
	}
	free(p->cites);
	p->cites = NULL;
	p->ncites = 0;
	free(body);
	return 0;
fail:
	free(body);
	return -1;
}
