package cl.clusterminero.gestion.member;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Chilean tax id. Accepted as {@code 12345678-5}, {@code 12.345.678-5} or {@code 123456785}; stored as
 * {@code 12345678-5}; shown as {@code 12.345.678-5}. The check digit is modulo 11 ({@code K} for 10, {@code 0} for 11).
 */
public record Rut(int number, char checkDigit) {

    private static final Pattern ACCEPTED = Pattern.compile("\\d{1,3}(\\.?\\d{3}){0,2}-?[\\dkK]");

    public Rut {
        if (number < 1 || number > 99_999_999) {
            throw new IllegalArgumentException("RUT number out of range: " + number);
        }
        if (checkDigit != checkDigitOf(number)) {
            throw new IllegalArgumentException("Wrong check digit for " + number + ": " + checkDigit);
        }
    }

    /** The RUT written in any accepted form, or empty when it is malformed or its check digit is wrong. */
    public static Optional<Rut> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (!ACCEPTED.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String compact = trimmed.replace(".", "").replace("-", "");
        int number;
        try {
            number = Integer.parseInt(compact.substring(0, compact.length() - 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        char digit = Character.toUpperCase(compact.charAt(compact.length() - 1));
        if (number < 1 || number > 99_999_999 || digit != checkDigitOf(number)) {
            return Optional.empty();
        }
        return Optional.of(new Rut(number, digit));
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    public static char checkDigitOf(int number) {
        int sum = 0;
        int factor = 2;
        for (int rest = number; rest > 0; rest /= 10) {
            sum += (rest % 10) * factor;
            factor = factor == 7 ? 2 : factor + 1;
        }
        int digit = 11 - (sum % 11);
        return digit == 11 ? '0' : digit == 10 ? 'K' : (char) ('0' + digit);
    }

    /** The stored form, e.g. {@code 12345678-5}. */
    public String normalised() {
        return number + "-" + checkDigit;
    }

    /** The displayed form, e.g. {@code 12.345.678-5}. */
    public String formatted() {
        return String.format(Locale.ROOT, "%,d", number).replace(',', '.') + "-" + checkDigit;
    }

    /** A stored RUT shown with dots; text that is not a RUT is returned unchanged. */
    public static String format(String stored) {
        return parse(stored).map(Rut::formatted).orElse(stored == null ? "" : stored);
    }

    /**
     * What a search box's text means as the beginning of a stored RUT: digits without dots, and the dash when the
     * whole RUT was typed. Empty when the text cannot be the start of a RUT.
     */
    public static Optional<String> searchPrefix(String text) {
        String compact = text == null ? "" : text.strip().replace(".", "");
        if (compact.matches("\\d{1,8}(-[\\dkK]?)?")) {
            return Optional.of(compact.toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return formatted();
    }
}
