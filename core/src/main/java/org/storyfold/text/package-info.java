/**
 * Language and words: language detection, Lucene analysis per language with ICU folding, names and numbers
 * ({@link org.storyfold.text.TextAnalyzer} gives an {@link org.storyfold.text.Analysis}); sentence-embedding
 * vectors from an in-process ONNX model ({@link org.storyfold.text.Embedder}).
 */
package org.storyfold.text;
