package dev.geotimeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Values in COPY's text format, where a tab ends a column, a line break a row and {@code \N} is null. */
class BulkInsertTest {

    private static String copyText(Object value) {
        StringBuilder text = new StringBuilder();
        BulkInsert.appendCopyText(text, value);
        return text.toString();
    }

    @Test
    void nullIsBackslashN() {
        assertEquals("\\N", copyText(null));
    }

    @Test
    void theTwoCharactersBackslashNInTextStayText() {
        assertEquals("\\\\N", copyText("\\N"));
    }

    @Test
    void tabsLineBreaksAndBackslashesAreEscaped() {
        assertEquals("a\\tb\\nc\\rd\\\\e", copyText("a\tb\nc\rd\\e"));
    }

    @Test
    void otherTextIsWrittenAsItIs() {
        assertEquals("al-Sharaa's \"call\" ü 🚀", copyText("al-Sharaa's \"call\" ü 🚀"));
    }

    @Test
    void booleansNumbersDatesAndInstantsUseTheirIsoForms() {
        assertEquals("t", copyText(true));
        assertEquals("f", copyText(false));
        assertEquals("-42", copyText(-42L));
        assertEquals("2025-02-12", copyText(LocalDate.of(2025, 2, 12)));
        assertEquals("2025-02-13T10:15:30.123456Z", copyText(Instant.parse("2025-02-13T10:15:30.123456Z")));
    }
}
