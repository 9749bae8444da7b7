package dev.geotimeline.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * States the security of every operation. Those that need a bearer token (the writes) get their
 * 401 and 403 answers, the 503 of a lock timeout or an unavailable database and the 507 of a full disk, which only
 * they can meet; the reads, the 503 of an unavailable database. The reads get
 * {@code security: [{}, {bearer: []}]}: no token is needed unless the service is configured to
 * require a viewer token (geotimeline.auth.require-viewer), and Swagger UI and generated clients
 * still send the token they were given, so that such a deployment can be explored too; their 401
 * and 403 say so. Runs at build time: the document is static, so start-up need not rebuild it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SecuredOperationsFilter implements OASFilter {

    static final String SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (Operation operation : DocumentedOperations.of(openAPI)) {
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                operation
                        .getResponses()
                        .addAPIResponse("401", ref("Unauthorized"))
                        .addAPIResponse("403", ref("Forbidden"))
                        .addAPIResponse("503", ref("Busy"))
                        .addAPIResponse("507", ref("InsufficientStorage"));
            } else {
                List<SecurityRequirement> anyOrNone = new ArrayList<>();
                anyOrNone.add(OASFactory.createSecurityRequirement());
                anyOrNone.add(OASFactory.createSecurityRequirement().addScheme(SCHEME));
                operation.setSecurity(anyOrNone);
                operation
                        .getResponses()
                        .addAPIResponse("401", ref("ViewerUnauthorized"))
                        .addAPIResponse("403", ref("ViewerForbidden"))
                        .addAPIResponse("503", ref("Unavailable"));
            }
        }
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }
}
