package dev.geotimeline.extraction;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the extraction over the short reports of src/test/resources/extraction/reports.txt and prints event
 * precision and recall (an event is right when its date and at least one of its actors are) and the share of
 * dates right among the events found.
 */
@QuarkusTest
class ExtractionEvaluationTest {

    private static final Path REPORTS = Path.of("src", "test", "resources", "extraction", "reports.txt");

    record Expected(String edtf, List<String> actors, String anchor) {}

    record Report(String id, String publishedOn, String text, List<Expected> events) {}

    @Test
    void precisionRecallAndDatesOnOwnReports() throws IOException {
        List<Report> reports = reports();
        int expected = 0;
        int recalled = 0;
        int candidates = 0;
        int correct = 0;
        int found = 0;
        int datesRight = 0;
        List<String> misses = new ArrayList<>();
        for (Report report : reports) {
            List<Map<String, Object>> answer = given().contentType(ContentType.JSON)
                    .body(Map.of("text", report.text(), "publishedOn", report.publishedOn()))
                    .when()
                    .post(ExtractionApiTest.EXTRACT)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("candidates");
            candidates += answer.size();
            for (Map<String, Object> candidate : answer) {
                if (report.events().stream().anyMatch(event -> right(report, event, candidate))) {
                    correct++;
                } else {
                    misses.add(
                            report.id() + ": extra or wrong candidate " + evidence(candidate) + " " + edtf(candidate));
                }
            }
            for (Expected event : report.events()) {
                expected++;
                List<Map<String, Object>> telling = answer.stream()
                        .filter(candidate -> tells(report, event, candidate))
                        .toList();
                if (!telling.isEmpty()) {
                    found++;
                    if (telling.stream().anyMatch(candidate -> event.edtf().equals(edtf(candidate)))) {
                        datesRight++;
                    }
                }
                if (telling.stream().anyMatch(candidate -> right(report, event, candidate))) {
                    recalled++;
                } else {
                    misses.add(report.id() + ": missed " + event);
                }
            }
        }
        double precision = candidates == 0 ? 0 : (double) correct / candidates;
        double recall = (double) recalled / expected;
        double dates = found == 0 ? 0 : (double) datesRight / found;
        System.out.printf(
                "Extraction evaluation on %d reports: %d events expected, %d candidates; "
                        + "precision %.2f (%d/%d), recall %.2f (%d/%d), dates right %.2f (%d/%d found)%n",
                reports.size(),
                expected,
                candidates,
                precision,
                correct,
                candidates,
                recall,
                recalled,
                expected,
                dates,
                datesRight,
                found);
        misses.forEach(miss -> System.out.println("  " + miss));
        assertTrue(reports.size() >= 20, "at least 20 reports");
        assertTrue(precision >= 0.8, "precision " + precision);
        assertTrue(recall >= 0.8, "recall " + recall);
        assertTrue(dates >= 0.9, "dates right " + dates);
    }

    private static boolean tells(Report report, Expected event, Map<String, Object> candidate) {
        Map<?, ?> evidence = (Map<?, ?>) candidate.get("evidence");
        int anchor = report.text().indexOf(event.anchor());
        return anchor >= (Integer) evidence.get("start") && anchor < (Integer) evidence.get("end");
    }

    private static boolean right(Report report, Expected event, Map<String, Object> candidate) {
        return tells(report, event, candidate) && event.edtf().equals(edtf(candidate)) && anActor(event, candidate);
    }

    @SuppressWarnings("unchecked")
    private static boolean anActor(Expected event, Map<String, Object> candidate) {
        List<Map<String, Object>> actors = (List<Map<String, Object>>) candidate.get("actors");
        List<Map<String, Object>> names = (List<Map<String, Object>>) candidate.get("possibleNewNames");
        return event.actors().stream()
                .anyMatch(actor -> actor.startsWith("new:")
                        ? names.stream()
                                .anyMatch(name -> ((Map<?, ?>) name.get("mention"))
                                        .get("text")
                                        .toString()
                                        .contains(actor.substring(4)))
                        : actors.stream().anyMatch(found -> actor.equals(found.get("actor"))));
    }

    private static String edtf(Map<String, Object> candidate) {
        return (String) ((Map<?, ?>) candidate.get("date")).get("edtf");
    }

    private static String evidence(Map<String, Object> candidate) {
        return "'" + ((Map<?, ?>) candidate.get("evidence")).get("text") + "'";
    }

    static List<Report> reports() throws IOException {
        List<Report> reports = new ArrayList<>();
        String id = null;
        String publishedOn = null;
        StringBuilder text = new StringBuilder();
        List<Expected> events = new ArrayList<>();
        for (String line : Files.readAllLines(REPORTS)) {
            if (line.startsWith("## ")) {
                if (id != null) {
                    reports.add(new Report(id, publishedOn, text.toString().strip(), List.copyOf(events)));
                }
                String[] head = line.substring(3).split("\\|");
                id = head[0].strip();
                publishedOn = head[1].strip();
                text.setLength(0);
                events.clear();
            } else if (line.startsWith("> ")) {
                String[] parts = line.substring(2).split("\\|");
                events.add(
                        new Expected(parts[0].strip(), List.of(parts[1].strip().split("\\s*,\\s*")), parts[2].strip()));
            } else if (id != null && !line.startsWith("#")) {
                text.append(line).append('\n');
            }
        }
        reports.add(new Report(id, publishedOn, text.toString().strip(), List.copyOf(events)));
        return reports;
    }
}
