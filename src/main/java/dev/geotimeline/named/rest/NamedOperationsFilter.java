package dev.geotimeline.named.rest;

import dev.geotimeline.web.RequestBodiesFilter;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Gives the operations {@link NamedResource} documents once their own words: under
 * {@code /api/v1/actors}, "{a noun}" becomes "an actor", {@code get{Noun}} becomes {@code getActor}, the schema
 * {@code {Noun}Request} becomes {@code ActorRequest}, and the path parameter {@code {reference}} becomes
 * {@code {actor}}, with the slug example of the {@code Actor} schema. The noun is the collection's last path
 * segment without its plural "s". Runs at build time.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class NamedOperationsFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String REFERENCE = "{" + NamedResource.REFERENCE + "}";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> renamed = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Noun noun = Noun.ofPath(path);
            if (noun == null) {
                renamed.put(path, item);
                return;
            }
            item.getOperations().values().forEach(operation -> name(openAPI, operation, noun));
            renamed.put(path.replace(REFERENCE, "{" + noun.singular + "}"), item);
        });
        openAPI.getPaths().setPathItems(renamed);
    }

    private static void name(OpenAPI openAPI, Operation operation, Noun noun) {
        operation.setOperationId(noun.fill(operation.getOperationId()));
        operation.setSummary(noun.fill(operation.getSummary()));
        operation.setDescription(noun.fill(operation.getDescription()));
        if (operation.getParameters() != null) {
            operation.setParameters(operation.getParameters().stream()
                    .filter(parameter -> !isSameKindFilter(parameter, noun))
                    .toList());
            operation.getParameters().forEach(parameter -> nameParameter(openAPI, parameter, noun));
        }
        if (operation.getRequestBody() != null) {
            nameSchemas(openAPI, operation.getRequestBody().getContent(), noun);
        }
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            response.setDescription(noun.fill(response.getDescription()));
            nameSchemas(openAPI, response.getContent(), noun);
        });
    }

    /** The timeline's {@code actor} filter on an actor's timeline, where {@code with} does that job. */
    private static boolean isSameKindFilter(Parameter parameter, Noun noun) {
        return noun.singular.equals(parameter.getName()) && parameter.getIn() == Parameter.In.QUERY;
    }

    private static void nameParameter(OpenAPI openAPI, Parameter parameter, Noun noun) {
        parameter.setDescription(noun.fill(parameter.getDescription()));
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getRef() != null && schema.getRef().contains("{Noun}")) {
            schema.setRef(SCHEMAS + noun.fill(schema.getRef().substring(SCHEMAS.length())));
        }
        if (NamedResource.REFERENCE.equals(parameter.getName())) {
            parameter.setName(noun.singular);
            parameter.setExample(exampleOf(openAPI, noun.schema(), "slug"));
        }
    }

    /** The first example of a property of a documented schema; null when it has none. */
    private static Object exampleOf(OpenAPI openAPI, String schemaName, String property) {
        Schema schema = openAPI.getComponents().getSchemas().get(schemaName);
        Schema field = schema == null || schema.getProperties() == null
                ? null
                : schema.getProperties().get(property);
        if (field == null) {
            return null;
        }
        if (field.getExamples() != null && !field.getExamples().isEmpty()) {
            return field.getExamples().get(0);
        }
        return field.getExample();
    }

    private static void nameSchemas(OpenAPI openAPI, Content content, Noun noun) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().forEach(media -> {
            Schema schema = media.getSchema();
            if (schema == null || schema.getRef() == null || !schema.getRef().contains("{Noun}")) {
                return;
            }
            schema.setRef(SCHEMAS + noun.fill(schema.getRef().substring(SCHEMAS.length())));
            if (schema.getRef().endsWith("Patch")) {
                RequestBodiesFilter.addPatchSchema(openAPI, schema.getRef());
                media.addExample("change the aliases", aliasesPatch(openAPI, noun));
            }
        });
    }

    /** A merge patch that replaces only the aliases, with those of the request schema's example. */
    private static Example aliasesPatch(OpenAPI openAPI, Noun noun) {
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("aliases", exampleOf(openAPI, noun.schema() + "Request", "aliases"));
        return OASFactory.createExample()
                .summary("Replace the aliases (arrays are replaced whole)")
                .value(patch);
    }

    /** "actor" from the path "/api/v1/actors" or "/api/v1/actors/{reference}/…"; null for other paths. */
    private record Noun(String singular) {

        static Noun ofPath(String path) {
            int reference = path.indexOf("/" + REFERENCE);
            String collection = reference < 0 ? path : path.substring(0, reference);
            String last = collection.substring(collection.lastIndexOf('/') + 1);
            if (!last.matches("[a-z]+s")) {
                return null;
            }
            return new Noun(last.substring(0, last.length() - 1));
        }

        String schema() {
            return singular.substring(0, 1).toUpperCase(Locale.ROOT) + singular.substring(1);
        }

        String fill(String text) {
            if (text == null) {
                return null;
            }
            String article = "aeiou".indexOf(singular.charAt(0)) >= 0 ? "an " : "a ";
            return text.replace("{Noun}", schema())
                    .replace("{a noun}", article + singular)
                    .replace("{noun}", singular);
        }
    }
}
