package org.storyfold.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.List;
import org.storyfold.story.Article;
import org.storyfold.story.Rejection;

/** Shared output helpers: JSON shapes of the records, and the rejection lines on standard error. */
final class Report {
  static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Report() {}

  /** One line per rejection and warning on standard error; returns the exit status they imply. */
  static int complain(List<Rejection> rejected, List<String> warnings, PrintStream err) {
    for (String w : warnings) {
      err.println("storyfold: warning: " + printable(w));
    }
    for (Rejection r : rejected) {
      err.println("storyfold: rejected " + printable(r.input()) + ": " + printable(r.reason()));
    }
    return rejected.isEmpty() ? 0 : StoryfoldCommand.REJECTED;
  }

  static String source(Article a) {
    return a.source() != null ? a.source() : a.id();
  }

  /**
   * A string made safe for one line of a text report: line breaks, NUL and other control characters
   * are escaped (backslash-n, backslash-u0000), so an id or title from the input cannot break the layout.
   */
  static String printable(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (control && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (b != null) {
        if (!control) {
          b.append(c);
        } else if (c == '\n') {
          b.append("\\n");
        } else if (c == '\r') {
          b.append("\\r");
        } else if (c == '\t') {
          b.append("\\t");
        } else {
          b.append(String.format("\\u%04x", (int) c));
        }
      }
    }
    return b == null ? s : b.toString();
  }
}
