package dev.geotimeline.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps k8s/base/deployment.yaml honest against the running application: every
 * probe path and the Prometheus scrape path must answer on the test instance,
 * and the container port must be the HTTP port the application listens on.
 */
@QuarkusTest
class KubernetesManifestTest {

    private static final Path DEPLOYMENT = Path.of("k8s", "base", "deployment.yaml");
    private static final Path APPLICATION_PROPERTIES = Path.of("src", "main", "resources", "application.properties");

    /** The probes the Deployment must declare, with the path each must use. */
    private static final Map<String, String> EXPECTED_PROBES = Map.of(
            "startupProbe", "/q/health/started",
            "livenessProbe", "/q/health/live",
            "readinessProbe", "/q/health/ready");

    private static JsonNode deployment;
    private static JsonNode container;

    record Probe(String kind, String path, int port) {}

    @BeforeAll
    static void readDeployment() throws IOException {
        assertTrue(Files.isRegularFile(DEPLOYMENT), "missing " + DEPLOYMENT.toAbsolutePath());
        deployment = new YAMLMapper().readTree(DEPLOYMENT.toFile());
        assertEquals("Deployment", deployment.path("kind").asText());
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        assertEquals(1, containers.size(), "expected exactly one container");
        container = containers.get(0);
    }

    @Test
    void containerPortIsTheApplicationHttpPort() throws IOException {
        int appPort = applicationHttpPort();
        assertEquals(appPort, resolvePort(TextNode.valueOf("http")), "named port 'http' must be quarkus.http.port");
        for (Probe probe : probes()) {
            assertEquals(appPort, probe.port(), probe.kind() + " must target quarkus.http.port");
        }
        JsonNode annotations = deployment.at("/spec/template/metadata/annotations");
        assertEquals("true", annotations.path("prometheus.io/scrape").asText());
        assertEquals(
                String.valueOf(appPort), annotations.path("prometheus.io/port").asText());
    }

    @Test
    void probesAreTheQuarkusHealthEndpoints() {
        Map<String, String> actual = new LinkedHashMap<>();
        for (Probe probe : probes()) {
            actual.put(probe.kind(), probe.path());
        }
        assertEquals(EXPECTED_PROBES, actual);
    }

    @Test
    void everyProbePathAnswers200() {
        for (Probe probe : probes()) {
            given().when()
                    .get(probe.path())
                    .then()
                    .statusCode(200)
                    .body(containsString("\"status\""))
                    .body(containsString("UP"));
        }
    }

    @Test
    void prometheusScrapePathServesMetrics() {
        String path = deployment
                .at("/spec/template/metadata/annotations")
                .path("prometheus.io/path")
                .asText();
        assertFalse(path.isBlank(), "prometheus.io/path annotation missing");
        given().when().get(path).then().statusCode(200).body(containsString("# TYPE"));
    }

    private static List<Probe> probes() {
        List<Probe> result = new ArrayList<>();
        for (String kind : EXPECTED_PROBES.keySet()) {
            JsonNode httpGet = container.path(kind).path("httpGet");
            assertFalse(httpGet.isMissingNode(), kind + " must be an httpGet probe");
            String path = httpGet.path("path").asText();
            assertTrue(path.startsWith("/"), kind + " path: " + path);
            result.add(new Probe(kind, path, resolvePort(httpGet.path("port"))));
        }
        result.sort((a, b) -> a.kind().compareTo(b.kind()));
        return result;
    }

    /** A probe port is either a number or the name of one of the container's ports. */
    private static int resolvePort(JsonNode port) {
        assertNotNull(port);
        if (port.isInt()) {
            return port.intValue();
        }
        String name = port.asText();
        for (JsonNode p : container.path("ports")) {
            if (name.equals(p.path("name").asText())) {
                return p.path("containerPort").intValue();
            }
        }
        throw new AssertionError("no container port named '" + name + "'");
    }

    private static int applicationHttpPort() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(APPLICATION_PROPERTIES, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        // Quarkus' own default when the property is absent.
        return Integer.parseInt(
                properties.getProperty("quarkus.http.port", "8080").trim());
    }
}
