package org.storyfold.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The write token: given ({@code --token} or {@code STORYFOLD_TOKEN}), or generated on first start,
 * kept in the data folder readable by its owner only, and printed once (as Elasticsearch 8 does
 * with its first password).
 */
final class Tokens {
  static final String FILE = "token";

  private Tokens() {}

  static String resolve(String given, Path data, PrintStream out) throws IOException {
    if (given != null && !given.isBlank()) {
      return given.strip();
    }
    Path file = data.resolve(FILE);
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    byte[] raw = new byte[24];
    new SecureRandom().nextBytes(raw);
    String token = HexFormat.of().formatHex(raw);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    } catch (FileAlreadyExistsException raced) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
    out.println("storyfold: generated a write token (stored in " + file + ", owner-only): " + token);
    return token;
  }

  /** Whether an Authorization header carries the token (constant-time comparison). */
  static boolean matches(String header, String token) {
    if (header == null || !header.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
  }
}
