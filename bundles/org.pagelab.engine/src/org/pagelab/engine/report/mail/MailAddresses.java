package org.pagelab.engine.report.mail;

import java.util.ArrayList;
import java.util.List;

/** Addresses and message ids of mail header fields (RFC 5322, leniently). */
public final class MailAddresses {
    private MailAddresses() {
    }

    /**
     * One mailbox.
     *
     * @param name    display name (decoded, without quotes), or ""
     * @param address the addr-spec (user@host), or "" when the field held only a name
     */
    public record Address(String name, String address) {
        /** The name when there is one, else the address. */
        public String display() {
            return name.isEmpty() ? address : name;
        }

        /** As written in a header: {@code "Huang, Ying" <ying.huang@intel.com>}, non-ASCII names encoded. */
        public String toHeader() {
            if (name.isEmpty()) {
                return address;
            }
            String n = MailHeaders.encodePhrase(name);
            return address.isEmpty() ? n : n + " <" + address + ">";
        }

        /** As written in a body trailer: {@code Huang Ying <ying.huang@intel.com>} (quotes kept when needed). */
        public String toText() {
            if (name.isEmpty()) {
                return address;
            }
            String n = needsQuotes(name) ? quote(name) : name;
            return address.isEmpty() ? n : n + " <" + address + ">";
        }
    }

    /** Parses an address list ({@code A <a@x>, "B, C" <b@y>, c@z (Comment)}); never throws. */
    public static List<Address> parse(String field) {
        List<Address> out = new ArrayList<>();
        if (field == null) {
            return out;
        }
        for (String part : splitTopLevel(field)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            // group syntax "name: a, b;" -> members are already split; drop a group label
            int colon = indexOutsideQuotes(p, ':');
            if (colon >= 0 && p.indexOf('<') < 0 && p.indexOf('@', colon) > colon) {
                p = p.substring(colon + 1).strip();
            }
            if (p.endsWith(";")) {
                p = p.substring(0, p.length() - 1).strip();
            }
            int lt = p.lastIndexOf('<');
            int gt = p.lastIndexOf('>');
            if (lt >= 0 && gt > lt) {
                String name = unquote(p.substring(0, lt).strip());
                out.add(new Address(name, p.substring(lt + 1, gt).strip()));
                continue;
            }
            String comment = "";
            int lp = p.indexOf('(');
            int rp = p.lastIndexOf(')');
            if (lp >= 0 && rp > lp) {
                comment = p.substring(lp + 1, rp).strip();
                p = (p.substring(0, lp) + p.substring(rp + 1)).strip();
            }
            if (p.indexOf('@') >= 0) {
                out.add(new Address(unquote(comment), p));
            } else {
                out.add(new Address(unquote(p.isEmpty() ? comment : p), ""));
            }
        }
        return out;
    }

    /**
     * Parses an address list as written in a header (RFC 2047 encoded words
     * still encoded, so that an encoded comma does not split a name) and
     * decodes the names.
     */
    public static List<Address> parseDecoding(String rawField) {
        List<Address> out = new ArrayList<>();
        for (Address a : parse(rawField)) {
            out.add(new Address(MailHeaders.decodeWords(a.name()), a.address()));
        }
        return out;
    }

    /** The {@code <...>} message ids in a field, in order. */
    public static List<String> messageIds(String field) {
        List<String> out = new ArrayList<>();
        if (field == null) {
            return out;
        }
        int i = 0;
        while (true) {
            int lt = field.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            int gt = field.indexOf('>', lt);
            if (gt < 0) {
                break;
            }
            String id = field.substring(lt, gt + 1).replaceAll("\\s+", "");
            if (id.length() > 2) {
                out.add(id);
            }
            i = gt + 1;
        }
        if (out.isEmpty() && !field.isBlank() && field.strip().indexOf(' ') < 0) {
            // some archives drop the brackets
            out.add("<" + field.strip() + ">");
        }
        return out;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        int paren = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < s.length()) {
                    cur.append(c).append(s.charAt(++i));
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                angle++;
            } else if (c == '>') {
                angle = Math.max(0, angle - 1);
            } else if (c == '(') {
                paren++;
            } else if (c == ')') {
                paren = Math.max(0, paren - 1);
            } else if (c == ',' && angle == 0 && paren == 0) {
                parts.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        parts.add(cur.toString());
        return parts;
    }

    private static int indexOutsideQuotes(String s, char ch) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ch && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return t.strip();
    }

    /** Whether a display name must be quoted in a header (RFC 5322 specials). */
    static boolean needsQuotes(String name) {
        for (int i = 0; i < name.length(); i++) {
            if ("()<>[]:;@\\,.\"".indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static String quote(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
