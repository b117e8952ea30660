package org.pagelab.ui.internal.views;

import java.util.Locale;

import org.pagelab.model.mm.Page;

/**
 * The Pages view's filter language. Space-separated terms, all of which must
 * hold: {@code word} (some column contains it), {@code -word} (no column
 * contains it), {@code column OP value} with OP one of
 * {@code = != < <= > >=} on numeric columns (refcount, mapcount, pins,
 * order, pfn) or {@code ~} (contains) on any column (e.g. {@code flags~dirty}).
 */
public final class PageFilter {
    private PageFilter() {
    }

    public static boolean matches(String filter, Page p) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        for (String term : filter.trim().split("\\s+")) {
            if (!term(term.toLowerCase(Locale.ROOT), p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean term(String t, Page p) {
        if (t.startsWith("-") && t.length() > 1) {
            return !anyColumnContains(t.substring(1), p);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z/ ]+?)(<=|>=|!=|=|<|>|~)(.*)").matcher(t);
        if (m.matches()) {
            PagesView.Column c = column(m.group(1));
            if (c != null) {
                String op = m.group(2);
                String value = m.group(3);
                if (op.equals("~")) {
                    return c.text().apply(p).toLowerCase(Locale.ROOT).contains(value);
                }
                if (c.number() != null) {
                    Long v = parse(value);
                    if (v == null) {
                        return false;
                    }
                    long x = c.number().applyAsLong(p);
                    return switch (op) {
                    case "=" -> x == v;
                    case "!=" -> x != v;
                    case "<" -> x < v;
                    case "<=" -> x <= v;
                    case ">" -> x > v;
                    default -> x >= v;
                    };
                }
                String text = c.text().apply(p).toLowerCase(Locale.ROOT);
                return op.equals("!=") ? !text.equals(value) : op.equals("=") ? text.equals(value) : text.contains(value);
            }
        }
        return anyColumnContains(t, p);
    }

    private static PagesView.Column column(String name) {
        String n = name.trim();
        for (PagesView.Column c : PagesView.COLUMNS) {
            String title = c.title().toLowerCase(Locale.ROOT);
            if (title.equals(n) || title.startsWith(n) && n.length() >= 3) {
                return c;
            }
        }
        return null;
    }

    private static Long parse(String v) {
        try {
            return v.startsWith("0x") ? Long.parseUnsignedLong(v.substring(2), 16) : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean anyColumnContains(String word, Page p) {
        for (PagesView.Column c : PagesView.COLUMNS) {
            if (c.text().apply(p).toLowerCase(Locale.ROOT).contains(word)) {
                return true;
            }
        }
        return false;
    }
}
