package dev.geotimeline.ui.rest;

import dev.geotimeline.config.GeoTimelineConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The settings of the page served at {@code /} (static files under META-INF/resources), read by its
 * script at start-up. Not part of the API, so not in the OpenAPI document.
 */
@Path("/ui/settings")
@Produces(MediaType.APPLICATION_JSON)
public class PageSettingsResource {

    /** {@code mapTileUrl} and {@code mapTileAttribution} are null when not configured. */
    public record PageSettings(String mapTileUrl, String mapTileAttribution) {}

    private final PageSettings settings;

    public PageSettingsResource(GeoTimelineConfig config) {
        this.settings = new PageSettings(
                config.ui().mapTileUrl().filter(url -> !url.isBlank()).orElse(null),
                config.ui().mapTileAttribution().filter(text -> !text.isBlank()).orElse(null));
    }

    @GET
    @Operation(hidden = true)
    public PageSettings get() {
        return settings;
    }
}
