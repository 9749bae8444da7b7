package dev.geotimeline.security;

import dev.geotimeline.config.GeoTimelineConfig;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Optionally restricts reads of the API to the viewer and editor groups. */
public class ReadAccessFilter {

    private final boolean requireViewer;
    private final SecurityIdentity identity;

    public ReadAccessFilter(GeoTimelineConfig config, SecurityIdentity identity) {
        this.requireViewer = config.auth().requireViewer();
        this.identity = identity;
    }

    @ServerRequestFilter
    public void checkReadAccess(ContainerRequestContext request) {
        if (!requireViewer || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole(Roles.VIEWER) && !identity.hasRole(Roles.EDITOR)) {
            throw new ForbiddenException();
        }
    }
}
