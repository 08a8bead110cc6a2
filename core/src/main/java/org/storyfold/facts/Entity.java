package org.storyfold.facts;

import java.util.List;

/**
 * A person, organization or place named in a story, with every spelling that was merged into it.
 *
 * @param name     the fullest common spelling
 * @param type     {@code person}, {@code organization}, {@code place} or {@code other}
 * @param variants the spellings seen (titles stripped), most frequent first
 * @param sources  article ids that name it, sorted
 */
public record Entity(String name, String type, List<String> variants, List<String> sources) {
  public Entity {
    variants = List.copyOf(variants);
    sources = List.copyOf(sources);
  }
}
