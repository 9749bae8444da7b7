package dev.geotimeline.named;

/** What the HTTP edge needs of any named resource's response: where it is, its slug and which version it is. */
public interface NamedView {

    long id();

    String slug();

    long version();
}
