package dev.geotimeline.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Documents the 401 and 403 answers of every operation that needs a bearer token, the 503 of a
 * lock timeout or an unavailable database and the 507 of a full disk, which only those operations
 * (the writes) can meet; reads get the 503 of an unavailable database. Runs at build time: the
 * document is static, so start-up need not rebuild it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SecuredOperationsFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                    operation
                            .getResponses()
                            .addAPIResponse(
                                    "401", OASFactory.createAPIResponse().ref("Unauthorized"))
                            .addAPIResponse(
                                    "403", OASFactory.createAPIResponse().ref("Forbidden"))
                            .addAPIResponse(
                                    "503", OASFactory.createAPIResponse().ref("Busy"))
                            .addAPIResponse(
                                    "507", OASFactory.createAPIResponse().ref("InsufficientStorage"));
                } else if (operation.getResponses() != null) {
                    operation
                            .getResponses()
                            .addAPIResponse(
                                    "503", OASFactory.createAPIResponse().ref("Unavailable"));
                }
            }
        }
    }
}
