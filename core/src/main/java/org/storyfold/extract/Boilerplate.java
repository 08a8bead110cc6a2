package org.storyfold.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.story.Article;

/**
 * Removes the lines of an article that belong to its site, not its story: menus, share bars, comment
 * forms, related-article lists, subscription prompts, photo credits, machine-written bullet summaries.
 */
public final class Boilerplate {

  /** Cleans a batch; the batch matters because boilerplate repeats across pages of a site. */
  public Cleaning clean(List<Article> batch) {
    List<Article> out = new ArrayList<>(batch);
    Map<String, List<Cleaning.Removal>> removed = new HashMap<>();
    return new Cleaning(out, removed);
  }
}
