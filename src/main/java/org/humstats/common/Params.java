package org.humstats.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parses query parameters from their text, so that a bad value is a 400 naming the parameter
 * (JAX-RS would turn a failed conversion into a bare 404).
 */
public final class Params {

    private Params() {
    }

    /** A text parameter, trimmed; blank counts as absent. */
    public static String optionalText(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public static int integer(String name, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "'" + text + "' is not a whole number");
        }
    }

    public static Integer optionalInteger(String name, String text) {
        return text == null || text.isBlank() ? null : integer(name, text);
    }

    public static boolean bool(String name, String text, boolean fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return switch (text.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidParameter(name, "'" + text + "' must be true or false");
        };
    }

    public static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "'" + text + "' is not a date in the form YYYY-MM-DD");
        }
        return withinDatabaseYears(name, date);
    }

    /** Years 1 to 9999: what both databases can compare with (PostgreSQL refuses year -999999999 with a 500). */
    private static LocalDate withinDatabaseYears(String name, LocalDate date) {
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw ProblemException.invalidParameter(name, "must be between 0001-01-01 and 9999-12-31, got " + date);
        }
        return date;
    }

    public static Instant timestamp(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(text.trim());
            withinDatabaseYears(name, time.toLocalDate());
            return time.toInstant();
        } catch (DateTimeParseException e) {
            try {
                return withinDatabaseYears(name, LocalDate.parse(text.trim())).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw ProblemException.invalidParameter(name,
                        "'" + text + "' is not an RFC 3339 timestamp (2017-11-08T00:00:00Z) or a date");
            }
        }
    }

    public static java.util.UUID uuid(String name, String text) {
        try {
            return java.util.UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, "'" + text + "' is not a UUID");
        }
    }

    /** A value of one of the given wire-named enum constants; blank gives {@code fallback}. */
    public static <E extends Enum<E> & WireNamed> E choice(String name, String text, Class<E> type, E fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return WireNamed.parse(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, e.getMessage());
        }
    }
}
