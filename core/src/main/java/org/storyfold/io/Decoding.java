package org.storyfold.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text without mojibake: a byte-order mark wins, then strict UTF-8 (pages that declare
 * latin-1 and send UTF-8 are common), then a declared charset (HTTP header or {@code <meta charset>}),
 * then ICU's statistical detection for undeclared legacy charsets (windows-1251, Shift_JIS, GBK, ...),
 * then windows-1252, which decodes anything. Binary content is refused rather than decoded into noise.
 */
final class Decoding {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

  private Decoding() {}

  /** Decodes text, refusing binary data. {@code declared} may be null. */
  static String decode(byte[] bytes, String declared, boolean html) throws Rejected {
    if (bytes.length == 0) {
      throw new Rejected("empty file");
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      // UTF-16 is half NUL bytes for Latin text: judge it by its characters, not its bytes.
      Charset utf16 = startsWith(bytes, 0xFE, 0xFF) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      String text = strict(java.util.Arrays.copyOfRange(bytes, 2, bytes.length), utf16);
      if (text == null) {
        throw new Rejected("undecodable bytes: a UTF-16 byte-order mark, but not valid " + utf16.name());
      }
      if (controlHeavy(text)) {
        throw new Rejected("binary content, not text");
      }
      return text;
    }
    if (looksBinary(bytes)) {
      throw new Rejected("binary content, not text");
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      String text = strict(java.util.Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
      if (text != null) {
        return text;
      }
    }
    Charset named = charsetNamed(declared);
    if (named == null && html) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        named = charsetNamed(m.group(1));
      }
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      // Pages often declare latin-1 and send UTF-8; valid UTF-8 with multi-byte runs is the better bet.
      return utf8;
    }
    if (named != null && !named.equals(StandardCharsets.UTF_8)) {
      String text = strict(bytes, named);
      if (text != null) {
        return text;
      }
    }
    Charset detected = detect(bytes);
    if (detected != null) {
      String text = strict(bytes, detected);
      if (text != null) {
        return text;
      }
    }
    // windows-1252 is what "ISO-8859-1" means on the web (WHATWG encoding standard).
    String legacy = strict(bytes, Charset.forName("windows-1252"));
    if (legacy != null) {
      return legacy;
    }
    throw new Rejected("undecodable bytes: not UTF-8, UTF-16 or windows-1252"
        + (named != null ? " nor the declared " + named.name() : ""));
  }

  /** ICU's best guess at an undeclared charset, when it is confident; null otherwise. */
  static Charset detect(byte[] bytes) {
    try {
      com.ibm.icu.text.CharsetDetector detector = new com.ibm.icu.text.CharsetDetector();
      detector.enableInputFilter(true);
      detector.setText(bytes);
      com.ibm.icu.text.CharsetMatch match = detector.detect();
      if (match == null || match.getConfidence() < 25) {
        return null;
      }
      return charsetNamed(match.getName());
    } catch (RuntimeException e) {
      return null;
    }
  }

  static Charset charsetNamed(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      String n = name.trim().toLowerCase(java.util.Locale.ROOT);
      if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
        n = "windows-1252";
      }
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      CharBuffer chars = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** NUL bytes or many control characters in the first 8 KiB mean the file is not text. */
  static boolean looksBinary(byte[] bytes) {
    return controlHeavy(Math.min(bytes.length, 8192), i -> bytes[i] & 0xFF);
  }

  /** The same test on decoded characters (UTF-16 input). */
  private static boolean controlHeavy(String text) {
    return controlHeavy(Math.min(text.length(), 8192), text::charAt);
  }

  private static boolean controlHeavy(int n, java.util.function.IntUnaryOperator at) {
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = at.applyAsInt(i);
      if (c == 0) {
        return true;
      }
      if (isControl(c)) {
        control++;
      }
    }
    return control > n / 20;
  }

  private static boolean isControl(int c) {
    return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
