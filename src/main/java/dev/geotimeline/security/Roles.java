package dev.geotimeline.security;

/** The groups a token may carry in its "groups" claim. */
public final class Roles {

    /** May create, change, delete and import. */
    public static final String EDITOR = "editor";
    /** May read when reads are restricted (geotimeline.auth.require-viewer=true). */
    public static final String VIEWER = "viewer";

    private Roles() {}
}
