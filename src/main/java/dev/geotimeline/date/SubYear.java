package dev.geotimeline.date;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The EDTF / ISO 8601-2 sub-year groupings this service stores, written in the month position ({@code 2025-21}).
 * Seasons (21-24) are EDTF level 1; quarters, thirds (quadrimesters) and halves (33-41) are level 2. Seasons
 * are the meteorological seasons of the northern hemisphere; winter YYYY is the winter that ends in YYYY,
 * from 1 December YYYY-1 to the end of February YYYY.
 */
enum SubYear {
    SPRING(21, 3, 3, "spring"),
    SUMMER(22, 6, 3, "summer"),
    AUTUMN(23, 9, 3, "autumn"),
    WINTER(24, 0, 3, "winter"),
    Q1(33, 1, 3, "first quarter"),
    Q2(34, 4, 3, "second quarter"),
    Q3(35, 7, 3, "third quarter"),
    Q4(36, 10, 3, "fourth quarter"),
    EARLY(37, 1, 4, "first third (January to April)"),
    MID(38, 5, 4, "middle third (May to August)"),
    LATE(39, 9, 4, "last third (September to December)"),
    H1(40, 1, 6, "first half"),
    H2(41, 7, 6, "second half");

    final int code;
    // Month 0 is December of the year before.
    private final int firstMonth;
    private final int months;
    final String words;

    SubYear(int code, int firstMonth, int months, String words) {
        this.code = code;
        this.firstMonth = firstMonth;
        this.months = months;
        this.words = words;
    }

    static SubYear ofCode(int code) {
        for (SubYear value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        return null;
    }

    YearMonth firstMonthIn(int year) {
        return YearMonth.of(year, 1).plusMonths(firstMonth - 1L);
    }

    LocalDate first(int year) {
        return firstMonthIn(year).atDay(1);
    }

    LocalDate last(int year) {
        return firstMonthIn(year).plusMonths(months - 1L).atEndOfMonth();
    }
}
