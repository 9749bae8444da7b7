package dev.geotimeline.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeDatesTest {

    /** Seed story reference: Thursday 13 February 2025. */
    private static final LocalDate THURSDAY = LocalDate.of(2025, 2, 13);

    private static EventDate resolve(String expression, String reference) {
        LocalDate referenceDay = LocalDate.parse(reference);
        EventDate date = RelativeDates.resolve(expression, referenceDay);
        assertFalse(date.earliest().isAfter(referenceDay), () -> expression + " resolved after " + reference);
        return date;
    }

    private static String rejectionMessage(String expression, String reference) {
        return assertThrows(
                        InvalidDateException.class, () -> RelativeDates.resolve(expression, LocalDate.parse(reference)))
                .getMessage();
    }

    private static void assertContains(String expected, String actual) {
        assertTrue(actual.contains(expected), () -> "expected '" + expected + "' in: " + actual);
    }

    @Test
    void seedStoryReferenceIsAThursday() {
        assertEquals(DayOfWeek.THURSDAY, THURSDAY.getDayOfWeek());
    }

    @ParameterizedTest(name = "{0} on 2025-02-13 -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Wednesday         | 2025-02-12",
                "last month        | 2025-01",
                "in December       | 2024-12",
                "yesterday         | 2025-02-12",
                "last week         | 2025-02-03/2025-02-09",
                "on Monday         | 2025-02-10",
                "earlier this year | 2025-01-01/2025-02-12",
                "in 2015           | 2015",
                "on 8 December     | 2024-12-08",
                "December 8        | 2024-12-08",
            })
    void seedStoryCases(String expression, String edtf) {
        assertEquals(edtf, resolve(expression, THURSDAY.toString()).edtf());
    }

    @Nested
    class Days {

        @ParameterizedTest(name = "{0} on {1} -> {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "today                    | 2025-02-13 | 2025-02-13",
                    "Today.                   | 2025-02-13 | 2025-02-13",
                    "  YESTERDAY  .           | 2025-02-13 | 2025-02-12",
                    "yesterday                | 2025-01-01 | 2024-12-31",
                    "yesterday                | 2024-03-01 | 2024-02-29",
                    "the day before yesterday | 2025-03-01 | 2025-02-27",
                    "on the day before yesterday | 2025-02-13 | 2025-02-11",
                    "a day ago                | 2025-02-13 | 2025-02-12",
                    "1 day ago                | 2025-02-13 | 2025-02-12",
                    "three days ago           | 2025-02-13 | 2025-02-10",
                    "ten days ago             | 2025-02-13 | 2025-02-03",
                    "45 days ago              | 2025-02-13 | 2024-12-30",
                })
        void dayForms(String expression, String reference, String edtf) {
            EventDate date = resolve(expression, reference);
            assertEquals(edtf, date.edtf());
            assertEquals(DatePrecision.DAY, date.precision());
            assertFalse(date.approximate());
        }

        @ParameterizedTest(name = "{0} on {1} -> {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "a week ago        | 2025-02-13 | 2025-02-06~",
                    "one week ago      | 2025-02-13 | 2025-02-06~",
                    "2 weeks ago       | 2025-02-13 | 2025-01-30~",
                    "three weeks ago   | 2025-01-10 | 2024-12-20~",
                })
        void weeksAgoAreApproximateDays(String expression, String reference, String edtf) {
            EventDate date = resolve(expression, reference);
            assertEquals(edtf, date.edtf());
            assertEquals(DatePrecision.DAY, date.precision());
            assertTrue(date.approximate());
        }

        @ParameterizedTest(name = "{0} on 2025-02-13 -> {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Thursday       | 2025-02-13",
                    "Wednesday      | 2025-02-12",
                    "on Wednesday   | 2025-02-12",
                    "Wed            | 2025-02-12",
                    "wed.           | 2025-02-12",
                    "Friday         | 2025-02-07",
                    "Sunday         | 2025-02-09",
                    "mon            | 2025-02-10",
                    "last Thursday  | 2025-02-06",
                    "last Wednesday | 2025-02-12",
                    "last Friday    | 2025-02-07",
                    "on last Monday | 2025-02-10",
                })
        void weekdaysFromAThursday(String expression, String edtf) {
            assertEquals(edtf, resolve(expression, "2025-02-13").edtf());
        }

        @Test
        void weekdayNamedOnThatWeekdayIsTheSameDay() {
            assertEquals("2025-02-12", resolve("on Wednesday", "2025-02-12").edtf());
            assertEquals("2025-02-05", resolve("last Wednesday", "2025-02-12").edtf());
            assertEquals("2025-02-11", resolve("Tuesday", "2025-02-12").edtf());
            assertEquals("2025-02-06", resolve("Thursday", "2025-02-12").edtf());
        }

        @Test
        void weekdayAcrossYearBoundary() {
            // 2025-01-01 is a Wednesday.
            assertEquals("2024-12-30", resolve("Monday", "2025-01-01").edtf());
            assertEquals("2024-12-25", resolve("last Wednesday", "2025-01-01").edtf());
        }
    }

    @Nested
    class Periods {

        @ParameterizedTest(name = "{0} on {1} -> {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "this week          | 2025-02-13 | 2025-02-10/2025-02-13",
                    "this week          | 2025-02-10 | 2025-02-10/2025-02-10",
                    "this week          | 2025-02-16 | 2025-02-10/2025-02-16",
                    "last week          | 2025-02-10 | 2025-02-03/2025-02-09",
                    "last week          | 2025-01-01 | 2024-12-23/2024-12-29",
                    "earlier this month | 2025-02-13 | 2025-02-01/2025-02-12",
                    "earlier this month | 2025-02-02 | 2025-02-01/2025-02-01",
                    "earlier this month | 2024-02-29 | 2024-02-01/2024-02-28",
                    "earlier this year  | 2024-12-31 | 2024-01-01/2024-12-30",
                    "earlier this year  | 2025-01-02 | 2025-01-01/2025-01-01",
                })
        void intervals(String expression, String reference, String edtf) {
            EventDate date = resolve(expression, reference);
            assertEquals(edtf, date.edtf());
            assertEquals(DatePrecision.INTERVAL, date.precision());
            assertFalse(date.latest().isAfter(LocalDate.parse(reference)));
        }

        @ParameterizedTest(name = "{0} on {1} -> {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "this month      | 2025-02-13 | 2025-02",
                    "last month      | 2025-01-31 | 2024-12",
                    "last month      | 2024-03-31 | 2024-02",
                    "a month ago     | 2025-02-13 | 2025-01~",
                    "two months ago  | 2025-02-13 | 2024-12~",
                    "14 months ago   | 2025-02-13 | 2023-12~",
                })
        void months(String expression, String reference, String edtf) {
            EventDate date = resolve(expression, reference);
            assertEquals(edtf, date.edtf());
            assertEquals(DatePrecision.MONTH, date.precision());
            assertEquals(edtf.endsWith("~"), date.approximate());
        }

        @ParameterizedTest(name = "{0} on {1} -> {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "this year    | 2025-02-13 | 2025",
                    "this year    | 2024-12-31 | 2024",
                    "last year    | 2025-01-01 | 2024",
                    "in last year | 2025-02-13 | 2024",
                })
        void years(String expression, String reference, String edtf) {
            EventDate date = resolve(expression, reference);
            assertEquals(edtf, date.edtf());
            assertEquals(DatePrecision.YEAR, date.precision());
        }

        @Test
        void earlierThisMonthOnTheFirstIsRejected() {
            String message = rejectionMessage("earlier this month", "2025-03-01");
            assertContains("'earlier this month'", message);
            assertContains("2025-03-01 is the first day of the month", message);
        }

        @Test
        void earlierThisYearOnJanuaryFirstIsRejected() {
            assertContains("first day of the year", rejectionMessage("Earlier this year.", "2025-01-01"));
        }
    }

    @Nested
    class CalendarMonthsAndDays {

        @ParameterizedTest(name = "{0} on {1} -> {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "December          | 2025-02-13 | 2024-12",
                    "Dec               | 2025-02-13 | 2024-12",
                    "in Dec.           | 2025-02-13 | 2024-12",
                    "December          | 2024-12-20 | 2024-12",
                    "February          | 2025-02-13 | 2025-02",
                    "January           | 2025-01-01 | 2025-01",
                    "last December     | 2025-02-13 | 2024-12",
                    "last December     | 2024-12-20 | 2023-12",
                    "last February     | 2025-02-13 | 2024-02",
                    "last January      | 2025-02-13 | 2025-01",
                    "December 2024     | 2025-02-13 | 2024-12",
                    "in December 2024  | 2025-02-13 | 2024-12",
                    "in May, 2020      | 2025-02-13 | 2020-05",
                })
        void months(String expression, String reference, String edtf) {
            EventDate date = resolve(expression, reference);
            assertEquals(edtf, date.edtf());
            assertEquals(DatePrecision.MONTH, date.precision());
        }

        @ParameterizedTest(name = "{0} on {1} -> {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "early December       | 2025-02-13 | 2024-12~",
                    "mid December         | 2025-02-13 | 2024-12~",
                    "mid-December         | 2025-02-13 | 2024-12~",
                    "in late December     | 2024-12-20 | 2024-12~",
                    "late December 2023   | 2025-02-13 | 2023-12~",
                })
        void partsOfMonthsAreApproximate(String expression, String reference, String edtf) {
            EventDate date = resolve(expression, reference);
            assertEquals(edtf, date.edtf());
            assertTrue(date.approximate());
        }

        @ParameterizedTest(name = "{0} on {1} -> {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "8 December             | 2025-02-13 | 2024-12-08",
                    "on 8 December          | 2025-02-13 | 2024-12-08",
                    "December 8             | 2025-02-13 | 2024-12-08",
                    "Dec. 8                 | 2025-02-13 | 2024-12-08",
                    "Dec 8                  | 2025-02-13 | 2024-12-08",
                    "8th December           | 2025-02-13 | 2024-12-08",
                    "December 8th           | 2025-02-13 | 2024-12-08",
                    "the 8th of December    | 2025-02-13 | 2024-12-08",
                    "on the 1st of February | 2025-02-13 | 2025-02-01",
                    "13 February            | 2025-02-13 | 2025-02-13",
                    "31 December            | 2024-12-31 | 2024-12-31",
                    "31 December            | 2025-01-01 | 2024-12-31",
                    "31 January             | 2025-01-31 | 2025-01-31",
                    "29 February            | 2024-02-29 | 2024-02-29",
                    "29 February            | 2025-02-13 | 2024-02-29",
                })
        void dayAndMonthWithoutYear(String expression, String reference, String edtf) {
            EventDate date = resolve(expression, reference);
            assertEquals(edtf, date.edtf());
            assertEquals(DatePrecision.DAY, date.precision());
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "8 December 2024                | 2024-12-08",
                    "December 8, 2024               | 2024-12-08",
                    "December 8 2024                | 2024-12-08",
                    "on the 8th of December 2024    | 2024-12-08",
                    "29 February 2024               | 2024-02-29",
                })
        void dayAndMonthWithYear(String expression, String edtf) {
            assertEquals(edtf, resolve(expression, "2025-02-13").edtf());
        }

        @ParameterizedTest
        @ValueSource(strings = {"30 February", "February 30", "31 April", "32 December", "0 May"})
        void impossibleDaysAreRejected(String expression) {
            assertContains("is not a valid calendar date", rejectionMessage(expression, "2025-02-13"));
        }

        @Test
        void impossibleDayMessageNamesTheDay() {
            assertEquals("30 February is not a valid calendar date", rejectionMessage("30 February", "2025-02-13"));
            assertEquals(
                    "29 February 2025 is not a valid calendar date",
                    rejectionMessage("29 February 2025", "2025-06-01"));
        }
    }

    @Nested
    class AbsoluteDates {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "2015                  | 2015",
                    "in 2015               | 2015",
                    "2024-12~              | 2024-12~",
                    "on 2025-02-12         | 2025-02-12",
                    "2025-02-03/2025-02-09 | 2025-02-03/2025-02-09",
                })
        void edtfIsDelegated(String expression, String edtf) {
            assertEquals(edtf, resolve(expression, "2025-02-13").edtf());
        }

        @Test
        void absoluteDatesMayLieAfterTheReference() {
            assertEquals("2030", RelativeDates.resolve("in 2030", THURSDAY).edtf());
        }

        @Test
        void edtfErrorsComeFromTheParser() {
            assertEquals("2025-02-30 is not a valid calendar date", rejectionMessage("2025-02-30", "2025-02-13"));
            assertContains("only ~ (approximate) is supported", rejectionMessage("2025?", "2025-02-13"));
        }
    }

    @Nested
    class Approximation {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "around Wednesday         | 2025-02-12~",
                    "about 8 December         | 2024-12-08~",
                    "approximately last month | 2025-01~",
                    "circa 2015               | 2015~",
                    "c. 2015                  | 2015~",
                    "c.2015                   | 2015~",
                    "around 2024-12~          | 2024-12~",
                    "about a week ago         | 2025-02-06~",
                    "around early December    | 2024-12~",
                })
        void leadingQualifierMakesApproximate(String expression, String edtf) {
            EventDate date = resolve(expression, "2025-02-13");
            assertEquals(edtf, date.edtf());
            assertTrue(date.approximate());
        }

        @Test
        void intervalsCannotBeApproximate() {
            assertContains("cannot be marked approximate", rejectionMessage("around last week", "2025-02-13"));
        }
    }

    @Nested
    class Rejections {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "next fortnight or so",
                    "0 days ago",
                    "last December 2024",
                    "Decembre",
                    "around",
                    "on",
                    "c.",
                    "8 Dec 24",
                    "soon",
                    "<script>alert(1)</script>",
                    "'; DROP TABLE events; --"
                })
        void unsupportedFormsNameTheExpressionAndListSupportedForms(String expression) {
            String message = rejectionMessage(expression, "2025-02-13");
            assertContains("cannot resolve '" + expression.strip(), message);
            assertContains("supported forms are", message);
            assertContains("N days/weeks/months ago", message);
        }

        @Test
        void nullAndBlank() {
            assertContains("a date expression is required", rejectionMessage(null, "2025-02-13"));
            assertContains("a date expression is required", rejectionMessage(" \t", "2025-02-13"));
        }

        @Test
        void tooLongExpression() {
            String message = rejectionMessage("yesterday ".repeat(20), "2025-02-13");
            assertContains("limited to 100 characters", message);
            assertTrue(message.length() < 500, message);
        }

        @Test
        void resultsOutsideSupportedYearsAreRejected() {
            assertContains("outside the supported range", rejectionMessage("yesterday", "0001-01-01"));
            assertContains("outside the supported range", rejectionMessage("last December", "0001-06-01"));
        }
    }

    @Nested
    class Direction {

        private static String resolveWith(String expression, String reference, Tense tense) {
            return RelativeDates.resolve(expression, LocalDate.parse(reference), tense)
                    .date()
                    .edtf();
        }

        @ParameterizedTest(name = "{0} on {1} -> {2}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "March         | 2025-02-28 | 2025-03",
                    "14 February   | 2025-02-13 | 2025-02-14",
                    "1 January     | 2024-12-31 | 2025-01-01",
                    "30 April      | 2025-04-29 | 2025-04-30",
                    "29 February   | 2024-02-28 | 2024-02-29",
                    "29 February   | 2103-06-01 | 2104-02-29",
                    "Nov. 6        | 1989-10-30 | 1989-11-06",
                    "Jan. 14       | 2000-01-06 | 2000-01-14",
                    "Dec. 8        | 2025-02-13 | 2024-12-08",
                    "September     | 2025-02-13 | 2024-09",
                })
        void withoutAHintAMonthOrDayTakesTheNearestReading(String expression, String reference, String edtf) {
            assertEquals(edtf, resolveWith(expression, reference, null));
        }

        @ParameterizedTest(name = "{0} on {1} ({2}) -> {3}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Monday       | 1989-11-01 | FUTURE | 1989-11-06",
                    "Monday       | 1989-11-01 | PAST   | 1989-10-30",
                    "Wednesday    | 2025-02-12 | FUTURE | 2025-02-12",
                    "Nov. 6       | 1989-10-30 | PAST   | 1988-11-06",
                    "14 February  | 2025-02-13 | PAST   | 2024-02-14",
                    "Dec. 8       | 2025-02-13 | FUTURE | 2025-12-08",
                    "March        | 2025-02-28 | PAST   | 2024-03",
                    "last Friday  | 2025-02-13 | FUTURE | 2025-02-07",
                    "next Friday  | 2025-02-13 | PAST   | 2025-02-14",
                })
        void aTenseChoosesTheDirection(String expression, String reference, Tense tense, String edtf) {
            assertEquals(edtf, resolveWith(expression, reference, tense));
        }

        @Test
        void aBareWeekdayReadsBackwardsWithoutAHint() {
            assertEquals("2025-02-10", resolveWith("Monday", "2025-02-13", null));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "The board will meet again Nov. 6.                | FUTURE",
                    "Talks are due to resume Feb. 20.                  | FUTURE",
                    "The minister plans to visit Moscow next month.    | FUTURE",
                    "Officials said the talks will resume on Monday.   | FUTURE",
                    "The ministry said the strike began on Monday.     | PAST",
                    "A delegation visited Damascus last month.         | PAST",
                })
        void theSentenceGivesTheTense(String sentence, Tense tense) {
            assertEquals(tense, Tense.fromContext(sentence).orElseThrow());
        }

        @Test
        void aSentenceWithoutCuesGivesNoTense() {
            assertTrue(Tense.fromContext("Putin and al-Sharaa on Wednesday").isEmpty());
            assertTrue(Tense.fromContext(null).isEmpty());
        }

        @Test
        void theRuleIsGivenInWords() {
            assertEquals(
                    "the latest Wednesday on or before 2025-02-13 (a bare weekday reads backwards)",
                    RelativeDates.resolve("Wednesday", THURSDAY, null).rule());
        }
    }
}
