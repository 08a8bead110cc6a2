package org.storyfold.facts;

import java.util.Set;

/**
 * One quotation as one article gives it.
 *
 * @param article  article id
 * @param words    the quoted words as written
 * @param speaker  who said it, titles stripped, or null
 * @param sentence the paragraph it stands in
 * @param terms    its folded words, for comparing quotations
 */
record Quote(String article, String words, String speaker, String sentence, Set<String> terms) {}
