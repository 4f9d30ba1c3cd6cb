package org.techsov.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Every dashboard page in real headless Chromium, on the demo world. */
class DashboardIT {
  static final List<String> PAGES =
      List.of(
          "country",
          "product",
          "circumvention",
          "feasibility",
          "programmes",
          "scorecard",
          "localisation",
          "embargo");
  @TempDir static Path dir;
  static TestServer server;
  static Browser browser;

  @BeforeAll
  static void start() {
    server = new TestServer(dir);
    browser = new Browser(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    server.close();
  }

  /** Opens a page and waits until none of its charts is still loading. */
  static List<WebElement> open(String page) {
    browser.driver.get(server.base() + "/#/" + page);
    return settled(page);
  }

  static List<WebElement> settled(String page) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(60))
        .until(
            d ->
                page.equals(d.findElement(By.id("page")).getAttribute("data-page"))
                    && !d.findElements(By.cssSelector("[data-chart]")).isEmpty()
                    && d.findElements(By.cssSelector("[data-chart][data-state=loading]"))
                        .isEmpty());
    return browser.driver.findElements(By.cssSelector("[data-chart]"));
  }

  @Test
  void everyPageLoadsWithoutConsoleErrorsAndShowsEachChartWithData() {
    browser.consoleErrors();
    for (String page : PAGES) {
      List<WebElement> charts = open(page);
      for (WebElement c : charts) {
        String id = c.getAttribute("data-chart");
        assertThat(c.getAttribute("data-state")).as(id + ": " + c.getText()).isEqualTo("ready");
        assertThat(Integer.parseInt(c.getAttribute("data-rows"))).as(id).isPositive();
        assertThat(c.findElements(By.cssSelector(".chart canvas"))).as(id).isNotEmpty();
        assertThat(c.findElement(By.cssSelector("a.csv")).getAttribute("href"))
            .as(id)
            .contains("/api/")
            .contains("format=csv");
        assertThat(c.findElement(By.cssSelector("a.api")).getAttribute("href")).contains("/api/");
        assertThat(c.findElement(By.cssSelector("code.cli")).getText()).startsWith("techsov ");
      }
      browser.screenshot(page);
      assertThat(browser.consoleErrors()).as("console errors on " + page).isEmpty();
    }
  }

  @Test
  void changingTheYearRedrawsTheCountryCharts() {
    open("country");
    String before = query("country-areas");
    Object dataBefore = seriesData("country-areas");
    new Select(browser.driver.findElement(By.name("year"))).selectByValue("2019");
    settled("country");
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> !query("country-areas").equals(before));
    assertThat(query("country-areas")).contains("from=2019").contains("to=2019");
    assertThat(seriesData("country-areas")).isNotEqualTo(dataBefore);
    assertThat(
            browser.driver.findElement(By.cssSelector("[data-chart=country-areas] h2")).getText())
        .endsWith("2019");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void changingTheProductRedrawsTheSupplierShares() {
    open("product");
    Select product = new Select(browser.driver.findElement(By.name("product")));
    String other =
        product.getOptions().stream()
            .map(o -> o.getAttribute("value"))
            .filter(v -> !v.equals(product.getFirstSelectedOption().getAttribute("value")))
            .findFirst()
            .orElseThrow();
    String before = query("product-suppliers");
    product.selectByValue(other);
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> !before.equals(query("product-suppliers")));
    settled("product");
    assertThat(query("product-suppliers")).contains("product=" + other);
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("[data-chart=product-suppliers]"))
                .getAttribute("data-state"))
        .isEqualTo("ready");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void choosingAnotherProgrammeRedrawsItsAdoptionAndForecast() {
    open("programmes");
    Select programme = new Select(browser.driver.findElement(By.name("programme")));
    assertThat(programme.getOptions()).hasSizeGreaterThan(1);
    String before = query("programme-adoption");
    String other = programme.getOptions().get(1).getAttribute("value");
    programme.selectByValue(other);
    new WebDriverWait(browser.driver, Duration.ofSeconds(60))
        .until(d -> !before.equals(query("programme-adoption")));
    settled("programmes");
    assertThat(query("programme-adoption")).contains("/api/programmes/" + other);
    assertThat((String) seriesData("programme-adoption")).contains("[");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void choosingAnotherRuleSetRescoresTheBill() {
    open("localisation");
    String before = browser.driver.findElement(By.cssSelector("p.summary")).getText();
    assertThat(before).contains("microcontroller").contains("50 points");
    new Select(browser.driver.findElement(By.name("rules"))).selectByValue("eaeu-value-added");
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(
            d -> query("localisation-tree") != null && query("localisation-tree").contains("eaeu"));
    settled("localisation");
    assertThat(browser.driver.findElement(By.cssSelector("p.summary")).getText())
        .contains("percent")
        .isNotEqualTo(before);
    assertThat(browser.driver.findElements(By.cssSelector("table.explanation tr")))
        .hasSizeGreaterThan(2);
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void addingChinaToTheCutBlocksMore() {
    open("embargo");
    String before =
        browser
            .driver
            .findElement(By.cssSelector("[data-chart=embargo-blocked]"))
            .getAttribute("data-rows");
    browser.driver.findElement(By.cssSelector("input[name=country][value=CHN]")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> query("embargo-blocked") != null && query("embargo-blocked").contains("CHN"));
    settled("embargo");
    assertThat(
            Integer.parseInt(
                browser
                    .driver
                    .findElement(By.cssSelector("[data-chart=embargo-blocked]"))
                    .getAttribute("data-rows")))
        .isGreaterThanOrEqualTo(Integer.parseInt(before));
    assertThat(browser.driver.findElement(By.cssSelector("p.summary")).getText()).contains("CHN");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void filteringTheScorecardByStatusShowsOnlyThoseLines() {
    open("scorecard");
    int all = browser.driver.findElements(By.cssSelector("tr[data-status]")).size();
    assertThat(all).isGreaterThan(3);
    new Select(browser.driver.findElement(By.name("status"))).selectByValue("off track");
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> d.findElements(By.cssSelector("tr[data-status]")).size() < all);
    assertThat(browser.driver.findElements(By.cssSelector("tr[data-status]")))
        .allSatisfy(r -> assertThat(r.getAttribute("data-status")).isEqualTo("off track"));
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void choosingAnotherBlocRecoloursTheProductSpace() {
    open("feasibility");
    String before = query("feasibility-space");
    new Select(browser.driver.findElement(By.name("bloc"))).selectByValue("COALITION");
    new WebDriverWait(browser.driver, Duration.ofSeconds(60))
        .until(d -> !before.equals(query("feasibility-space")));
    settled("feasibility");
    assertThat(query("feasibility-space")).contains("bloc=COALITION");
    assertThat(
            browser.driver.findElements(By.cssSelector("[data-table=feasibility-candidates] tr")))
        .hasSizeGreaterThan(5);
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void choosingAnotherGroupingOrRouteRedrawsTheCircumventionCharts() {
    open("circumvention");
    String routes = query("circumvention-routes");
    String series = query("circumvention-series");
    Object sankey = seriesData("circumvention-sankey");
    assertThat(routes).contains("level=tier");
    assertThat(series).contains("hub=TUR").contains("group=tier%202");
    assertThat(browser.script(SANCTION_LINE)).isEqualTo("2022-02");
    new Select(browser.driver.findElement(By.name("level"))).selectByValue("list");
    new WebDriverWait(browser.driver, Duration.ofSeconds(60))
        .until(d -> !routes.equals(query("circumvention-routes")));
    settled("circumvention");
    assertThat(query("circumvention-routes")).contains("level=list");
    assertThat(query("circumvention-series")).contains("level=list").contains("group=chpl");
    assertThat(seriesData("circumvention-sankey")).isNotEqualTo(sankey);
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("[data-chart=circumvention-sankey]"))
                .getAttribute("data-state"))
        .isEqualTo("ready");

    List<WebElement> rows = browser.driver.findElements(By.cssSelector("tr[data-route]"));
    assertThat(rows).hasSizeGreaterThan(2);
    String picked = rows.get(1).getAttribute("data-route");
    String before = query("circumvention-series");
    rows.get(1).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(60))
        .until(d -> !before.equals(query("circumvention-series")));
    settled("circumvention");
    assertThat(query("circumvention-series")).contains("hub=" + picked.split("\\|")[0]);
    assertThat(browser.driver.findElement(By.cssSelector("tr.selected")).getAttribute("data-route"))
        .isEqualTo(picked);
    assertThat(browser.script(SANCTION_LINE)).isEqualTo("2022-02");
    browser.screenshot("circumvention-route");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  /** The month the series chart marks as the sanction. */
  static final String SANCTION_LINE =
      "var el = document.querySelector('[data-chart=circumvention-series] .chart');"
          + " return echarts.getInstanceByDom(el).getOption().series[0].markLine.data[0].xAxis;";

  @Test
  void theConsoleCheckSeesErrorsAndRefusedScripts() {
    open("country");
    browser.consoleErrors();
    browser.script("console.error('a deliberate error');");
    browser.script(
        "var s = document.createElement('script'); s.textContent = 'window.inline = 1;';"
            + " document.body.appendChild(s);");
    List<String> errors = browser.consoleErrors();
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("a deliberate error"));
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("Content Security Policy"));
    assertThat(browser.script("return window.inline === undefined;")).isEqualTo(true);
  }

  @Test
  void theDashboardLoadsNothingFromOutsideTheServer() {
    open("country");
    @SuppressWarnings("unchecked")
    List<String> urls =
        (List<String>)
            browser.script(
                "return performance.getEntriesByType('resource').map(function (e) {"
                    + " return e.name; });");
    assertThat(urls).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(server.base()));
  }

  @Test
  void theApiExplorerWorksOfflineUnderTheContentSecurityPolicy() {
    browser.consoleErrors();
    browser.driver.get(server.base() + "/swagger");
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.cssSelector(".opblock-tag")).isEmpty());
    assertThat(browser.driver.getPageSource()).contains("/api/dependency");
    browser.screenshot("swagger");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private static String query(String chart) {
    return browser
        .driver
        .findElement(By.cssSelector("[data-chart=" + chart + "]"))
        .getAttribute("data-query");
  }

  private static Object seriesData(String chart) {
    return browser.script(
        "var el = document.querySelector('[data-chart="
            + chart
            + "] .chart');"
            + " return JSON.stringify(echarts.getInstanceByDom(el).getOption().series"
            + ".map(function (s) { return s.data; }));");
  }
}
