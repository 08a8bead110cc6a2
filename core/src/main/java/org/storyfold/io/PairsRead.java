package org.storyfold.io;

import java.util.List;
import org.storyfold.story.Rejection;

/** What a pairs file gave: the pairs to compare, in input order, and the lines refused. */
public record PairsRead(List<TextPair> pairs, List<Rejection> rejections) {
  public PairsRead {
    pairs = List.copyOf(pairs);
    rejections = List.copyOf(rejections);
  }
}
