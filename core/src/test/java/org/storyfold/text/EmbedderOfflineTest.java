package org.storyfold.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nothing leaves the machine: loading the bundled model and embedding with it opens no connection. Every
 * URL connection and every plain socket asks the default {@link ProxySelector} where to go before it
 * connects, so a selector that records the question sees any attempt (a telemetry ping, a metadata probe,
 * a download of a native library).
 */
class EmbedderOfflineTest {
  @Test
  void bundled_loadAndEmbed_opensNoNetworkConnection() {
    List<URI> asked = Collections.synchronizedList(new ArrayList<>());
    ProxySelector previous = ProxySelector.getDefault();
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        asked.add(uri);
        return List.of(Proxy.NO_PROXY);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException e) {
        // recorded by select already
      }
    });
    try {
      Embedder embedder = Embedder.bundled();
      float[] v = embedder.embed("The Orvik dam burst on Monday, flooding forty homes.");
      assertThat(v).isNotEmpty();
      assertThat(Embedder.bundledQuantized().embed("The Orvik dam burst on Monday, flooding forty homes."))
          .hasSameSizeAs(v);
    } finally {
      ProxySelector.setDefault(previous);
    }
    assertThat(asked).as("network connections attempted while loading and running the model").isEmpty();
    assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
  }

  @Test
  void checkFolder_missingModelFile_namesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    java.nio.file.Files.writeString(dir.resolve("model.onnx"), "not really");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Embedder.checkFolder(dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no readable tokenizer.json");
  }
}
