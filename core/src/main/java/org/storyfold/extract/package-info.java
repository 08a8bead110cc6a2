/**
 * Main text: the article of an HTML page ({@link org.storyfold.extract.Extractor}), and the site boilerplate
 * lines of flat text removed batch-wide ({@link org.storyfold.extract.Boilerplate}), each removal with its reason
 * ({@link org.storyfold.extract.Cleaning}).
 */
package org.storyfold.extract;
