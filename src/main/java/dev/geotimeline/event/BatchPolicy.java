package dev.geotimeline.event;

/** How an {@link EventBatch} writes: what it does with stored events of the same external key, and for whom. */
public record BatchPolicy(OnExisting onExisting, String author) {

    public enum OnExisting {
        /** Change the stored event when the row differs from it. */
        UPDATE,
        /** Leave the stored event as it is. */
        KEEP
    }
}
