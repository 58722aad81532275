package cl.clusterminero.gestion.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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
    /** Whole pesos, with or without thousands dots (then every group of three): not "1.2.3", not decimals. */
    private static final Pattern CLP_TYPED = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+)");
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

    /**
     * Reads back a peso amount as people type it and as {@link #clp} writes it: {@code 1234567}, {@code 1.234.567},
     * {@code $1.234.567} or {@code $ 1.234.567}, with an optional minus sign. Anything else (misplaced dots such as
     * {@code 1.2.3}, decimals, letters, more than a {@code long} holds, blank text) is no amount: empty.
     */
    public static Optional<Long> parseClp(String text) {
        String compact = text == null ? "" : text.strip().replace("$", "").replace(" ", "");
        if (!CLP_TYPED.matcher(compact).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(compact.replace(".", "")));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /** An integer with Chilean thousands separators, e.g. {@code 12.345}. */
    public static String integer(long value) {
        // DecimalFormat is not thread-safe, so each call gets its own.
        DecimalFormat format = new DecimalFormat("#,##0", CHILEAN_SYMBOLS);
        format.setGroupingSize(3);
        return format.format(value);
    }
}
