/**
 * Grouping: candidate pairs from an inverted index and MinHash bands, average linkage over weighted vectors,
 * topics refined into events. Entry: {@link org.storyfold.cluster.Clusterer}, configured by
 * {@link org.storyfold.cluster.ClusterConfig}.
 */
package org.storyfold.cluster;
