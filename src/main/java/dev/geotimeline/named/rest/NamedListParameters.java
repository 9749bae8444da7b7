package dev.geotimeline.named.rest;

import dev.geotimeline.paging.Cursor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The query parameters of every named resource's list ({@link NamedOperationsFilter} names the kind schema). */
public class NamedListParameters {

    @RestQuery
    @Parameter(description = "Beginning of a name or alias, e.g. `jolani` or `khmeimim`")
    public String q;

    @RestQuery
    @Parameter(description = "{Noun} kind", schema = @Schema(ref = "{Noun}Kind"))
    public String kind;

    @RestQuery
    @Parameter(description = "Opaque cursor from the previous page")
    public String cursor;

    @RestQuery
    @Parameter(ref = "limit")
    public String limit;

    public Cursor after() {
        return Cursor.decode("cursor", cursor);
    }
}
