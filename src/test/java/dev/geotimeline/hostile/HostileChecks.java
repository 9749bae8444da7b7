package dev.geotimeline.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Shared assertions of the "Data safety: bad input" contract: a response is either a success or a
 * well-formed RFC 9457 problem whose status matches the HTTP status, and never leaks internals.
 */
final class HostileChecks {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Substrings that must never appear in a response body (case-sensitive). */
    static final List<String> LEAKS = List.of(
            "java.",
            "org.hibernate",
            "com.fasterxml",
            "io.quarkus",
            "Exception",
            "SELECT ",
            "jdbc",
            "\tat ",
            "Caused by");

    private HostileChecks() {}

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Printable description of an input for assertion messages (long values shortened, controls escaped). */
    static String show(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        String v = value.length() > 300 ? value.substring(0, 300) + "…(" + value.length() + " chars)" : value;
        for (char c : v.toCharArray()) {
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Status is 2xx or 4xx; a 4xx is a well-formed application/problem+json whose status equals the HTTP status;
     * no body leaks internals. Returns the parsed body (null when there is none).
     */
    static JsonNode assertSafe(Response response, String request) {
        int status = response.statusCode();
        String body = response.asString();
        String what = request + "\n  -> HTTP " + status + " " + response.contentType() + "\n  body: " + show(body);
        assertTrue(
                status >= 200 && status < 500 && !(status >= 300 && status < 400),
                "expected 2xx or 4xx, got " + status + " for " + what);
        for (String leak : LEAKS) {
            assertFalse(body.contains(leak), "body leaks '" + leak + "' for " + what);
        }
        if (status >= 400) {
            return assertProblem(response, status, request);
        }
        return parse(body, what);
    }

    static JsonNode assertProblem(Response response, int expectedStatus, String request) {
        int status = response.statusCode();
        String body = response.asString();
        String what = request + "\n  -> HTTP " + status + " " + response.contentType() + "\n  body: " + show(body);
        assertEquals(expectedStatus, status, "unexpected status for " + what);
        String contentType = response.contentType();
        assertTrue(
                contentType != null && contentType.startsWith("application/problem+json"),
                "4xx must be application/problem+json for " + what);
        JsonNode problem = parse(body, what);
        assertNotNull(problem, "problem body missing for " + what);
        assertTrue(problem.isObject(), "problem must be a JSON object for " + what);
        assertTrue(
                problem.path("type").isTextual()
                        && !problem.path("type").asText().isBlank(),
                "type missing: " + what);
        assertTrue(
                problem.path("title").isTextual()
                        && !problem.path("title").asText().isBlank(),
                "title missing: " + what);
        assertTrue(problem.path("status").isInt(), "status missing: " + what);
        assertEquals(status, problem.path("status").asInt(), "problem status != HTTP status: " + what);
        assertTrue(
                problem.path("detail").isTextual()
                        && !problem.path("detail").asText().isBlank(),
                "detail missing: " + what);
        if (problem.has("errors")) {
            assertTrue(problem.get("errors").isArray(), "errors must be an array: " + what);
            for (JsonNode error : problem.get("errors")) {
                assertTrue(
                        error.path("field").isTextual()
                                && !error.path("field").asText().isBlank(),
                        "errors[].field missing: " + what);
                assertTrue(error.path("message").isTextual(), "errors[].message missing: " + what);
            }
        }
        return problem;
    }

    /** A 400 problem whose errors[] names a field accepted by {@code fieldOk}. */
    static JsonNode assertFieldProblem(
            Response response, int expectedStatus, String request, java.util.function.Predicate<String> fieldOk) {
        JsonNode problem = assertProblem(response, expectedStatus, request);
        String what = request + "\n  body: " + show(response.asString());
        assertTrue(
                problem.path("errors").isArray() && problem.path("errors").size() > 0,
                "field problem must list errors[]: " + what);
        boolean named = false;
        for (JsonNode error : problem.get("errors")) {
            named |= fieldOk.test(error.path("field").asText());
        }
        assertTrue(named, "errors[].field does not name the expected field: " + what);
        return problem;
    }

    static JsonNode parse(String body, String what) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            fail("body is not well-formed JSON for " + what);
            return null;
        }
    }

    static void assertPage(JsonNode page, String what) {
        assertNotNull(page, "200 without body: " + what);
        assertTrue(page.path("items").isArray(), "200 page must have items[]: " + what);
        assertTrue(page.has("next"), "200 page must have next: " + what);
    }
}
