/*
 * util.c: small helpers every module uses: formatted allocation, error
 * causes, whole-file reads with a size limit, SHA-256 for content hashes,
 * and the monotonic clock in seconds.
 *
 * All allocation failures are reported by a NULL return (util_cause keeps a
 * static fallback message so that an out-of-memory cause is never lost).
 */
#include "px.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

char *
util_vprintf(const char *fmt, va_list ap)
{
	va_list	 ap2;
	int	 n;
	char	*s;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return NULL;
	if ((s = malloc((size_t)n + 1)) == NULL)
		return NULL;
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

char *
util_printf(const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = util_vprintf(fmt, ap);
	va_end(ap);
	return s;
}

/* Set *cause to a new message; a NULL cause means the caller does not care. */
void
util_cause(char **cause, const char *fmt, ...)
{
	va_list	ap;

	if (cause == NULL)
		return;
	va_start(ap, fmt);
	*cause = util_vprintf(fmt, ap);
	va_end(ap);
	if (*cause == NULL)
		*cause = util_strdup("out of memory");
}

char *
util_strdup(const char *s)
{
	return util_strndup(s, strlen(s));
}

char *
util_strndup(const char *s, size_t n)
{
	char	*d;

	if ((d = malloc(n + 1)) == NULL)
		return NULL;
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

void *
util_reallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		return NULL;
	return realloc(p, n * size == 0 ? 1 : n * size);
}

/* For qsort() and bsearch() over int64_t (ids): ascending. */
int
util_cmp_int64(const void *a, const void *b)
{
	int64_t	x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

/*
 * Read a whole file (or standard input for "-") into a NUL-terminated buffer.
 * Files larger than max bytes are refused without reading them all.
 */
int
util_read_file(const char *path, size_t max, char **data, size_t *len,
    char **cause)
{
	FILE		*f;
	struct stat	 st;
	char		*buf = NULL, *nb;
	size_t		 size = 0, cap = 0, n;
	int		 isstdin = strcmp(path, "-") == 0;

	*data = NULL;
	*len = 0;
	if (isstdin)
		f = stdin;
	else if ((f = fopen(path, "rb")) == NULL) {
		util_cause(cause, "%s", strerror(errno));
		return -1;
	}
	if (!isstdin && fstat(fileno(f), &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			fclose(f);
			util_cause(cause, "%s", _("is a directory"));
			return -1;
		}
		if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max) {
			fclose(f);
			util_cause(cause, _("larger than the limit of %zu bytes"),
			    max);
			return -1;
		}
	}
	for (;;) {
		if (cap - size < 65536) {
			cap = cap == 0 ? 65536 : cap * 2;
			if ((nb = realloc(buf, cap + 1)) == NULL) {
				util_cause(cause, "%s", strerror(ENOMEM));
				goto fail;
			}
			buf = nb;
		}
		n = fread(buf + size, 1, cap - size, f);
		size += n;
		if (size > max) {
			util_cause(cause, _("larger than the limit of %zu bytes"),
			    max);
			goto fail;
		}
		if (n == 0) {
			if (ferror(f)) {
				util_cause(cause, "%s", strerror(errno));
				goto fail;
			}
			break;
		}
	}
	if (!isstdin)
		fclose(f);
	if (buf == NULL && (buf = malloc(1)) == NULL) {
		util_cause(cause, "%s", strerror(ENOMEM));
		return -1;
	}
	buf[size] = '\0';
	*data = buf;
	*len = size;
	return 0;
fail:
	free(buf);
	if (!isstdin)
		fclose(f);
	return -1;
}

/*
 * Call fn for every line of text (changed in place: each newline becomes
 * a NUL) in order.  A line fn refuses stops the reading; its cause becomes
 * "NAME:LINE: cause", or stays as it is when name is NULL.
 */
int
util_parse_lines(char *text, const char *name, int (*fn)(void *arg,
    char *line, char **cause), void *arg, char **cause)
{
	char	*line, *nl, *c = NULL;
	int	 lineno = 0;

	for (line = text; line != NULL && *line != '\0'; line = nl) {
		lineno++;
		if ((nl = strchr(line, '\n')) != NULL)
			*nl++ = '\0';
		if (fn(arg, line, &c) == 0)
			continue;
		if (name != NULL)
			util_cause(cause, "%s:%d: %s", name, lineno,
			    c != NULL ? c : "?");
		else if (cause != NULL && (*cause = c) != NULL)
			c = NULL;
		else
			util_cause(cause, "%s", "?");
		free(c);
		return -1;
	}
	return 0;
}

/*
 * Read a data table: call fn for every line of path (the newline cut off)
 * in order.  A line fn refuses stops the reading; its cause becomes
 * "PATH:LINE: cause".
 */
int
util_load_lines(const char *path, int (*fn)(void *arg, char *line,
    char **cause), void *arg, char **cause)
{
	char	*data, *c = NULL;
	size_t	 len;
	int	 rc;

	if (util_read_file(path, UTIL_TABLE_MAX, &data, &len, &c) != 0) {
		util_cause(cause, "%s: %s", path, c);
		free(c);
		return -1;
	}
	rc = util_parse_lines(data, path, fn, arg, cause);
	free(data);
	return rc;
}

/* SHA-256 (FIPS 180-4), written for content hashes of imported articles. */
static const uint32_t sha256_k[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
	0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void
sha256_block(uint32_t h[8], const unsigned char *p)
{
	uint32_t	w[64], a, b, c, d, e, f, g, hh, t1, t2;
	int		i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		    (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
	for (i = 16; i < 64; i++)
		w[i] = w[i - 16] + (ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^
		    (w[i - 15] >> 3)) + w[i - 7] + (ROR(w[i - 2], 17) ^
		    ROR(w[i - 2], 19) ^ (w[i - 2] >> 10));
	a = h[0]; b = h[1]; c = h[2]; d = h[3];
	e = h[4]; f = h[5]; g = h[6]; hh = h[7];
	for (i = 0; i < 64; i++) {
		t1 = hh + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) +
		    ((e & f) ^ (~e & g)) + sha256_k[i] + w[i];
		t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) +
		    ((a & b) ^ (a & c) ^ (b & c));
		hh = g; g = f; f = e; e = d + t1;
		d = c; c = b; b = a; a = t1 + t2;
	}
	h[0] += a; h[1] += b; h[2] += c; h[3] += d;
	h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

void
util_sha256_hex(const void *data, size_t len, char out[65])
{
	uint32_t		 h[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372,
	    0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
	const unsigned char	*p = data;
	unsigned char		 tail[128];
	size_t			 rest, i, tlen;
	uint64_t		 bits = (uint64_t)len * 8;

	for (i = 0; i + 64 <= len; i += 64)
		sha256_block(h, p + i);
	rest = len - i;
	memset(tail, 0, sizeof tail);
	if (rest > 0)
		memcpy(tail, p + i, rest);
	tail[rest] = 0x80;
	tlen = rest + 1 + 8 <= 64 ? 64 : 128;
	for (i = 0; i < 8; i++)
		tail[tlen - 1 - i] = (unsigned char)(bits >> (8 * i));
	sha256_block(h, tail);
	if (tlen == 128)
		sha256_block(h, tail + 64);
	for (i = 0; i < 8; i++)
		snprintf(out + 8 * i, 9, "%08x", (unsigned)h[i]);
}

double
util_clock(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
