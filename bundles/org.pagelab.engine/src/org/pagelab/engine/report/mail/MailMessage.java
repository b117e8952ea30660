package org.pagelab.engine.report.mail;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One mail message as read from an .eml or mbox file: its header fields
 * and its plain-text body, decoded (transfer encoding, charset, RFC 2047
 * encoded words).
 *
 * @param file     the file it was read from, for messages
 * @param index    0-based position in an mbox (0 for an .eml)
 * @param line     1-based line of its first header line in the file
 * @param headers  header fields in file order
 * @param body     the text/plain body with '\n' line ends
 * @param bodyLine 1-based line of the file where the (first text/plain) body starts, or 0
 *                 when it is encoded (base64, quoted-printable) or in a compressed file
 */
public record MailMessage(String file, int index, int line, List<Header> headers, String body, int bodyLine) {

    /**
     * A header field.
     *
     * @param name  field name as written
     * @param raw   the value unfolded, as written (encoded words kept): what a reply copies into its own headers
     * @param value the value decoded for people
     */
    public record Header(String name, String raw, String value) {
    }

    public MailMessage {
        headers = List.copyOf(headers);
    }

    /** The first field of that name (case-insensitive), decoded, or null. */
    public String header(String name) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    /** The first field of that name, unfolded but not decoded, or null. */
    public String rawHeader(String name) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.raw();
            }
        }
        return null;
    }

    /** Every field of that name, unfolded but not decoded. */
    public List<String> rawHeaders(String name) {
        List<String> out = new ArrayList<>();
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                out.add(h.raw());
            }
        }
        return out;
    }

    /** The subject, decoded and with folding white space collapsed, or "". */
    public String subject() {
        String s = header("Subject");
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** The Message-ID with its angle brackets ({@code <id@host>}), or null. */
    public String messageId() {
        List<String> ids = MailAddresses.messageIds(rawHeader("Message-ID"));
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The message ids of the References field, oldest first. */
    public List<String> references() {
        return MailAddresses.messageIds(rawHeader("References"));
    }

    /** The message id of the In-Reply-To field, or null. */
    public String inReplyTo() {
        List<String> ids = MailAddresses.messageIds(rawHeader("In-Reply-To"));
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The author (first address of From), or null. */
    public MailAddresses.Address from() {
        List<MailAddresses.Address> a = MailAddresses.parseDecoding(rawHeader("From"));
        return a.isEmpty() ? null : a.get(0);
    }

    /** The addresses of every field of that name (To, Cc). */
    public List<MailAddresses.Address> addresses(String field) {
        List<MailAddresses.Address> out = new ArrayList<>();
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(field)) {
                out.addAll(MailAddresses.parseDecoding(h.raw()));
            }
        }
        return out;
    }

    /** The Date field, parsed, if there is one that parses. */
    public Optional<ZonedDateTime> date() {
        return MailDates.parse(header("Date"));
    }

    /** A short description for messages: "message 3 (From ..., Subject ...)". */
    public String describe() {
        MailAddresses.Address f = from();
        return String.format(Locale.ROOT, "message %d at line %d (%s: %s)", index + 1, line,
                f == null ? "no From" : f.display(), subject());
    }
}
