/**
 * Storyfold's engine. Entry: {@link org.storyfold.Storyfold}, configured by one
 * {@link org.storyfold.StoryfoldConfig}: read inputs, clean them, group them into stories, describe each
 * story, compare pairs of texts. Every face (CLI, server, Spark) calls it and computes nothing itself.
 */
package org.storyfold;
