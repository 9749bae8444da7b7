package dev.geotimeline.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class DateParsingPropertiesTest {

    private static final long FIRST_SUPPORTED_DAY = LocalDate.of(1, 1, 1).toEpochDay();
    private static final long LAST_SUPPORTED_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
    private static final Pattern EXPLICIT_YEAR = Pattern.compile(".*[0-9]{4}.*", Pattern.DOTALL);
    // "in 31 months" counts forwards as far as it says; everything else stays near the report.
    private static final Pattern COUNTS_FORWARD = Pattern.compile(".*\\bin [0-9a-z]+ [a-z]+.*", Pattern.DOTALL);
    private static final int YEARS_AHEAD_OF_REFERENCE = 2;

    private static final List<String> DATE_WORDS = List.of(
            "today",
            "yesterday",
            "the",
            "day",
            "days",
            "before",
            "ago",
            "a",
            "one",
            "ten",
            "3",
            "31",
            "8th",
            "of",
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "this",
            "last",
            "earlier",
            "early",
            "mid",
            "late",
            "on",
            "in",
            "around",
            "c.",
            "Wednesday",
            "wed",
            "Sunday",
            "December",
            "Dec.",
            "feb",
            "February",
            "29",
            "30",
            "2024",
            "2025",
            "0000",
            "9999",
            "10000",
            "2025-02",
            "2024-02-29",
            "2025-02-30",
            "2025-13",
            "/",
            "..",
            "~",
            "?",
            "%",
            "-",
            ",",
            ".",
            "\t",
            "\u0000",
            "é",
            "😀",
            "<b>",
            "' OR 1=1 --");

    @Property(tries = 1000)
    void edtfParseReturnsAValidDateOrAUsefulError(@ForAll("hostileText") String text) {
        outcomeOf(() -> Edtf.parse(text)).verify(null);
    }

    @Property(tries = 1000)
    void relativeResolveReturnsAValidNearbyDateOrAUsefulError(
            @ForAll("hostileText") String text, @ForAll("supportedDays") LocalDate reference) {
        Outcome outcome = outcomeOf(() -> RelativeDates.resolve(text, reference));
        outcome.verify(latestStart(text, reference));
    }

    /** Hostile text is almost always refused, so well-formed expressions check the resolving branch. */
    @Property(tries = 1000)
    void wellFormedRelativeExpressionsResolveToValidNearbyDates(
            @ForAll("relativeExpressions") String text,
            @ForAll("supportedDays") LocalDate reference,
            @ForAll("tenses") Tense tense) {
        Outcome outcome =
                outcomeOf(() -> RelativeDates.resolve(text, reference, tense).date());
        Statistics.label("outcome").collect(outcome.date() != null ? "resolved" : "refused");
        outcome.verify(latestStart(text, reference));
        // Refusals remain only at the calendar's edges (the year 1, 29 February in a common year).
        Statistics.label("outcome").coverage(check -> check.check("resolved").percentage(share -> share >= 90));
    }

    @Property(tries = 1000)
    void everyWellFormedEdtfDateParsesAndRoundTrips(@ForAll("edtfTexts") String text) {
        Outcome outcome = outcomeOf(() -> Edtf.parse(text));
        assertTrue(outcome.date() != null, () -> text + " refused: " + outcome.errorMessage());
        outcome.verify(null);
    }

    @Property(tries = 1000)
    void everySupportedDayRoundTrips(@ForAll("supportedDays") LocalDate day) {
        EventDate date = Edtf.parse(day.toString());
        assertEquals(day, date.earliest());
        assertEquals(day, date.latest());
        assertEquals(day.toString(), date.edtf());
        assertEquals(DatePrecision.DAY, date.precision());
    }

    @Property(tries = 1000)
    void sortKeyOrderAgreesWithEarliestThenLongerSpan(
            @ForAll("eventDates") EventDate first, @ForAll("eventDates") EventDate second) {
        Comparator<EventDate> timelineOrder = Comparator.comparing(EventDate::earliest)
                .thenComparing(Comparator.comparingLong(EventDate::spanDays).reversed());
        assertEquals(
                Integer.signum(timelineOrder.compare(first, second)),
                Long.signum(Long.compare(first.sortKey(), second.sortKey())));
    }

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().all().ofMinLength(400).ofMaxLength(5000),
                Arbitraries.strings().withChars("0123456789-/~?%.+ Y").ofMaxLength(30),
                Arbitraries.strings().ascii().ofMaxLength(120),
                Arbitraries.of(DATE_WORDS).list().ofMaxSize(6).map(words -> String.join(" ", words)),
                Arbitraries.of(DATE_WORDS).list().ofMaxSize(4).map(words -> String.join("", words)),
                Arbitraries.of(
                        "<script>alert('x')</script>",
                        "'; DROP TABLE events; --",
                        "1' OR '1'='1",
                        "\u202Eyesterday",
                        "yesterday\u0000",
                        "\r\n",
                        "２０２５",
                        "١٤٤٦",
                        "0".repeat(10_000)));
    }

    /** No relative date starts more than two years after the report, unless it counts forwards or has a year. */
    private static LocalDate latestStart(String text, LocalDate reference) {
        if (EXPLICIT_YEAR.matcher(text).matches()
                || COUNTS_FORWARD
                        .matcher(text.toLowerCase(java.util.Locale.ROOT))
                        .matches()) {
            return null;
        }
        return reference.plusYears(YEARS_AHEAD_OF_REFERENCE);
    }

    @Provide
    Arbitrary<Tense> tenses() {
        return Arbitraries.of(Tense.PAST, Tense.FUTURE).injectNull(0.4);
    }

    @Provide
    Arbitrary<String> relativeExpressions() {
        Arbitrary<String> weekday =
                Arbitraries.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        Arbitrary<String> month = Arbitraries.of(
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
                "Dec.",
                "Feb");
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
        Arbitrary<Integer> year = Arbitraries.integers().between(1900, 2100);
        Arbitrary<String> plain = Arbitraries.oneOf(
                Arbitraries.of(
                        "today",
                        "yesterday",
                        "the day before yesterday",
                        "this week",
                        "last week",
                        "this month",
                        "last month",
                        "this year",
                        "last year",
                        "earlier this month",
                        "earlier this year",
                        "tomorrow",
                        "tonight",
                        "late yesterday",
                        "next week",
                        "next month",
                        "next year",
                        "early next year",
                        "later this month",
                        "later this year",
                        "this spring",
                        "last winter",
                        "next autumn",
                        "the second quarter",
                        "the first half",
                        "over the weekend",
                        "a year ago",
                        "in two weeks"),
                year.map(y -> "mid-" + y),
                year.map(y -> "the end of " + y),
                year.map(y -> "the first half of " + y),
                year.map(y -> "summer " + y),
                weekday.map(name -> "next " + name),
                weekday.map(name -> name + " night"),
                Arbitraries.integers().between(1, 30).map(n -> n + " days ago"),
                Arbitraries.integers().between(1, 11).map(n -> n + " months ago"),
                weekday,
                weekday.map(name -> "on " + name),
                weekday.map(name -> "last " + name),
                month,
                month.map(name -> "in " + name),
                Combinators.combine(Arbitraries.of("early", "mid", "late"), month)
                        .as((part, name) -> part + " " + name),
                Combinators.combine(day, month).as((d, name) -> d + " " + name),
                Combinators.combine(day, month).as((d, name) -> "on " + d + " " + name),
                Combinators.combine(month, day).as((name, d) -> name + " " + d),
                year.map(y -> "in " + y),
                Combinators.combine(month, year).as((name, y) -> name + " " + y),
                Combinators.combine(day, month, year).as((d, name, y) -> d + " " + name + " " + y));
        return Combinators.combine(Arbitraries.of("", "", "", "around ", "about ", "circa "), plain)
                .as((approximately, words) -> approximately + words);
    }

    @Provide
    Arbitrary<String> edtfTexts() {
        Arbitrary<LocalDate> day = supportedDays();
        Arbitrary<String> single = Arbitraries.oneOf(
                day.map(LocalDate::toString),
                day.map(d -> d.toString().substring(0, 7)),
                day.map(d -> d.toString().substring(0, 4)));
        Arbitrary<String> interval = Combinators.combine(
                        Arbitraries.longs().between(FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY - EventDate.MAX_SPAN_DAYS),
                        Arbitraries.integers().between(1, EventDate.MAX_SPAN_DAYS))
                .as((start, days) -> LocalDate.ofEpochDay(start) + "/" + LocalDate.ofEpochDay(start + days));
        return Arbitraries.oneOf(single, single.map(text -> text + "~"), interval);
    }

    @Provide
    Arbitrary<LocalDate> supportedDays() {
        return Arbitraries.longs()
                .between(FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY)
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<EventDate> eventDates() {
        Arbitrary<LocalDate> earliest = Arbitraries.oneOf(
                supportedDays(),
                // A narrow window around 1970 makes equal start days and negative epoch days common.
                Arbitraries.longs().between(-5, 5).map(LocalDate::ofEpochDay));
        Arbitrary<Integer> span = Arbitraries.integers().between(0, EventDate.MAX_SPAN_DAYS);
        return Combinators.combine(earliest, span)
                .as((start, days) -> new EventDate("x", DatePrecision.INTERVAL, false, start, start.plusDays(days)));
    }

    private static Outcome outcomeOf(Supplier<EventDate> parsing) {
        try {
            return new Outcome(parsing.get(), null);
        } catch (InvalidDateException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    /** Either a parsed date or the message of an InvalidDateException; any other exception fails the property. */
    private record Outcome(EventDate date, String errorMessage) {

        void verify(LocalDate mustNotBeAfter) {
            if (date == null) {
                assertFalse(errorMessage == null || errorMessage.isBlank(), "error message must not be blank");
                assertTrue(errorMessage.length() < 500, () -> "message too long: " + errorMessage);
                return;
            }
            assertFalse(date.latest().isBefore(date.earliest()), date::toString);
            if (!date.edtf().endsWith("/..")) {
                assertTrue(date.spanDays() <= EventDate.MAX_SPAN_DAYS, date::toString);
                assertEquals(date, Edtf.parse(date.edtf()), "canonical text parses back to the same date");
            }
            if (mustNotBeAfter != null) {
                assertFalse(date.earliest().isAfter(mustNotBeAfter), () -> date + " starts after " + mustNotBeAfter);
            }
        }
    }
}
