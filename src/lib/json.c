/*
 * json.c: the streaming JSON writer (see json.h).
 *
 * Invariant: count[depth] is the number of values written at the current
 * level, so a comma goes before every value but the first; after a key the
 * value follows with no comma.  Doubles are formatted under a private "C"
 * locale (uselocale), never the process's LC_NUMERIC, so a comma-decimal
 * locale cannot leak into the output.
 */
#include "px.h"
#include "json.h"

#include <errno.h>
#include <inttypes.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

void
json_init(struct json *j, FILE *f)
{
	memset(j, 0, sizeof *j);
	j->f = f;
}

/* Before any value: the comma, unless first at its level or after a key. */
static void
value_begin(struct json *j)
{
	if (j->after_key) {
		j->after_key = 0;
		return;
	}
	if (j->count[j->depth]++ > 0)
		fputc(',', j->f);
}

static void
open_level(struct json *j, int c)
{
	value_begin(j);
	fputc(c, j->f);
	if (j->depth + 1 >= JSON_MAXDEPTH) {
		j->error = 1;
		return;
	}
	j->depth++;
	j->count[j->depth] = 0;
}

static void
close_level(struct json *j, int c)
{
	if (j->depth == 0 || j->after_key)
		j->error = 1;
	else
		j->depth--;
	fputc(c, j->f);
}

void
json_object_open(struct json *j)
{
	open_level(j, '{');
}

void
json_object_close(struct json *j)
{
	close_level(j, '}');
}

void
json_array_open(struct json *j)
{
	open_level(j, '[');
}

void
json_array_close(struct json *j)
{
	close_level(j, ']');
}

static void
put_string(struct json *j, const char *s, size_t len)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + len;
	ucs4_t		 uc;
	int		 n;

	fputc('"', j->f);
	while (p < end) {
		if (*p < 0x80) {
			switch (*p) {
			case '"':
				fputs("\\\"", j->f);
				break;
			case '\\':
				fputs("\\\\", j->f);
				break;
			case '\n':
				fputs("\\n", j->f);
				break;
			case '\r':
				fputs("\\r", j->f);
				break;
			case '\t':
				fputs("\\t", j->f);
				break;
			case '\b':
				fputs("\\b", j->f);
				break;
			case '\f':
				fputs("\\f", j->f);
				break;
			default:
				if (*p < 0x20 || *p == 0x7f)
					fprintf(j->f, "\\u%04x", *p);
				else
					fputc(*p, j->f);
			}
			p++;
			continue;
		}
		n = u8_mbtoucr(&uc, p, (size_t)(end - p));
		if (n < 0) {
			fputs("\xef\xbf\xbd", j->f);	/* U+FFFD */
			p++;
			continue;
		}
		if (uc == 0x2028 || uc == 0x2029)	/* JavaScript-safe */
			fprintf(j->f, "\\u%04x", (unsigned)uc);
		else
			fwrite(p, 1, (size_t)n, j->f);
		p += n;
	}
	fputc('"', j->f);
}

void
json_key(struct json *j, const char *key)
{
	if (j->after_key)
		j->error = 1;
	value_begin(j);
	put_string(j, key, strlen(key));
	fputc(':', j->f);
	j->after_key = 1;
}

void
json_stringn(struct json *j, const char *s, size_t len)
{
	value_begin(j);
	if (s == NULL)
		fputs("null", j->f);
	else
		put_string(j, s, len);
}

void
json_string(struct json *j, const char *s)
{
	json_stringn(j, s, s != NULL ? strlen(s) : 0);
}

void
json_int(struct json *j, int64_t v)
{
	value_begin(j);
	fprintf(j->f, "%" PRId64, v);
}

void
json_format_double(double v, char *buf, size_t size)
{
	static locale_t	 c_locale;
	locale_t	 old;
	int		 prec;

	if (!isfinite(v)) {
		snprintf(buf, size, "null");
		return;
	}
	if (v == floor(v) && fabs(v) < 9007199254740992.0) {
		snprintf(buf, size, "%" PRId64, (int64_t)v);
		return;
	}
	if (c_locale == (locale_t)0)
		c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	old = c_locale != (locale_t)0 ? uselocale(c_locale) : (locale_t)0;
	for (prec = 1; prec <= 17; prec++) {
		snprintf(buf, size, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	if (old != (locale_t)0)
		uselocale(old);
}

void
json_double(struct json *j, double v)
{
	char	buf[64];

	value_begin(j);
	json_format_double(v, buf, sizeof buf);
	fputs(buf, j->f);
}

void
json_bool(struct json *j, int v)
{
	value_begin(j);
	fputs(v ? "true" : "false", j->f);
}

void
json_null(struct json *j)
{
	value_begin(j);
	fputs("null", j->f);
}

int
json_finish(struct json *j, char **cause)
{
	if (fflush(j->f) != 0 || ferror(j->f)) {
		util_cause(cause, _("write error: %s"), strerror(errno));
		return -1;
	}
	if (j->error || j->depth != 0 || j->after_key) {
		util_cause(cause, "%s", _("malformed JSON output"));
		return -1;
	}
	return 0;
}
