package dev.geotimeline.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version. Writes
 * with If-Match name the version they expect (the store refuses others with 412);
 * reads with a matching If-None-Match answer 304.
 */
public final class EntityTags {

    private EntityTags() {}

    public static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version required by If-Match, or null when the header is absent or "*". */
    public static Long expectedVersion(HttpHeaders headers) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            // A tag this service never issued cannot match the current version.
            return -1L;
        }
    }

    /** 200 with an ETag, or 304 when the client's If-None-Match already names this version. */
    public static Response conditionalGet(Request request, long version, Object body) {
        EntityTag tag = tagOf(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(body).tag(tag).build();
    }

    public static Response withTag(Response.ResponseBuilder builder, long version) {
        return builder.tag(tagOf(version)).build();
    }
}
