package dev.geotimeline.web;

import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.text.UserText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Query parameters that are not plain text: enums, booleans, repeated values; a 400 names the parameter. */
public final class QueryParameters {

    private QueryParameters() {}

    /** Case-insensitive constant named by {@code value}, or {@code fallback} when the parameter is absent or blank. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String name = value.strip();
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    field, UserText.quote(name) + " is not a valid " + field + "; use one of " + choices(type));
        }
    }

    public static boolean bool(String field, String value, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest(field, field + " must be 'true' or 'false'");
        };
    }

    /** The values of a repeated parameter that are not blank. */
    public static List<String> nonBlank(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
