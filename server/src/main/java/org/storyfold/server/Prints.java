package org.storyfold.server;

import java.nio.ByteBuffer;
import org.storyfold.fingerprint.Fingerprint;

/**
 * A fingerprint as stored bytes (features, counts, kinds; no signature, which online grouping does
 * not use), so that a restart rebuilds the engine's online state without analysing every text again.
 */
final class Prints {
  private Prints() {}

  static byte[] bytes(Fingerprint f) {
    int n = f.features().length;
    ByteBuffer b = ByteBuffer.allocate(4 + 9 * n);
    b.putInt(n);
    for (int x : f.features()) {
      b.putInt(x);
    }
    for (float c : f.counts()) {
      b.putFloat(c);
    }
    b.put(f.kinds());
    return b.array();
  }

  static Fingerprint of(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int n = b.getInt();
    if (n < 0 || 4 + 9L * n != bytes.length) {
      throw new IllegalArgumentException("stored fingerprint of " + bytes.length + " bytes is damaged");
    }
    int[] features = new int[n];
    float[] counts = new float[n];
    byte[] kinds = new byte[n];
    for (int i = 0; i < n; i++) {
      features[i] = b.getInt();
    }
    for (int i = 0; i < n; i++) {
      counts[i] = b.getFloat();
    }
    b.get(kinds);
    return new Fingerprint(new int[0], features, counts, kinds);
  }
}
