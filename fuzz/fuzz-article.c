/*
 * fuzz-article.c: libFuzzer target for article_parse() on arbitrary bytes.
 * Every result must be freeable and every sentence span must lie inside
 * the input; the default data tables are used ($PARALLAX_DATADIR).
 */
#include <stdint.h>
#include <stdlib.h>

#include "px.h"
#include "article.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article	*a = NULL;
	char		*cause = NULL;
	size_t		 i;

	if (article_parse((const char *)data, size, NULL, &a, &cause) != 0) {
		if (cause == NULL)
			abort();
		free(cause);
		return 0;
	}
	for (i = 0; i < a->nsentences; i++) {
		if (a->sentences[i].start > a->sentences[i].end ||
		    a->sentences[i].end > size || a->sentences[i].text == NULL)
			abort();
	}
	article_free(a);
	return 0;
}
