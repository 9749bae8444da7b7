package dev.geotimeline.date;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** English month, weekday and count words, with regular-expression groups that match exactly those words. */
final class CalendarWords {

    private static final Map<String, Month> MONTHS =
            withExtra(namesOf(Month.values()), Map.of("sept", Month.SEPTEMBER));
    private static final Map<String, DayOfWeek> WEEKDAYS = withExtra(
            namesOf(DayOfWeek.values()),
            Map.of(
                    "tues", DayOfWeek.TUESDAY,
                    "weds", DayOfWeek.WEDNESDAY,
                    "thur", DayOfWeek.THURSDAY,
                    "thurs", DayOfWeek.THURSDAY));
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    /** A month name, full or three letters, optionally followed by an abbreviation dot ("dec."). */
    static final String MONTH = "(" + alternation(MONTHS) + ")\\.?";

    static final String WEEKDAY = "(" + alternation(WEEKDAYS) + ")\\.?";
    /** A positive count: up to four digits or one of the words a, an, one ... twelve. */
    static final String COUNT = "([1-9][0-9]{0,3}|" + alternation(COUNT_WORDS) + ")";

    private CalendarWords() {}

    static Month month(String word) {
        return MONTHS.get(word);
    }

    static DayOfWeek weekday(String word) {
        return WEEKDAYS.get(word);
    }

    static int count(String word) {
        Integer fromWord = COUNT_WORDS.get(word);
        return fromWord != null ? fromWord : Integer.parseInt(word);
    }

    static String displayName(Month month) {
        String lower = month.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static <E extends Enum<E>> Map<String, E> namesOf(E[] values) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E value : values) {
            String fullName = value.name().toLowerCase(Locale.ROOT);
            names.put(fullName, value);
            names.put(fullName.substring(0, 3), value);
        }
        return Map.copyOf(names);
    }

    private static <E> Map<String, E> withExtra(Map<String, E> names, Map<String, E> extra) {
        Map<String, E> all = new LinkedHashMap<>(names);
        all.putAll(extra);
        return Map.copyOf(all);
    }

    private static String alternation(Map<String, ?> words) {
        // Longest first, so that "march" is tried before "mar".
        return words.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|"));
    }
}
