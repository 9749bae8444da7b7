package dev.geotimeline.web;

import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/** The operations of an OpenAPI document, for the build-time filters. */
final class DocumentedOperations {

    private DocumentedOperations() {}

    static List<Operation> of(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return List.of();
        }
        return openAPI.getPaths().getPathItems().values().stream()
                .flatMap(path -> path.getOperations().values().stream())
                .toList();
    }
}
