package dev.geotimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geotimeline.testing.DemoState;
import dev.geotimeline.testing.HeadlessChromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at / as an analyst uses it, in Debian's headless Chromium against the running service
 * with the demo data: an actor chosen through the type-ahead, the timeline in order, a place with
 * its sub-places on the map, a date and a type filter with its volume chart and CSV download, the
 * state in the URL.
 */
@QuarkusTest
class TimelinePageBrowserTest {

    private static final String PRESS_CONFERENCE =
            "At his annual press conference Putin offers Russia's Syrian bases for humanitarian aid";
    private static final String DELEGATION = "First Russian official delegation visits Damascus since Assad's fall";
    private static final String CALL = "Putin and al-Sharaa hold their first phone call";
    private static final String INTERVENTION =
            "Russia begins military operations in Syria in support of Bashar al-Assad";

    @TestHTTPResource("/")
    URL page;

    @Inject
    DemoState demo;

    private HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openThePage() throws IOException {
        demo.restore();
        chromium = HeadlessChromium.start("timeline-page", 1280, 1500);
        browser = chromium.driver();
        wait = chromium.waiting();
    }

    @AfterEach
    void closeTheBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void putinThroughTheTypeAheadThenSyriaOnTheMapThenFilters() throws IOException {
        open("");
        choose("actor", "Puti", "vladimir-putin");
        assertEquals(List.of(PRESS_CONFERENCE, DELEGATION, CALL), listedTitles(), "Putin's timeline, in order");
        assertTrue(browser.getCurrentUrl().endsWith("/?actor=vladimir-putin"), browser.getCurrentUrl());
        assertEquals("3 events.", status());
        List<WebElement> marks = browser.findElements(By.cssSelector("#timeline a.event-mark"));
        assertEquals(3, marks.size(), "one timeline mark per event");
        assertEquals(
                3,
                browser.findElements(By.cssSelector("#timeline a.event-mark circle"))
                        .size(),
                "days are points");

        browser.findElement(By.cssSelector("button[data-clear=actor]")).click();
        waitUntilLoaded();
        choose("location", "Syr", "syria");
        assertTrue(browser.getCurrentUrl().endsWith("/?location=syria"), browser.getCurrentUrl());
        WebElement hmeimim =
                wait.until(d -> d.findElement(By.cssSelector("#map svg a.place[data-slug='hmeimim-air-base']")));
        assertTrue(
                hmeimim.getDomAttribute("aria-label").startsWith("Hmeimim air base: 2 events"),
                hmeimim.getDomAttribute("aria-label"));
        assertTrue(hmeimim.findElement(By.tagName("title"))
                .getDomProperty("textContent")
                .contains(PRESS_CONFERENCE));
        assertTrue(listedTitles().contains(INTERVENTION));
        WebElement month = browser.findElement(
                By.xpath(
                        "//*[@id='timeline']//*[local-name()='a'][contains(@aria-label, 'December 2024: Russia repositions')]"));
        assertFalse(month.findElements(By.tagName("rect")).isEmpty(), "a month is drawn as a span, not a point");

        type(browser.findElement(By.id("from")), "2024-12" + Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().endsWith("/?location=syria&from=2024-12"));
        waitUntilLoaded();
        List<String> sinceDecember = listedTitles();
        assertFalse(sinceDecember.contains(INTERVENTION), "from=2024-12 leaves out 2015");
        assertEquals(6, sinceDecember.size(), String.valueOf(sinceDecember));
        browser.executeScript("document.activeElement.blur()");
        chromium.screenshot(browser.findElement(By.tagName("header")), 1500, "timeline-page.png");

        browser.findElement(By.cssSelector("input[name=type][value=CONSULT]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/?location=syria&type=CONSULT&from=2024-12"));
        waitUntilLoaded();
        assertEquals(List.of(DELEGATION, CALL), listedTitles(), "only the consultations are left");
        assertTrue(browser.findElements(By.cssSelector("#events li.event")).stream()
                .allMatch(e -> "CONSULT".equals(e.getDomAttribute("data-type"))));
        assertVolumeDrawn(2);
        String csv = downloadLink("csv");
        assertTrue(csv.endsWith("/api/v1/locations/syria/timeline?type=CONSULT&from=2024-12&format=csv"), csv);
        String downloaded = given().when()
                .get(csv)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("geotimeline-syria.csv"))
                .extract()
                .asString();
        List<String> rows = downloaded.lines().toList();
        assertEquals(3, rows.size(), "a header and the two consultations: " + downloaded);
        assertTrue(rows.get(1).contains(DELEGATION) && rows.get(2).contains(CALL), downloaded);
        browser.navigate().back();
        wait.until(d -> d.getCurrentUrl().endsWith("/?location=syria&from=2024-12"));
        wait.until(d -> listedTitles().equals(sinceDecember)); // Back shows the view before the type filter
        waitUntilLoaded();
        assertFalse(browser.findElement(By.cssSelector("input[name=type][value=CONSULT]"))
                .isSelected());
        assertFalse(chromium.console().contains("Uncaught"), chromium.console());
    }

    @Test
    void anAliasSaysWhichNameMatchedAndTheKeyboardChooses() {
        open("");
        WebElement input = browser.findElement(By.id("actor-input"));
        type(input, "jolani");
        WebElement option = wait.until(d -> d.findElement(By.cssSelector("#actor-options [role=option]")));
        assertEquals("ahmad-al-sharaa", option.getDomAttribute("data-slug"));
        assertTrue(option.getText().contains("Ahmad al-Sharaa"), option.getText());
        assertTrue(option.getText().contains("al-Jolani"), "the alias that matched: " + option.getText());
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(option.getDomAttribute("id"), input.getDomAttribute("aria-activedescendant"));
        input.sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().endsWith("/?actor=ahmad-al-sharaa"));
        waitUntilLoaded();
        assertEquals("Ahmad al-Sharaa", input.getDomProperty("value"));
        assertEquals(List.of(DELEGATION, CALL), listedTitles());
    }

    @Test
    void aSharedUrlReloadsTheSameView() {
        open("?actor=putin&type=CONSULT,COOPERATE&to=2025-01");
        wait.until(
                d -> "Vladimir Putin".equals(d.findElement(By.id("actor-input")).getDomProperty("value")));
        assertTrue(browser.findElement(By.cssSelector("input[name=type][value=CONSULT]"))
                .isSelected());
        assertTrue(browser.findElement(By.cssSelector("input[name=type][value=COOPERATE]"))
                .isSelected());
        assertFalse(browser.findElement(By.cssSelector("input[name=type][value=AID]"))
                .isSelected());
        assertEquals("2025-01", browser.findElement(By.id("to")).getDomProperty("value"));
        assertEquals(List.of(PRESS_CONFERENCE, DELEGATION), listedTitles());
        wait.until(d -> "Vladimir Putin — GeoTimeline".equals(d.getTitle()));
    }

    /** The chart of GET /api/v1/timeline/histogram's answer, drawn from the shape it documents. */
    @Test
    void theVolumeChartDrawsEachSeriesWithItsLegend() {
        open("");
        Object drawn = browser.executeAsyncScript("""
                const [answer, done] = arguments;
                import("/app/histogram.js").then(({ drawHistogram }) => {
                  const box = document.createElement("div");
                  document.body.append(box);
                  drawHistogram(box, JSON.parse(answer));
                  done([box.querySelectorAll(".bars.series-0 rect").length,
                        box.querySelectorAll(".bars.series-1 rect").length,
                        box.querySelector(".legend").textContent,
                        box.querySelectorAll("table tbody tr").length].join("|"));
                }, (error) => done(String(error)));
                """, """
                {"interval":"day","total":5,"series":[
                  {"precision":"DAY","label":"day","buckets":[
                    {"start":"2024-12-19","end":"2024-12-19","count":1},
                    {"start":"2025-02-12","end":"2025-02-12","count":2}]},
                  {"precision":"MONTH","label":"month only","buckets":[
                    {"start":"2024-12-01","end":"2024-12-31","count":1},
                    {"start":"2025-02-01","end":"2025-02-28","count":1}]}]}""");
        assertEquals("2|2|day: 3month only: 2|4", drawn);
    }

    /** With geotimeline.ui.map-tile-url set, tiles of that template lie under the outline, with the credit. */
    @Test
    void configuredMapTilesLieUnderTheOutline() {
        open("");
        Object drawn = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import("/app/map.js").then(async ({ drawMap }) => {
                  const box = document.createElement("div");
                  box.style.width = "512px";
                  document.body.append(box);
                  await drawMap(box, [{ slug: "damascus", name: "Damascus", latitude: 33.5138, longitude: 36.2765,
                    events: ["a call"] }], { mapTileUrl: "/tiles/{z}/{x}/{y}.png", mapTileAttribution: "Tiles: test" },
                    () => "#");
                  const tiles = [...box.querySelectorAll("svg.map.tiled .tiles image")].map((i) => i.getAttribute("href"));
                  done([tiles.length > 0, tiles.every((t) => t.startsWith("/tiles/") && t.split("/").length === 5),
                        box.querySelector(".attribution").textContent,
                        box.querySelector("a.place").getAttribute("aria-label")].join("|"));
                }, (error) => done(String(error)));
                """);
        assertEquals("true|true|Tiles: test|Damascus: 1 event", drawn);
    }

    @Test
    void badInputShowsTheProblem() {
        open("?from=2025-02-30");
        assertTrue(status().contains("2025-02-30 is not a valid calendar date"), status());
        assertTrue(listedTitles().isEmpty());
    }

    @Test
    void thePageLeavesTheApiAndSwaggerUiAlone() {
        given().get("/").then().statusCode(200).body(containsString("<title>GeoTimeline</title>"));
        given().get("/ui/settings").then().statusCode(200).body("mapTileUrl", nullValue());
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/api/v1/event-types").then().statusCode(200);
        given().get("/map/world-50m.json").then().statusCode(200).body("size", org.hamcrest.Matchers.is(7200));
    }

    private void open(String query) {
        browser.get(page.toString() + query);
        wait.until(d -> !d.findElements(By.cssSelector("input[name=type]")).isEmpty());
        waitUntilLoaded();
    }

    /** Types the beginning of a name into a type-ahead and clicks the option of {@code slug}. */
    private void choose(String kind, String text, String slug) {
        WebElement input = browser.findElement(By.id(kind + "-input"));
        type(input, text);
        By option = By.cssSelector("#" + kind + "-options [role=option][data-slug='" + slug + "']");
        wait.until(d -> d.findElement(option).isDisplayed());
        browser.findElement(option).click();
        wait.until(d -> d.getCurrentUrl().contains(kind + "=" + slug));
        waitUntilLoaded();
    }

    private void type(WebElement input, String text) {
        chromium.scrollTo(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** The page marks itself busy from a change of state until the timeline, map and volume are drawn. */
    private void waitUntilLoaded() {
        wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("aria-busy") == null
                && !status().isEmpty()
                && !status().equals("Loading…"));
    }

    private String status() {
        return browser.findElement(By.id("status")).getText();
    }

    /** Read in one script, so that a redraw between finding the titles and reading them cannot split the list. */
    @SuppressWarnings("unchecked")
    private List<String> listedTitles() {
        return (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('#events li.event .title')].map((t) => t.innerText.trim());");
    }

    private String downloadLink(String format) {
        return browser.findElement(By.cssSelector("#downloads a[data-format=" + format + "]"))
                .getDomProperty("href");
    }

    /** The chart of GET /api/v1/timeline/histogram for the events listed, counted by the server. */
    private void assertVolumeDrawn(int total) {
        WebElement chart = wait.until(d -> d.findElement(By.cssSelector("#histogram svg.histogram")));
        String label = chart.getDomAttribute("aria-label");
        assertTrue(label.contains(": " + total + " in all"), label);
    }
}
