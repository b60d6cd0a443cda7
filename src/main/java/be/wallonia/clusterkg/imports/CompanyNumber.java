package be.wallonia.clusterkg.imports;

import java.util.Optional;

/**
 * A Belgian enterprise number (Crossroads Bank for Enterprises, BCE/KBO): ten digits, starting with 0 or 1,
 * whose last two are 97 minus the first eight modulo 97. Written "0123.456.749", "BE 0123 456 749" or as nine
 * digits (a spreadsheet that took it for a number dropped the leading 0).
 */
public final class CompanyNumber {
    private CompanyNumber() {}

    /** The ten digits of a well-formed number with a good check, else empty. */
    public static Optional<String> parse(String written) {
        String digits = written.strip().replaceFirst("^(?i)BE", "").replaceAll("[\\s.\\-/]", "");
        if (digits.matches("[0-9]{9}")) digits = "0" + digits;
        if (!digits.matches("[01][0-9]{9}")) return Optional.empty();
        long body = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return 97 - body % 97 == check ? Optional.of(digits) : Optional.empty();
    }

    /** "0123.456.749", as the BCE/KBO writes it. */
    public static String display(String digits) {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }
}
