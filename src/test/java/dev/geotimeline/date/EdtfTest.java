package dev.geotimeline.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfTest {

    private static void assertDate(
            EventDate date, String edtf, DatePrecision precision, boolean approximate, String earliest, String latest) {
        assertEquals(edtf, date.edtf());
        assertEquals(precision, date.precision());
        assertEquals(approximate, date.approximate());
        assertEquals(LocalDate.parse(earliest), date.earliest());
        assertEquals(LocalDate.parse(latest), date.latest());
    }

    private static String rejectionMessage(String text) {
        return assertThrows(InvalidDateException.class, () -> Edtf.parse(text)).getMessage();
    }

    private static void assertContains(String expected, String actual) {
        assertTrue(actual.contains(expected), () -> "expected '" + expected + "' in: " + actual);
    }

    @Nested
    class AcceptedForms {

        @ParameterizedTest
        @CsvSource({
            "2025,        2025,        YEAR,     false, 2025-01-01, 2025-12-31",
            "0001,        0001,        YEAR,     false, 0001-01-01, 0001-12-31",
            "9999,        9999,        YEAR,     false, 9999-01-01, 9999-12-31",
            "2025-02,     2025-02,     MONTH,    false, 2025-02-01, 2025-02-28",
            "2024-02,     2024-02,     MONTH,    false, 2024-02-01, 2024-02-29",
            "2024-12,     2024-12,     MONTH,    false, 2024-12-01, 2024-12-31",
            "2025-02-12,  2025-02-12,  DAY,      false, 2025-02-12, 2025-02-12",
            "2024-02-29,  2024-02-29,  DAY,      false, 2024-02-29, 2024-02-29",
            "2000-02-29,  2000-02-29,  DAY,      false, 2000-02-29, 2000-02-29",
            "2024-12~,    2024-12~,    MONTH,    true,  2024-12-01, 2024-12-31",
            "2015~,       2015~,       YEAR,     true,  2015-01-01, 2015-12-31",
            "2025-02-12~, 2025-02-12~, DAY,      true,  2025-02-12, 2025-02-12",
            "2025-02-03/2025-02-09, 2025-02-03/2025-02-09, INTERVAL, false, 2025-02-03, 2025-02-09",
            "2025-01/2025-02-12,    2025-01/2025-02-12,    INTERVAL, false, 2025-01-01, 2025-02-12",
            "2024-12/2025-01,       2024-12/2025-01,       INTERVAL, false, 2024-12-01, 2025-01-31",
            "2024/2024-12-31,       2024/2024-12-31,       INTERVAL, false, 2024-01-01, 2024-12-31",
            "2025-02-03/2025-02-03, 2025-02-03/2025-02-03, INTERVAL, false, 2025-02-03, 2025-02-03",
            "2024-01-01/2025-01-01, 2024-01-01/2025-01-01, INTERVAL, false, 2024-01-01, 2025-01-01",
        })
        void parsesEveryForm(
                String text,
                String edtf,
                DatePrecision precision,
                boolean approximate,
                String earliest,
                String latest) {
            assertDate(Edtf.parse(text), edtf, precision, approximate, earliest, latest);
        }

        @Test
        void trimsSurroundingWhitespace() {
            assertEquals("2025-02-12", Edtf.parse("  2025-02-12\t\n").edtf());
        }

        @Test
        void precisionHasLowerCaseLabel() {
            assertEquals("year", DatePrecision.YEAR.label());
            assertEquals("month", DatePrecision.MONTH.label());
            assertEquals("day", DatePrecision.DAY.label());
            assertEquals("interval", DatePrecision.INTERVAL.label());
        }

        @Test
        void intervalOfExactly366DaysIsAccepted() {
            EventDate date = Edtf.parse("2023-03-01/2024-03-01");
            assertEquals(366, date.spanDays());
        }
    }

    @Nested
    class Rejections {

        @Test
        void impossibleCalendarDate() {
            assertEquals("2025-02-30 is not a valid calendar date", rejectionMessage("2025-02-30"));
            assertEquals("2025-02-29 is not a valid calendar date", rejectionMessage("2025-02-29"));
            assertEquals("1900-02-29 is not a valid calendar date", rejectionMessage("1900-02-29"));
            assertEquals("2025-04-31 is not a valid calendar date", rejectionMessage("2025-04-31"));
            assertEquals("2025-01-00 is not a valid calendar date", rejectionMessage("2025-01-00"));
        }

        @Test
        void impossibleMonth() {
            assertContains("2025-13 is not a valid month", rejectionMessage("2025-13"));
            assertContains("2025-00 is not a valid month", rejectionMessage("2025-00-10"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0000", "-0001", "+2025", "10000", "12345-01-01", "0000-01-01"})
        void yearOutsideSupportedRange(String text) {
            String message = rejectionMessage(text);
            assertContains("'" + text + "'", message);
            assertContains("0001 to 9999", message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-02?", "2025?", "2025-02-12%", "?2025", "2025-02-03/2025-02-09?"})
        void uncertaintyMarkers(String text) {
            String message = rejectionMessage(text);
            assertContains("'" + text + "'", message);
            assertContains("only ~ (approximate) is supported", message);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "2025-2-3",
                    "20250212",
                    "2025/02/12",
                    "2025-02-12T10:00",
                    "25",
                    "2025-02-12~~",
                    "~2025",
                    "twenty",
                    "2025 -02",
                    "2025-02-12 ~",
                    "２０２５",
                    "Y12345",
                    "2025-02-03 / 2025-02-09"
                })
        void malformedTextIsQuoted(String text) {
            String message = rejectionMessage(text);
            assertTrue(message.contains("'"), message);
            assertTrue(
                    message.contains("YYYY-MM-DD") || message.contains("0001 to 9999") || message.contains("interval"),
                    message);
        }

        @Test
        void malformedMessageQuotesInputAndShowsFormats() {
            assertEquals(
                    "'2025-2-3' is not a recognised date: use YYYY, YYYY-MM or YYYY-MM-DD (optionally ending "
                            + "in ~) with years 0001 to 9999, or an interval START/END such as 2025-02-03/2025-02-09",
                    rejectionMessage("2025-2-3"));
        }

        @Test
        void nullEmptyAndBlank() {
            assertContains("a date is required", rejectionMessage(null));
            assertContains("a date is required", rejectionMessage(""));
            assertContains("a date is required", rejectionMessage("   "));
        }

        @Test
        void longerThan40CharactersIsRejectedWithTruncatedQuote() {
            String text = "2025-02-12".repeat(5);
            String message = rejectionMessage(text);
            assertContains("'" + text.substring(0, 40) + "…'", message);
            assertFalse(message.contains(text.substring(0, 41)), message);
            assertContains("too long", message);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-02-03/..", "../2025-02-09", "2025-02-03/", "/2025-02-09", "/"})
        void openOrUnknownIntervalEnds(String text) {
            assertContains("open or unknown end", rejectionMessage(text));
        }

        @Test
        void intervalWithMoreThanTwoEnds() {
            assertContains("exactly one /", rejectionMessage("2025-01/2025-02/2025-03"));
        }

        @Test
        void intervalEndingBeforeItStarts() {
            assertEquals("'2025-02-09/2025-02-03' ends before it starts", rejectionMessage("2025-02-09/2025-02-03"));
            assertContains("ends before it starts", rejectionMessage("2025-03/2025"));
        }

        @Test
        void intervalLongerThan366Days() {
            String message = rejectionMessage("2023-03-01/2024-03-02");
            assertContains("spans 367 days", message);
            assertContains("intervals are limited to 366 days, use a year or a month instead", message);
            assertContains("limited to 366 days", rejectionMessage("2024/2025"));
        }

        @Test
        void approximateIntervalEnds() {
            assertContains("~ is only supported on a single date", rejectionMessage("2025-02-03~/2025-02-09"));
            assertContains("~ is only supported on a single date", rejectionMessage("2025-02-03/2025-02-09~"));
        }

        @Test
        void impossibleDateInsideInterval() {
            assertEquals("2025-02-30 is not a valid calendar date", rejectionMessage("2025-02-30/2025-03-02"));
        }

        @Test
        void controlCharactersAreNotEchoedIntoMessages() {
            String message = rejectionMessage("2025\u0000-02\u001b[31m");
            assertFalse(message.chars().anyMatch(Character::isISOControl), message);
        }
    }

    @Nested
    class SortKeys {

        @Test
        void onTheSameStartDayYearSortsBeforeMonthBeforeIntervalBeforeDay() {
            long year = Edtf.parse("2024").sortKey();
            long month = Edtf.parse("2024-01").sortKey();
            long week = Edtf.parse("2024-01-01/2024-01-07").sortKey();
            long day = Edtf.parse("2024-01-01").sortKey();
            assertTrue(year < month, "year before month");
            assertTrue(month < week, "month before week");
            assertTrue(week < day, "week before day");
        }

        @Test
        void monthSortsBeforeItsFirstDay() {
            assertTrue(
                    Edtf.parse("2024-12").sortKey() < Edtf.parse("2024-12-01").sortKey());
        }

        @Test
        void laterStartSortsAfterLongerEarlierDate() {
            assertTrue(Edtf.parse("2024-12-31").sortKey() < Edtf.parse("2025").sortKey());
            assertTrue(Edtf.parse("2024").sortKey() < Edtf.parse("2024-01-02").sortKey());
        }

        @Test
        void orderHoldsBefore1970() {
            assertTrue(Edtf.parse("1969").sortKey() < Edtf.parse("1969-01").sortKey());
            assertTrue(
                    Edtf.parse("1969-01").sortKey() < Edtf.parse("1969-01-01").sortKey());
            assertTrue(Edtf.parse("1969-12-31").sortKey() < Edtf.parse("1970").sortKey());
            assertTrue(Edtf.parse("0001-01-01").sortKey()
                    < Edtf.parse("0001-01-02").sortKey());
            assertTrue(Edtf.parse("1969-12-31").sortKey()
                    < Edtf.parse("1970-01-01").sortKey());
        }

        @Test
        void matchesTheDocumentedFormula() {
            EventDate month = Edtf.parse("2024-12");
            long expected = month.earliest().toEpochDay() * (1L << 21) + ((1L << 21) - 1 - 30);
            assertEquals(expected, month.sortKey());
            assertEquals(month.sortKey(), EventDate.sortKeyOf(month.earliest(), month.latest()));
        }

        @Test
        void rangeBoundsEncloseEveryDateStartingThatDay() {
            LocalDate day = LocalDate.of(1950, 1, 1);
            long lowest = EventDate.lowestSortKeyStartingOn(day);
            long highest = EventDate.highestSortKeyStartingOn(day);
            for (String text : List.of("1950", "1950-01", "1950-01-01", "1950-01-01/1950-06-30")) {
                long key = Edtf.parse(text).sortKey();
                assertTrue(lowest <= key && key <= highest, text);
            }
            assertEquals(highest, Edtf.parse("1950-01-01").sortKey());
            assertTrue(EventDate.highestSortKeyStartingOn(day.minusDays(1)) < lowest);
            assertTrue(highest < EventDate.lowestSortKeyStartingOn(day.plusDays(1)));
        }

        @Test
        void strictlyMonotonicOverARandomSample() {
            Random random = new Random(20250213);
            List<EventDate> dates = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                LocalDate earliest = LocalDate.ofEpochDay(randomEpochDay(random));
                dates.add(new EventDate(
                        "x",
                        DatePrecision.INTERVAL,
                        false,
                        earliest,
                        earliest.plusDays(random.nextInt(EventDate.MAX_SPAN_DAYS + 1))));
            }
            dates.sort(Comparator.comparing(EventDate::earliest)
                    .thenComparing(Comparator.comparingLong(EventDate::spanDays).reversed()));
            for (int i = 1; i < dates.size(); i++) {
                EventDate previous = dates.get(i - 1);
                EventDate current = dates.get(i);
                boolean sameOrderPosition =
                        previous.earliest().equals(current.earliest()) && previous.spanDays() == current.spanDays();
                if (!sameOrderPosition) {
                    assertTrue(previous.sortKey() < current.sortKey(), previous + " before " + current);
                }
            }
        }

        private long randomEpochDay(Random random) {
            long first = LocalDate.of(1, 1, 1).toEpochDay();
            long last = LocalDate.of(9999, 12, 31).toEpochDay();
            // Keep half the sample in a narrow window so that equal start days actually occur.
            return random.nextBoolean()
                    ? first + (long) (random.nextDouble() * (last - first))
                    : LocalDate.of(1969, 12, 25).toEpochDay() + random.nextInt(14);
        }
    }
}
