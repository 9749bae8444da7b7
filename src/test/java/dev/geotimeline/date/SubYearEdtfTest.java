package dev.geotimeline.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Seasons (EDTF level 1) and quarters, thirds and halves (level 2) in the month position. */
class SubYearEdtfTest {

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2025-21  | 2025-03-01 | 2025-05-31",
                "2025-22  | 2025-06-01 | 2025-08-31",
                "2025-23  | 2025-09-01 | 2025-11-30",
                "2025-24  | 2024-12-01 | 2025-02-28",
                "2024-24  | 2023-12-01 | 2024-02-29",
                "2024-33  | 2024-01-01 | 2024-03-31",
                "2024-34  | 2024-04-01 | 2024-06-30",
                "2024-36  | 2024-10-01 | 2024-12-31",
                "1991-37~ | 1991-01-01 | 1991-04-30",
                "1996-38~ | 1996-05-01 | 1996-08-31",
                "1991-39~ | 1991-09-01 | 1991-12-31",
                "2024-40  | 2024-01-01 | 2024-06-30",
                "2024-41  | 2024-07-01 | 2024-12-31",
            })
    void subYearGroupingsParseWithTheirDays(String edtf, LocalDate earliest, LocalDate latest) {
        EventDate date = Edtf.parse(edtf);
        assertEquals(edtf, date.edtf());
        assertEquals(DatePrecision.SUBYEAR, date.precision());
        assertEquals(earliest, date.earliest());
        assertEquals(latest, date.latest());
        assertEquals(edtf.endsWith("~"), date.approximate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-20", "2025-25", "2025-32", "2025-42", "2025-21-01", "0001-24"})
    void otherCodesAreRejected(String edtf) {
        InvalidDateException e = assertThrows(InvalidDateException.class, () -> Edtf.parse(edtf));
        assertTrue(!e.getMessage().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-21", "1991-37~", "2024-40"})
    void subYearSpansLieBetweenAYearAndAMonth(String edtf) {
        EventDate year = Edtf.parse(edtf.substring(0, 4));
        EventDate part = Edtf.parse(edtf);
        assertTrue(year.spanDays() > part.spanDays());
        assertTrue(part.spanDays()
                > Edtf.parse(part.earliest().toString().substring(0, 7)).spanDays());
    }
}
