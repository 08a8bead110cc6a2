package org.storyfold.story;

import java.util.Objects;

/**
 * An input that could not be read, and why. Rejections travel beside the results: one bad file never
 * stops a batch.
 *
 * @param input  the file (and line or record, when there is one), e.g. {@code feed.jsonl:17}
 * @param reason one short sentence a user can act on
 */
public record Rejection(String input, String reason) {
  public Rejection {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return input + ": " + reason;
  }
}
