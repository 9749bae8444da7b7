package dev.geotimeline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes two kinds of request body that annotations cannot describe. Runs at build time.
 *
 * <ul>
 *   <li>A JSON Merge Patch body names a schema {@code XPatch} (for example {@code ActorPatch}); it is
 *       made here from {@code XRequest}: the same fields, none required, since a patch gives only the
 *       fields to change.
 *   <li>An NDJSON example is written in the annotation as a JSON array of rows (the annotation scanner
 *       reads a value that starts with a brace as one JSON object, dropping the lines after the
 *       first); it is turned here into the text of the body, one row a line.
 * </ul>
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RequestBodiesFilter implements OASFilter {

    public static final String NDJSON = "application/x-ndjson";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (Operation operation : DocumentedOperations.of(openAPI)) {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                continue;
            }
            Map<String, MediaType> content =
                    operation.getRequestBody().getContent().getMediaTypes();
            MediaType patch = content.get(MergePatch.MEDIA_TYPE);
            if (patch != null && patch.getSchema() != null && patch.getSchema().getRef() != null) {
                addPatchSchema(openAPI, patch.getSchema().getRef());
            }
            MediaType ndjson = content.get(NDJSON);
            if (ndjson != null && ndjson.getExamples() != null) {
                ndjson.getExamples().values().forEach(RequestBodiesFilter::linesOf);
            }
        }
    }

    /** Adds the schema {@code XPatch} that {@code ref} names, made from {@code XRequest}, unless it exists. */
    public static void addPatchSchema(OpenAPI openAPI, String ref) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        String name = ref.substring(SCHEMAS.length());
        if (!name.endsWith("Patch") || name.contains("{") || schemas.containsKey(name)) {
            return;
        }
        String requestName = name.substring(0, name.length() - "Patch".length()) + "Request";
        Schema request = schemas.get(requestName);
        if (request == null) {
            throw new IllegalStateException(ref + " is derived from " + requestName + ", which is not documented");
        }
        Schema patch = OASFactory.createSchema()
                .type(request.getType())
                .description("JSON Merge Patch (RFC 7396) of " + requestName + ": only the fields to change; "
                        + "null removes an optional field, arrays are replaced whole.");
        request.getProperties().forEach(patch::addProperty);
        openAPI.getComponents().addSchema(name, patch);
    }

    private static void linesOf(Example example) {
        if (!(example.getValue() instanceof List<?> rows)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Object row : rows) {
            try {
                text.append(JSON.writeValueAsString(row)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("NDJSON example row is not JSON: " + row, e);
            }
        }
        example.setValue(text.toString());
    }
}
