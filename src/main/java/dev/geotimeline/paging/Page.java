package dev.geotimeline.paging;

import java.util.List;
import java.util.function.Function;

/** One page of results and the position after its last item, if more follow. */
public record Page<T>(List<T> items, Cursor next) {

    public <R> Page<R> map(Function<List<T>, List<R>> mapper) {
        return new Page<>(mapper.apply(items), next);
    }

    /** Cuts a list fetched with {@code limit + 1} rows down to a page. */
    public static <T> Page<T> fromLookahead(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> page = rows.subList(0, limit);
        return new Page<>(List.copyOf(page), cursorOf.apply(page.get(limit - 1)));
    }
}
