package org.storyfold.server;

import java.nio.file.Path;
import java.util.Objects;
import org.storyfold.StoryfoldConfig;

/**
 * How {@code storyfold serve} runs.
 *
 * @param port          HTTP port on all interfaces; 0 picks a free one (default 8080)
 * @param host          address to bind (default {@code 0.0.0.0})
 * @param data          the data folder: index, log, token (default {@code ./storyfold-data})
 * @param token         the write token, or null for {@code STORYFOLD_TOKEN} or a generated one
 * @param watch         a folder whose new files are ingested, or null
 * @param maxBodyBytes  the largest request body (default 64 MiB; 413 beyond)
 * @param commitMillis  how often the index is committed (default 5000 ms; the log covers the rest:
 *                      a commit flushes a segment and forces files, which competes with the log's force)
 * @param engine        the engine's configuration
 * @param merges        whether an article that bridges two stories merges them (default on: see
 *                      {@code GroupingConfig})
 */
public record ServerOptions(int port, String host, Path data, String token, Path watch, long maxBodyBytes,
                            long commitMillis, StoryfoldConfig engine, boolean merges) {
  public static final long DEFAULT_MAX_BODY = 64L << 20;

  public ServerOptions {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(engine, "engine");
    host = host == null ? "0.0.0.0" : host;
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    if (commitMillis < 1) {
      throw new IllegalArgumentException("commitMillis must be positive");
    }
  }

  public static ServerOptions defaults() {
    return new ServerOptions(8080, null, Path.of("storyfold-data"), null, null, DEFAULT_MAX_BODY, 5000,
        StoryfoldConfig.defaults(), true);
  }

  public ServerOptions withPort(int p) {
    return new ServerOptions(p, host, data, token, watch, maxBodyBytes, commitMillis, engine, merges);
  }

  public ServerOptions withHost(String h) {
    return new ServerOptions(port, h, data, token, watch, maxBodyBytes, commitMillis, engine, merges);
  }

  public ServerOptions withData(Path d) {
    return new ServerOptions(port, host, d, token, watch, maxBodyBytes, commitMillis, engine, merges);
  }

  public ServerOptions withToken(String t) {
    return new ServerOptions(port, host, data, t, watch, maxBodyBytes, commitMillis, engine, merges);
  }

  public ServerOptions withWatch(Path w) {
    return new ServerOptions(port, host, data, token, w, maxBodyBytes, commitMillis, engine, merges);
  }

  public ServerOptions withMaxBodyBytes(long b) {
    return new ServerOptions(port, host, data, token, watch, b, commitMillis, engine, merges);
  }

  public ServerOptions withMerges(boolean on) {
    return new ServerOptions(port, host, data, token, watch, maxBodyBytes, commitMillis, engine, on);
  }

  public ServerOptions withEngine(StoryfoldConfig c) {
    return new ServerOptions(port, host, data, token, watch, maxBodyBytes, commitMillis, c, merges);
  }
}
