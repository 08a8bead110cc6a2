/**
 * The records that cross package lines and leave the engine: {@link org.storyfold.story.Article},
 * {@link org.storyfold.story.Story}, {@link org.storyfold.story.Rejection}.
 */
package org.storyfold.story;
