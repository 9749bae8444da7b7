package dev.geotimeline.web;

import dev.geotimeline.config.GeoTimelineConfig;
import dev.geotimeline.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** The configured page sizes, and validation of the {@code limit} parameter. */
@ApplicationScoped
public class PageLimits {

    private final int defaultLimit;
    private final int maxLimit;

    public PageLimits(GeoTimelineConfig config) {
        this.defaultLimit = config.page().defaultLimit();
        this.maxLimit = config.page().maxLimit();
    }

    public int resolve(String limit) {
        if (limit == null || limit.isBlank()) {
            return defaultLimit;
        }
        int value;
        try {
            value = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw outOfBounds();
        }
        if (value < 1 || value > maxLimit) {
            throw outOfBounds();
        }
        return value;
    }

    private ProblemException outOfBounds() {
        return ProblemException.badRequest("limit", "limit must be a whole number from 1 to " + maxLimit);
    }
}
