package cl.clusterminero.gestion.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates and Chilean pesos are written on screen and in documents, whatever the UI language:
 * the corporation's readers expect {@code 24-11-2026} and {@code $1.234.567}.
 */
public final class DisplayFormats {

    /** The corporation's time zone: instants are shown, and the clock runs, in Chile's time. */
    public static final ZoneId ZONE = ZoneId.of("America/Santiago");
    public static final String DATE_PATTERN = "dd-MM-yyyy";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DecimalFormatSymbols CHILEAN_SYMBOLS = DecimalFormatSymbols.getInstance(Locale.of("es", "CL"));

    private DisplayFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    /** An instant as Chile's local date and time, e.g. {@code 12-03-2026 10:42}. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** A peso amount with dots as thousands separators and no decimals, e.g. {@code $1.234.567}. */
    public static String clp(long amount) {
        String digits = integer(Math.abs(amount));
        return amount < 0 ? "-$" + digits : "$" + digits;
    }

    /** An integer with Chilean thousands separators, e.g. {@code 12.345}. */
    public static String integer(long value) {
        // DecimalFormat is not thread-safe, so each call gets its own.
        DecimalFormat format = new DecimalFormat("#,##0", CHILEAN_SYMBOLS);
        format.setGroupingSize(3);
        return format.format(value);
    }
}
