package dev.geotimeline.paging;

import dev.geotimeline.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured page sizes, and validation of the {@code limit} parameter. */
@ApplicationScoped
public class PageLimits {

    private final int defaultLimit;
    private final int maxLimit;

    public PageLimits(@ConfigProperty(name = "geotimeline.page.default-limit") int defaultLimit,
                      @ConfigProperty(name = "geotimeline.page.max-limit") int maxLimit) {
        this.defaultLimit = defaultLimit;
        this.maxLimit = maxLimit;
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
