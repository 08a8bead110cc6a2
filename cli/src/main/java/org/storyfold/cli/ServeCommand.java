package org.storyfold.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyfold.server.ServerOptions;
import org.storyfold.server.StoryfoldServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyfold serve}: the live server (the server module does the work; this only parses options). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Runs the live server: articles posted (or dropped into --watch) go to their story at once, "
        + "kept in a durable store in --data; stories are read over HTTP. See server/README.md for the API.", "",
        "Writes need 'Authorization: Bearer TOKEN': --token, or STORYFOLD_TOKEN, or a token generated on first start, "
            + "stored in the data folder (owner-only) and printed once.", "",
        "Example:", "  storyfold serve --port 8080 --data ./storyfold-data --watch ./inbox"},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:stopped", "2:bad command line", "3:internal error (the port taken, the data folder unusable)"})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--data", defaultValue = "storyfold-data", paramLabel = "DIR",
      description = "Data folder: index, write-ahead log, token (default ./${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--token", paramLabel = "T", description = "The write token (else STORYFOLD_TOKEN, else generated).")
  String token;

  @Option(names = "--watch", paramLabel = "DIR", description = "Ingest every supported file dropped into DIR.")
  Path watch;

  @Override
  public Integer call() throws Exception {
    ServerOptions options = ServerOptions.defaults().withPort(port).withHost(host).withData(data).withToken(token)
        .withWatch(watch);
    StoryfoldServer server = StoryfoldServer.start(options, System.out);
    System.out.println("storyfold: serving on port " + server.port() + ", data in " + data.toAbsolutePath());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception e) {
        System.err.println("storyfold: closing: " + e.getMessage());
      }
    }));
    Thread.currentThread().join();
    return 0;
  }
}
