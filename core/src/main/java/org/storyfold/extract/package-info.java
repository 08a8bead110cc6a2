/**
 * An article's own text, without its site's furniture.
 *
 * <p>Entries: {@link org.storyfold.extract.Extractor} turns one HTML page into a
 * {@link org.storyfold.extract.Page} (main text, title, publication date, site, canonical URL,
 * language); {@link org.storyfold.extract.Boilerplate} removes the boilerplate lines of flat-text
 * articles, a batch at a time, and says why in a {@link org.storyfold.extract.Cleaning} (each
 * {@link org.storyfold.extract.Cleaning.Removal} has a typed {@link org.storyfold.extract.Cleaning.Reason}).
 * Everything else is package-private. Instances hold their configuration; per-page state lives
 * in per-call objects (an extractor also remembers, in a bounded thread-safe memo, what the class
 * names it has met mean), so one extractor serves any number of threads. The class comment of
 * {@code Extractor} tells how the main text is found and where the ideas come from.
 */
package org.storyfold.extract;
