/*
 * fuzz-sentence.c: libFuzzer target for sentence_breaks() and
 * sentence_split() on arbitrary bytes: boundaries must increase and end at
 * the length, spans must be ordered, inside the input and non-empty.
 */
#include <stdint.h>
#include <stdlib.h>

#include "px.h"
#include "sentence.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char		*s = (const char *)data;
	size_t			*br = NULL, nbr, i, n, prev = 0;
	struct sentence_span	*sp = NULL;

	if (sentence_breaks(s, size, &br, &nbr, NULL) != 0)
		return 0;
	for (i = 0; i < nbr; i++) {
		if (br[i] <= prev || br[i] > size)
			abort();
		prev = br[i];
	}
	if (size > 0 && (nbr == 0 || br[nbr - 1] != size))
		abort();
	free(br);
	if (sentence_split(s, size, NULL, &sp, &n, NULL) != 0)
		return 0;
	prev = 0;
	for (i = 0; i < n; i++) {
		if (sp[i].start < prev || sp[i].start >= sp[i].end ||
		    sp[i].end > size)
			abort();
		prev = sp[i].end;
	}
	free(sp);
	return 0;
}
