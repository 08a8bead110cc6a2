package org.storyfold.io;

import org.storyfold.story.Article;

/** Plain-text articles: the first non-empty line is the headline, the rest the body. */
final class TextFiles {
  private TextFiles() {}

  static Article parse(String id, String content) throws Rejected {
    String text = content.replace("\r\n", "\n").replace('\r', '\n');
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        String body = end >= text.length() ? "" : text.substring(end + 1).strip();
        return new Article(id, null, null, line, body, null, null);
      }
      start = end + 1;
    }
    throw new Rejected("no text: only white space");
  }
}
