/**
 * What a story says: figures, quotes and statements compared across independent sources (agreed, only in one,
 * disputed), entities merged across spellings, and a short summary. Entry: {@link org.storyfold.facts.Facts}.
 */
package org.storyfold.facts;
