package org.storyfold.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that was decoded twice: UTF-8 bytes read as Windows-1252 (or Latin-1) and encoded
 * again, so that {@code günlük} reads {@code gÃ¼nlÃ¼k} and {@code "} reads {@code â€œ}. The repair
 * is the one ftfy makes (Speer 2019): take each suspicious run back to the bytes the wrong decoder
 * saw and decode them as UTF-8; keep the result only when those bytes are valid UTF-8. A run is a
 * lead character of a two- to four-byte UTF-8 sequence as Windows-1252 shows it (Â-ï, ð-ô) followed
 * by continuation characters (0x80-0xBF as Windows-1252 shows them). Correct text almost never holds
 * such a run ("Ã¼" is no word in any language), so text without one is returned unchanged.
 */
public final class Mojibake {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  /** Windows-1252's characters for the bytes 0x80-0xBF (continuation bytes of UTF-8). */
  private static final String CONTINUATION = continuationChars();
  private static final Pattern RUN = Pattern.compile(
      "(?:[\\u00C2-\\u00DF][" + CONTINUATION + "]|[\\u00E0-\\u00EF][" + CONTINUATION + "]{2}"
          + "|[\\u00F0-\\u00F4][" + CONTINUATION + "]{3})+");

  private Mojibake() {}

  /** The text with every double-decoded run decoded once more; unchanged when there is none. */
  public static String repair(String text) {
    Matcher m = RUN.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      out.append(text, last, m.start());
      String fixed = redecode(m.group());
      out.append(fixed == null ? m.group() : fixed);
      last = m.end();
    } while (m.find());
    return out.append(text, last, text.length()).toString();
  }

  /** The run's Windows-1252 bytes decoded as UTF-8, or null when they are not valid UTF-8. */
  private static String redecode(String run) {
    byte[] bytes = new byte[run.length()];
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c < 256) {
        bytes[i] = (byte) c; // Latin-1 reading: 0x80-0x9F kept as C1 controls
      } else {
        byte[] b = String.valueOf(c).getBytes(CP1252);
        if (b.length != 1 || b[0] == '?') {
          return null;
        }
        bytes[i] = b[0];
      }
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer decoded = utf8.decode(ByteBuffer.wrap(bytes));
      return decoded.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** A regex character-class body (escaped code units) of the characters that show bytes 0x80-0xBF. */
  private static String continuationChars() {
    StringBuilder sb = new StringBuilder();
    for (int b = 0x80; b <= 0xBF; b++) {
      sb.append(String.format("\\u%04X", b)); // the Latin-1 reading
      char cp = new String(new byte[] {(byte) b}, CP1252).charAt(0);
      if (cp != '\uFFFD' && cp != (char) b) {
        sb.append(String.format("\\u%04X", (int) cp)); // the Windows-1252 reading (€, „, …, ™...)
      }
    }
    return sb.toString();
  }
}
