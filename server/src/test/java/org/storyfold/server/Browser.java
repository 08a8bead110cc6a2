package org.storyfold.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), driven by Selenium
 * with both paths given, so Selenium Manager never runs and nothing is downloaded. Without a browser the
 * browser tests are skipped on a laptop and fail under CI ({@code CI} set): a gate must not pass by skipping.
 */
final class Browser {
  static final Path CHROMIUM = Path.of(System.getProperty("storyfold.chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("storyfold.chromedriver", "/usr/bin/chromedriver"));

  private Browser() {}

  static ChromeDriver start() {
    try {
      for (Path p : new Path[] {CHROMIUM, DRIVER}) {
        if (!Files.isExecutable(p)) {
          throw new IllegalStateException(p + " is missing (apt-get install chromium chromium-driver)");
        }
      }
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      // Root in a container has no sandbox; /dev/shm there is small.
      options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
          "--window-size=1280,1000", "--lang=en-GB");
      // An alert must stay open for the test to see it, not be dismissed for it.
      options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
          .usingAnyFreePort().build();
      return new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      if (System.getenv("CI") != null) {
        throw new AssertionError("CI is set and no browser could be started (" + CHROMIUM + ", " + DRIVER + "): " + e, e);
      }
      Assumptions.abort("no browser could be started: " + e.getMessage());
      return null;
    }
  }
}
