package org.pagelab.engine.report.mail;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A reply as an RFC 5322 message file (.eml) that {@code git send-email}
 * and mail clients take as it is: {@code Subject: Re: ...},
 * {@code In-Reply-To} and {@code References} from the message answered,
 * To its author (or Reply-To), Cc everyone else it went to, a UTF-8
 * text/plain body sent as 8bit (7bit when it is ASCII).
 */
public final class EmlWriter {
    private EmlWriter() {
    }

    /** Header choices; null fields are derived from the message answered or left out. */
    public static final class Headers {
        /** "Name <addr>" of the sender, or null (git send-email and mail clients fill it in). */
        public String from;
        /** Subject without the "Re: ", or null for the answered message's. */
        public String subject;
        /** Extra To addresses (comma-separated), or null. */
        public String to;
        /** Extra Cc addresses (comma-separated), or null. */
        public String cc;
        /** The Date field, or null for now. */
        public ZonedDateTime date;
    }

    /** "Re: " + subject, without stacking "Re:" prefixes. */
    public static String replySubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        while (s.regionMatches(true, 0, "Re:", 0, 3)) {
            s = s.substring(3).strip();
        }
        return "Re: " + s;
    }

    /** The .eml text of a reply body to {@code replyTo} (which may be null: a new thread). */
    public static byte[] write(String body, MailMessage replyTo, Headers h) {
        List<String> out = new ArrayList<>();
        if (h.from != null && !h.from.isBlank()) {
            out.add(MailHeaders.foldList("From", addressList(MailAddresses.parse(h.from)), ","));
        }
        Set<String> seen = new LinkedHashSet<>();
        MailAddresses.Address me = h.from == null ? null : first(MailAddresses.parse(h.from));
        if (me != null) {
            seen.add(me.address().toLowerCase(Locale.ROOT));
        }
        List<MailAddresses.Address> to = new ArrayList<>();
        List<MailAddresses.Address> cc = new ArrayList<>();
        if (replyTo != null) {
            List<MailAddresses.Address> authors = replyTo.addresses("Reply-To");
            if (authors.isEmpty()) {
                authors = replyTo.addresses("From");
            }
            addNew(to, authors, seen);
            addNew(cc, replyTo.addresses("To"), seen);
            addNew(cc, replyTo.addresses("Cc"), seen);
        }
        if (h.to != null) {
            addNew(to, MailAddresses.parse(h.to), seen);
        }
        if (h.cc != null) {
            addNew(cc, MailAddresses.parse(h.cc), seen);
        }
        if (!to.isEmpty()) {
            out.add(MailHeaders.foldList("To", addressList(to), ","));
        }
        if (!cc.isEmpty()) {
            out.add(MailHeaders.foldList("Cc", addressList(cc), ","));
        }
        String subject;
        if (replyTo != null) {
            subject = replySubject(h.subject != null ? h.subject : replyTo.subject());
        } else {
            subject = h.subject != null && !h.subject.isBlank() ? h.subject.strip() : "Pagelab report";
        }
        boolean ascii = subject.chars().allMatch(c -> c < 0x80);
        out.add(MailHeaders.fold("Subject", ascii ? subject : MailHeaders.encodeWord(subject)));
        out.add("Date: " + MailDates.format(h.date != null ? h.date : ZonedDateTime.now()));
        if (replyTo != null && replyTo.messageId() != null) {
            String id = replyTo.messageId();
            out.add("In-Reply-To: " + id);
            List<String> refs = new ArrayList<>(replyTo.references());
            if (refs.isEmpty() && replyTo.inReplyTo() != null) {
                refs.add(replyTo.inReplyTo());
            }
            refs.remove(id);
            refs.add(id);
            out.add(MailHeaders.foldList("References", refs, ""));
        }
        boolean asciiBody = body.chars().allMatch(c -> c < 0x80);
        out.add("MIME-Version: 1.0");
        out.add("Content-Type: text/plain; charset=" + (asciiBody ? "us-ascii" : "utf-8"));
        out.add("Content-Transfer-Encoding: " + (asciiBody ? "7bit" : "8bit"));
        StringBuilder b = new StringBuilder();
        for (String l : out) {
            b.append(l).append('\n');
        }
        b.append('\n').append(body.endsWith("\n") ? body : body + "\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MailAddresses.Address first(List<MailAddresses.Address> l) {
        return l.isEmpty() ? null : l.get(0);
    }

    private static void addNew(List<MailAddresses.Address> into, List<MailAddresses.Address> from, Set<String> seen) {
        for (MailAddresses.Address a : from) {
            String key = a.address().toLowerCase(Locale.ROOT);
            if (!a.address().isEmpty() && seen.add(key)) {
                into.add(a);
            }
        }
    }

    private static List<String> addressList(List<MailAddresses.Address> l) {
        List<String> out = new ArrayList<>();
        for (MailAddresses.Address a : l) {
            out.add(a.toHeader());
        }
        return out;
    }
}
