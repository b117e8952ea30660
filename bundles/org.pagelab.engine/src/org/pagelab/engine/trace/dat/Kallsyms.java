package org.pagelab.engine.trace.dat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Kernel symbols from the kallsyms section ("ffffffff81000000 T _stext"), for %ps and stack frames. */
final class Kallsyms {
    private final long[] addrs;
    private final String[] names;

    Kallsyms(String text) {
        List<long[]> rows = new ArrayList<>();
        List<String> ns = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int e = text.indexOf('\n', i);
            if (e < 0) {
                e = n;
            }
            // "ADDR TYPE NAME[\t[MODULE]]": every search stays inside the line
            int sp1 = indexOf(text, ' ', i, e);
            int sp2 = sp1 < 0 ? -1 : indexOf(text, ' ', sp1 + 1, e);
            if (sp1 > i && sp1 - i <= 16 && sp2 > sp1) {
                try {
                    long a = Long.parseUnsignedLong(text, i, sp1, 16);
                    int ne = indexOf(text, '\t', sp2 + 1, e);
                    String name = text.substring(sp2 + 1, ne < 0 ? e : ne).trim();
                    if (a != 0 && !name.isEmpty()) {
                        rows.add(new long[] {a, ns.size()});
                        ns.add(name);
                    }
                } catch (NumberFormatException x) {
                    // not a symbol line
                }
            }
            i = e + 1;
        }
        rows.sort((x, y) -> Long.compareUnsigned(x[0], y[0]));
        addrs = new long[rows.size()];
        names = new String[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            addrs[k] = rows.get(k)[0];
            names[k] = ns.get((int) rows.get(k)[1]);
        }
    }

    private static int indexOf(String s, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    long residentBytes() {
        long b = 32 + 8L * addrs.length + 8L * names.length;
        for (String n : names) {
            b += 40 + n.length();
        }
        return b;
    }

    boolean isEmpty() {
        return addrs.length == 0;
    }

    /** Index of the last symbol at or below addr, or -1. */
    private int floor(long addr) {
        int lo = 0;
        int hi = addrs.length - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(addrs[mid], addr) <= 0) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** "fn" (withOffset false) or "fn+0x12/0x40", or null if addr is not in the kernel's symbols. */
    String symbol(long addr, boolean withOffset) {
        if (addrs.length == 0 || addr >= 0) { // user-space addresses (top bit clear) are never symbols
            return null;
        }
        int k = floor(addr);
        if (k < 0) {
            return null;
        }
        long off = addr - addrs[k];
        long size = k + 1 < addrs.length ? addrs[k + 1] - addrs[k] : 0;
        if (size > 0 && off >= size) {
            return null;
        }
        if (!withOffset) {
            return names[k];
        }
        return names[k] + "+0x" + Long.toHexString(off) + (size > 0 ? "/0x" + Long.toHexString(size) : "");
    }

    @Override
    public String toString() {
        return "Kallsyms[" + addrs.length + "]" + (addrs.length > 0 ? Arrays.toString(new String[] {names[0]}) : "");
    }
}
