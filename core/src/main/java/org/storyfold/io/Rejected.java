package org.storyfold.io;

/** Thrown inside the readers when an input cannot be used; the reader turns it into a Rejection. */
final class Rejected extends Exception {
  Rejected(String reason) {
    super(reason, null, false, false);
  }
}
