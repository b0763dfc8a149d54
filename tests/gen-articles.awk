# gen-articles.awk: generate n plain-text articles (a headline, then 20
# sentences of varied words in paragraphs) into dir, reproducibly from seed:
#   awk -v n=1000 -v dir=DIR -v seed=1 -f tests/gen-articles.awk
# For the import tests and measurements; the words are generic news words.
BEGIN {
	split("minister officials army talks border city river village delegation " \
	    "president spokesman ceasefire convoy bridge region capital agency " \
	    "statement meeting forces civilians residents report council envoy " \
	    "troops negotiators mayor governor railway airport harbour factory " \
	    "school hospital market station summit treaty sanctions embassy", w, " ")
	split("said confirmed denied reported announced warned claimed noted " \
	    "suggested insisted", v, " ")
	nw = 0; for (k in w) nw++
	nv = 0; for (k in v) nv++
	srand(seed)
	for (f = 1; f <= n; f++) {
		fn = sprintf("%s/%05d.txt", dir, f)
		printf "%s %s %s %d\n\n", toupper(substr(w[int(rand()*nw)+1],1,1)) substr(w[int(rand()*nw)+1],2), w[int(rand()*nw)+1], w[int(rand()*nw)+1], f > fn
		for (s = 1; s <= 20; s++) {
			line = "The " w[int(rand()*nw)+1] " " v[int(rand()*nv)+1] " that the " w[int(rand()*nw)+1]
			for (k = 0; k < 8; k++) line = line " " w[int(rand()*nw)+1]
			printf "%s in case %d-%d. ", line, f, s > fn
			if (s % 4 == 0) printf "\n\n" > fn
		}
		close(fn)
	}
}
