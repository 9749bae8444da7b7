package dev.geotimeline.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum-valued query parameters: case-insensitive, and a 400 naming the parameter and its choices. */
public final class EnumParameters {

    private EnumParameters() {
    }

    /** The constant named by {@code value}, or {@code fallback} when the parameter is absent or blank. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String name = value.strip();
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, UserText.quote(name) + " is not a valid " + field
                    + "; use one of " + choices(type));
        }
    }

    private static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
