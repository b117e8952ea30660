package org.pagelab.engine.report.mail;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** RFC 5322 dates, read leniently and written as mail clients write them. */
public final class MailDates {
    /** "Thu, 13 Jan 2022 13:47:05 +0800". */
    public static final DateTimeFormatter MAIL = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.ROOT);

    private MailDates() {
    }

    /**
     * Parses a Date field: with or without the weekday, one- or two-digit
     * day, seconds optional, a trailing comment ("(UTC)") or zone name
     * ignored, obsolete zones (GMT, UT, EST...) accepted.
     */
    public static Optional<ZonedDateTime> parse(String field) {
        if (field == null) {
            return Optional.empty();
        }
        String s = field.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        // obsolete zone names -> offsets
        s = s.replaceAll(" (UT|GMT|Z)$", " +0000").replaceAll(" EDT$", " -0400").replaceAll(" EST$", " -0500")
                .replaceAll(" CDT$", " -0500").replaceAll(" CST$", " -0600").replaceAll(" MDT$", " -0600")
                .replaceAll(" MST$", " -0700").replaceAll(" PDT$", " -0700").replaceAll(" PST$", " -0800");
        // "+0800 CST" style: keep the numeric offset, drop the name after it
        s = s.replaceAll("([+-]\\d{4}) [A-Za-z]+$", "$1");
        if (s.indexOf(',') >= 0) {
            s = s.substring(s.indexOf(',') + 1).strip();
        }
        for (String p : new String[] {"d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm Z", "d MMM yy HH:mm:ss Z"}) {
            try {
                return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.ofPattern(p, Locale.ROOT)));
            } catch (DateTimeParseException e) {
                // next
            }
        }
        return Optional.empty();
    }

    /** A date as a Date field and attribution lines write it. */
    public static String format(ZonedDateTime t) {
        return MAIL.format(t);
    }
}
