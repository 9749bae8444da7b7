package dev.geotimeline.named;

/** What the HTTP edge needs of any named resource's response: where it is and which version it is. */
public interface NamedView {

    long id();

    long version();
}
