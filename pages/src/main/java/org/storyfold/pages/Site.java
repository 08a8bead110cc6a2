package org.storyfold.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a page's links point: the live server's paths, or relative file names in a static export
 * (so the export opens from disk, file:// included). {@code depth} is how many folders below the
 * export's root the page lies (0 for index.html, 1 for stories/ and articles/).
 */
record Site(boolean live, int depth) {
  static Site server() {
    return new Site(true, 0);
  }

  static Site files(int depth) {
    return new Site(false, depth);
  }

  private String root() {
    return "../".repeat(depth);
  }

  String home() {
    return live ? "/" : root() + "index.html";
  }

  String story(String id) {
    return live ? "/stories/" + segment(id) : root() + "stories/" + Pages.fileName(id) + ".html";
  }

  String article(String id) {
    if (!live) {
      return root() + "articles/" + Pages.fileName(id) + ".html";
    }
    // An encoded slash in a path is refused by the HTTP server: such ids go by query parameter.
    return id.indexOf('/') >= 0 ? "/articles?id=" + segment(id) : "/articles/" + segment(id);
  }

  String asset(String name) {
    return live ? "/assets/" + name : root() + name;
  }

  private static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
