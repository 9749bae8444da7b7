package dev.geotimeline.store;

import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/** Long lists of keys split for statements with one parameter per key (a bound on parameters per statement). */
public final class Chunks {

    /** Keys per statement where a statement lists them as parameters. */
    public static final int KEYS_PER_STATEMENT = 500;

    private Chunks() {}

    /** The values in order, {@code size} at a time (the last part may be shorter); none for no values. */
    public static <T> List<List<T>> of(Collection<T> values, int size) {
        List<T> all = List.copyOf(values);
        int parts = (all.size() + size - 1) / size;
        return IntStream.range(0, parts)
                .mapToObj(part -> all.subList(part * size, Math.min(all.size(), (part + 1) * size)))
                .toList();
    }
}
