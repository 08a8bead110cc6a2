package org.storyfold.reuse;

/**
 * How alike two sentences are in content, in [0, 1]. The lexical measure is the default; a sentence
 * embedding (the all-MiniLM model the engine already ships) can take its place for pairs in doubt.
 */
interface SentenceSimilarity {
  double score(Sentence a, Sentence b);
}
