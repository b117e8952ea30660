package org.pagelab.engine.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Page flag decoding. Kernels print struct page flags either by name
 * ({@code referenced|uptodate|lru}) or as hex ({@code flags=0x40048}, older
 * page_ref tracepoints). Hex needs the kernel's {@code enum pageflags}
 * layout, which changed over the years: trace.dat files carry the exact
 * table in their print formats (used when present); for text the layout is
 * chosen from the kernel version when known, else guessed (see
 * {@link #guessLayout}), and the raw value is always kept.
 *
 * <p>Also decodes the pagemap flags of {@code mm_lru_insertion}
 * ({@code flags=Ma bd}: positional letters in text, a bit mask in binary).
 */
public final class PageFlags {
    private PageFlags() {
    }

    /** enum pageflags of 4.x kernels (x86_64, MEMORY_FAILURE, IDLE_PAGE_TRACKING). */
    public static final String LAYOUT_4 = "4.x";
    /** enum pageflags of 6.6-era kernels (x86_64). */
    public static final String LAYOUT_6 = "6.x";

    private static final String[] BITS_4 = {"locked", "error", "referenced", "uptodate", "dirty", "lru", "active",
        "slab", "owner_priv_1", "arch_1", "reserved", "private", "private_2", "writeback", "head", "swapcache",
        "mappedtodisk", "reclaim", "swapbacked", "unevictable", "mlocked", "uncached", "hwpoison", "young", "idle"};
    private static final String[] BITS_6 = {"locked", "writeback", "referenced", "uptodate", "dirty", "lru", "head",
        "waiters", "active", "workingset", "error", "slab", "owner_priv_1", "arch_1", "reserved", "private",
        "private_2", "mappedtodisk", "reclaim", "swapbacked", "unevictable", "mlocked", "uncached", "hwpoison",
        "young", "idle"};

    /** Flag names of raw under a layout; unknown bits as "0x..". */
    public static List<String> decode(long raw, String layout) {
        String[] bits = LAYOUT_4.equals(layout) ? BITS_4 : BITS_6;
        List<String> out = new ArrayList<>();
        long rest = raw;
        for (int b = 0; b < bits.length; b++) {
            if ((raw & (1L << b)) != 0) {
                out.add(bits[b]);
                rest &= ~(1L << b);
            }
        }
        if (rest != 0) {
            out.add("0x" + Long.toHexString(rest));
        }
        return out;
    }

    /**
     * Page flags of a field value: names as printed, or decoded from hex
     * under the layout.
     */
    public static List<String> names(FieldValue v, String layout) {
        if (v == null) {
            return List.of();
        }
        if (v.kind() == FieldValue.Kind.FLAGS || v.kind() == FieldValue.Kind.SYMBOL) {
            return v.names();
        }
        if (v.isNumeric()) {
            return decode(v.longValue(0), layout);
        }
        String s = v.toString().trim();
        return s.isEmpty() ? List.of() : List.of(s.split("\\|"));
    }

    /** Layout for a kernel release ("6.18.4-foo", "4.9.0"), or the modern one when unknown. */
    public static String layoutForKernel(String release) {
        if (release != null) {
            String r = release.trim();
            int dot = r.indexOf('.');
            if (dot > 0) {
                try {
                    int major = Integer.parseInt(r.substring(0, dot).replaceAll("\\D", ""));
                    return major < 5 ? LAYOUT_4 : LAYOUT_6;
                } catch (NumberFormatException e) {
                    // not a release string
                }
            }
        }
        return LAYOUT_6;
    }

    /**
     * Guesses the layout from function names seen in stack traces: 4.x
     * kernels have {@code SyS_*} syscall stubs, {@code __alloc_pages_nodemask}
     * and {@code entry_SYSCALL_64_fastpath}.
     */
    public static String guessLayout(String stackFrame) {
        String f = stackFrame.toLowerCase(Locale.ROOT);
        if (stackFrame.startsWith("SyS_") || f.contains("_nodemask") || f.contains("entry_syscall_64_fastpath")) {
            return LAYOUT_4;
        }
        return null;
    }

    private static final String[] PAGEMAP = {"mapped", "anon", "", "swapcache", "swapbacked", "mappedtodisk",
        "buffers"};

    /** mm_lru_insertion flags from its bit mask (PAGEMAP_* of include/trace/events/pagemap.h). */
    public static FieldValue pagemap(long raw) {
        List<String> names = new ArrayList<>();
        for (int b = 0; b < PAGEMAP.length; b++) {
            if (b == 1) {
                names.add((raw & 2) != 0 ? "anon" : "file");
            } else if (b != 2 && (raw & (1L << b)) != 0) {
                names.add(PAGEMAP[b]);
            }
        }
        return FieldValue.ofFlags(names, raw, true, String.join("|", names));
    }

    /** mm_lru_insertion flags from the printed letters "Ma bd " (positions M a/f s b d B). */
    public static FieldValue pagemapFromLetters(String raw) {
        long v = 0;
        char[] want = {'M', 'a', 's', 'b', 'd', 'B'};
        long[] bit = {1, 2, 8, 0x10, 0x20, 0x40};
        for (int i = 0; i < want.length && i < raw.length(); i++) {
            if (raw.charAt(i) == want[i]) {
                v |= bit[i];
            }
        }
        return pagemap(v);
    }
}
