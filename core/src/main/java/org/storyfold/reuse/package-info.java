/**
 * Text reuse: sentences aligned across a story's articles (verbatim, edited, paraphrased, translated), who
 * copied whom as a forest of relations, each article's originality; and the scoring of lone pairs of texts.
 * Entry: {@link org.storyfold.reuse.Reuse}.
 */
package org.storyfold.reuse;
