package org.techsov.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven by chromedriver, both from the system's packages (Debian {@code
 * chromium} and {@code chromium-driver}), with a fresh profile and no background network traffic.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(env("TECHSOV_CHROMIUM", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(env("TECHSOV_CHROMEDRIVER", "/usr/bin/chromedriver"));

  final ChromeDriver driver;
  private final Path profile;

  Browser(Path profile) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException(
          "browser tests need Chromium and chromedriver: apt-get install -y chromium"
              + " chromium-driver (or set TECHSOV_CHROMIUM and TECHSOV_CHROMEDRIVER)");
    }
    this.profile = profile;
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1400,1750",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /** Console messages at error level since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Saves a screenshot of the window as {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map(String js, Object... args) {
    return (Map<String, Object>) driver.executeScript(js, args);
  }

  @Override
  public void close() {
    driver.quit();
  }

  Path profile() {
    return profile;
  }
}
