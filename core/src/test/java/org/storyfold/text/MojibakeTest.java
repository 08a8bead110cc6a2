package org.storyfold.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
  private static String doubleDecoded(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
  }

  @Test
  void repair_textDecodedTwice_isDecodedOnce() {
    assertThat(Mojibake.repair("gÃ¼nlÃ¼k")).isEqualTo("günlük");
    String s = "Der Bürgermeister sagte: „Wir öffnen die Straße“ – 5 °C, 10 € Gebühr, Şişli";
    assertThat(Mojibake.repair(doubleDecoded(s))).isEqualTo(s);
    String polish = "Łódź"; // 0x81 has no Windows-1252 character: the Latin-1 reading keeps it
    assertThat(Mojibake.repair(new String(polish.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)))
        .isEqualTo(polish);
  }

  @Test
  void repair_correctText_isUnchanged() {
    for (String s : new String[] {"günlük", "Ã la carte is not French", "Москва", "北京", "", "© 2024 Â"}) {
      assertThat(Mojibake.repair(s)).isEqualTo(s);
    }
  }
}
