package org.storyfold.reuse;

/**
 * One sentence as the aligner sees it; all arrays hold {@link Lexicon} ids.
 *
 * @param start   start of its span in the article text
 * @param end     end (exclusive) of its span
 * @param words   surface words in order (lower case, accents removed)
 * @param wordSet the surface words sorted, unique
 * @param terms   content terms (the language's Lucene chain: stop words dropped, stemmed), sorted, unique
 * @param plain   the content terms that are not names, sorted, unique
 * @param anchors names and numbers, sorted, unique: what survives translation
 * @param numbers numbers alone, sorted, unique
 * @param language the article's language
 * @param quoted  whether most of its words are inside quotation marks: someone's words, which every
 *                outlet at the same event may carry, so no evidence of copying
 */
record Sentence(int start, int end, int[] words, int[] wordSet, int[] terms, int[] plain, int[] anchors, int[] numbers,
                String language, boolean quoted) {
  Sentence withQuoted(boolean q) {
    return new Sentence(start, end, words, wordSet, terms, plain, anchors, numbers, language, q);
  }

  int[] span() {
    return new int[] {start, end};
  }
}
