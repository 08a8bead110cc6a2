/**
 * Reading: files, folders, standard input, JSON lines, HTML pages and WARC archives become
 * {@link org.storyfold.story.Article}s; every bad input becomes a {@link org.storyfold.story.Rejection} naming
 * the input and the problem, and the batch goes on. Entry: {@link org.storyfold.io.ArticleReader}.
 */
package org.storyfold.io;
