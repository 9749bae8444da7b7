package dev.geotimeline.named.rest;

import dev.geotimeline.security.CurrentUser;
import dev.geotimeline.timeline.rest.TimelineExports;
import dev.geotimeline.timeline.rest.TimelineQueries;
import dev.geotimeline.web.MergePatches;
import dev.geotimeline.web.PageLimits;
import jakarta.inject.Singleton;

/**
 * What every named resource's endpoints use besides their own service, so that each names only that. A
 * singleton, not a proxied bean: {@link NamedResource} reads its fields.
 */
@Singleton
public class NamedEndpoints {

    final MergePatches patches;
    final CurrentUser user;
    final PageLimits limits;
    final TimelineExports exports;
    final TimelineQueries queries;

    public NamedEndpoints(
            MergePatches patches,
            CurrentUser user,
            PageLimits limits,
            TimelineExports exports,
            TimelineQueries queries) {
        this.patches = patches;
        this.user = user;
        this.limits = limits;
        this.exports = exports;
        this.queries = queries;
    }
}
