package dev.geotimeline.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds the export media types (CSV, GeoJSON, NDJSON) to the 200 answer of every operation that
 * takes the {@code format} parameter, with an example of each; TimelineJS is JSON, described by
 * the parameter. Done once here rather than in four copies of the same annotations. Runs at build time.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ExportFormatsFilter implements OASFilter {

    static final String CSV_EXAMPLE = "id,date,precision,approximate,earliest,latest,type,title,summary,actors,"
            + "locations,latitude,longitude,sources,tags\r\n"
            + "51,2025-02-12,DAY,false,2025-02-12,2025-02-12,CONSULT,Putin and al-Sharaa hold their first phone "
            + "call,,Vladimir Putin (INITIATOR); Ahmad al-Sharaa (TARGET),Moscow; Damascus,55.7558,37.6173,"
            + "https://example.org/news/putin-al-sharaa-call,phone-call\r\n";

    static final String NDJSON_EXAMPLE = "{\"id\":51,\"title\":\"Putin and al-Sharaa hold their first phone call\","
            + "\"type\":\"CONSULT\",\"date\":{\"edtf\":\"2025-02-12\",\"precision\":\"DAY\",…},…}\n"
            + "{\"id\":52,…}\n";

    static final Map<String, Object> GEOJSON_EXAMPLE = ordered(
            "type",
            "FeatureCollection",
            "features",
            List.of(ordered(
                    "type",
                    "Feature",
                    "id",
                    "51-7",
                    "geometry",
                    ordered("type", "Point", "coordinates", List.of(36.2765, 33.5138)),
                    "properties",
                    ordered(
                            "eventId", 51,
                            "title", "Putin and al-Sharaa hold their first phone call",
                            "type", "CONSULT",
                            "date", "2025-02-12",
                            "precision", "DAY",
                            "approximate", false,
                            "location", ordered("id", 7, "slug", "damascus", "name", "Damascus")))));

    /** A map in the order given (the committed document must not change from one build to the next). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (Operation operation : DocumentedOperations.of(openAPI)) {
            boolean exports = operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> "format".equals(p.getName()));
            APIResponse ok = operation.getResponses() == null
                    ? null
                    : operation.getResponses().getAPIResponse("200");
            if (exports && ok != null && ok.getContent() != null) {
                Content content = ok.getContent();
                content.addMediaType("text/csv", media(Schema.SchemaType.STRING, CSV_EXAMPLE));
                content.addMediaType("application/geo+json", media(Schema.SchemaType.OBJECT, GEOJSON_EXAMPLE));
                content.addMediaType("application/x-ndjson", media(Schema.SchemaType.STRING, NDJSON_EXAMPLE));
            }
        }
    }

    private static org.eclipse.microprofile.openapi.models.media.MediaType media(
            Schema.SchemaType type, Object example) {
        return OASFactory.createMediaType()
                .schema(OASFactory.createSchema().addType(type))
                .example(example);
    }
}
