/**
 * Text reuse: who copied whom within a story, and how alike two lone texts are.
 *
 * <p>Entry: {@link org.storyfold.reuse.Reuse} ({@code report} for a story, {@code comparison} and
 * {@code comparisons} for {@code storyfold pairs}), configured by
 * {@link org.storyfold.reuse.ReuseConfig}. Results are immutable records:
 * {@link org.storyfold.reuse.ReuseReport}, {@link org.storyfold.reuse.Relation},
 * {@link org.storyfold.reuse.Link}, {@link org.storyfold.reuse.Passage},
 * {@link org.storyfold.reuse.Comparison}; their kinds are enums written in lower case.
 *
 * <p>Inside: {@code Candidates} picks the pairs worth aligning, {@code Aligner} aligns two articles
 * (verbatim runs, edited sentences, paraphrases, translations), {@code Derivation} says which
 * derives from which and how, {@code Forest} gives each article one source without cycles,
 * {@code StoryReporter} puts it together with the links; {@code PairScorer} and
 * {@code StorySimilarity} compare lone texts.
 */
package org.storyfold.reuse;
