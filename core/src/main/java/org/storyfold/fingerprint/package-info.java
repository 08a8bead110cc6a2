/**
 * Fingerprints: an analyzed article as arrays of primitives (hashed term, name and number counts, a MinHash
 * signature), small enough for millions of articles. Entry: {@link org.storyfold.fingerprint.Fingerprinter}.
 */
package org.storyfold.fingerprint;
