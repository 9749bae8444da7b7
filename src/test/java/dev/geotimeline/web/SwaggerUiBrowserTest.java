package dev.geotimeline.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.geotimeline.testing.HeadlessChromium;
import dev.geotimeline.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI as an analyst uses it, in a real browser: Debian's headless Chromium, driven through
 * its chromedriver. Every GET operation of the served document is opened, "Try it out" pressed,
 * the path parameter filled, every other field left as Swagger UI fills it, and Execute pressed;
 * each must answer 2xx with a non-empty body. Then one write, authorised through the Authorize
 * button with a development token. Chromium is required: without it the test fails (.ci/run
 * installs the packages chromium and chromium-driver).
 */
@QuarkusTest
class SwaggerUiBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/q/swagger-ui/")
    URL swaggerUi;

    private HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = HeadlessChromium.start("swagger-ui", 1280, 1600);
        browser = chromium.driver();
        wait = chromium.waiting();
        browser.get(swaggerUi.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void everyGetOperationExecutesFromTheForm() throws IOException {
        Map<String, String> pathValues = Map.of("actor", "putin", "location", "syria", "id", anEventId());
        List<String> gets = documentedGetOperations();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (String operationId : gets) {
            WebElement operation = open(operationId);
            tryItOut(operation);
            for (WebElement row : operation.findElements(By.cssSelector("tr[data-param-in='path']"))) {
                String name = row.getAttribute("data-param-name");
                assertTrue(pathValues.containsKey(name), operationId + ": no value for path parameter " + name);
                type(row.findElement(By.cssSelector("input")), pathValues.get(name));
            }
            Answer answer = execute(operation, operationId);
            statuses.put(operationId, answer.status());
            assertTrue(
                    answer.status() >= 200 && answer.status() < 300,
                    operationId + " answered " + answer.status() + ": " + answer.body());
            assertHasContent(operationId, answer.body());
            if (operationId.equals("getActorTimeline")) {
                chromium.screenshot(operation, 2300, "swagger-ui-actor-timeline.png");
            }
            collapse(operation);
        }
        assertEquals(12, statuses.size(), "GET operations executed: " + statuses);
    }

    @Test
    void authorizedWriteThroughTheAuthorizeButton() throws IOException {
        browser.findElement(By.cssSelector("button.authorize")).click();
        WebElement modal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
        type(
                modal.findElement(By.cssSelector("input")),
                Tokens.token("swagger-ui-analyst", java.util.Set.of("editor")));
        modal.findElement(By.cssSelector("button.authorize")).click();
        modal.findElement(By.cssSelector("button.btn-done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));

        String name = "Swagger UI analyst " + System.nanoTime();
        WebElement operation = open("createActor");
        tryItOut(operation);
        WebElement body = operation.findElement(By.cssSelector("textarea.body-param__text"));
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        body.sendKeys("{\"name\":\"" + name + "\",\"kind\":\"OTHER\",\"aliases\":[\"a browser test\"]}");
        Answer answer = execute(operation, "createActor");
        assertEquals(201, answer.status(), "createActor: " + answer.body());
        JsonNode created = JSON.readTree(answer.body());
        assertEquals(name, created.path("name").asText());
        assertEquals("swagger-ui-analyst", created.path("createdBy").asText(), "the token's subject wrote it");
        Tokens.asEditor()
                .delete("/api/v1/actors/{id}", created.path("id").asLong())
                .then()
                .statusCode(204);
    }

    private record Answer(int status, String body) {}

    private List<String> documentedGetOperations() {
        Map<String, Map<String, Object>> paths = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> path : paths.values()) {
            if (path.get("get") instanceof Map<?, ?> get) {
                ids.add((String) get.get("operationId"));
            }
        }
        List<String> shown = browser.findElements(By.cssSelector(".opblock.opblock-get")).stream()
                .map(e -> e.getAttribute("id").replaceFirst("^operations-[^-]+-", ""))
                .toList();
        assertEquals(new TreeSet<>(ids), new TreeSet<>(shown), "Swagger UI shows every GET operation");
        return ids;
    }

    private String anEventId() {
        return given().get("/api/v1/events?limit=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items[0].id");
    }

    private WebElement open(String operationId) {
        WebElement operation = browser.findElement(By.cssSelector("[id$='-" + operationId + "'].opblock"));
        chromium.scrollTo(operation);
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.until(d -> !operation.findElements(By.cssSelector(".opblock-body")).isEmpty());
        return operation;
    }

    private void tryItOut(WebElement operation) {
        WebElement button = wait.until(d -> operation.findElement(By.cssSelector("button.try-out__btn")));
        chromium.scrollTo(button);
        button.click();
        wait.until(
                d -> !operation.findElements(By.cssSelector("button.execute")).isEmpty());
    }

    private Answer execute(WebElement operation, String operationId) {
        WebElement execute = operation.findElement(By.cssSelector("button.execute"));
        chromium.scrollTo(execute);
        execute.click();
        By status = By.cssSelector(".live-responses-table .response .response-col_status");
        try {
            wait.until(d -> !operation.findElements(status).isEmpty());
        } catch (TimeoutException e) {
            fail(operationId + ": Swagger UI sent no request; browser console: " + chromium.console()
                    + "; form errors: " + text(operation, ".validation-errors"));
        }
        String code = operation.findElement(status).getText().strip();
        String body = text(operation, ".live-responses-table .response-col_description .highlight-code pre");
        return new Answer(Integer.parseInt(code.split("\\s+")[0]), body);
    }

    private void collapse(WebElement operation) {
        chromium.scrollTo(operation);
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
    }

    private static void assertHasContent(String operationId, String body) throws IOException {
        assertFalse(body.isBlank(), operationId + " answered an empty body");
        JsonNode json = JSON.readTree(body);
        JsonNode items = json.has("items") ? json.get("items") : json;
        assertTrue(items.size() > 0, operationId + " answered no data: " + body);
    }

    private void type(WebElement input, String value) {
        chromium.scrollTo(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    private String text(WebElement scope, String css) {
        return scope.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getDomProperty("textContent"))
                .collect(Collectors.joining("\n"));
    }
}
