package org.pagelab.engine.lkmm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared locations of a test: name, initial value and kind. Values are
 * {@code long}s; the address of location {@code i} as a value (a pointer
 * stored in memory or a register, as in {@code y=x;} or
 * {@code WRITE_ONCE(*z, x)}) is {@link #ptr(int)}.
 */
public final class Locations {
    /** Pointer values are PTR_BASE + location index. */
    public static final long PTR_BASE = 1L << 48;

    /** What kind of object a location is; locks and srcu structs get special events. */
    public enum Kind {
        PLAIN, SPINLOCK, SRCU
    }

    private final List<String> names = new ArrayList<>();
    private final List<Long> inits = new ArrayList<>();
    private final List<Kind> kinds = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private java.util.function.LongFunction<String> formatter;

    /** Adds a location (or returns the existing one with that name). */
    public int add(String name, long init, Kind kind) {
        Integer i = index.get(name);
        if (i != null) {
            return i;
        }
        names.add(name);
        inits.add(init);
        kinds.add(kind);
        index.put(name, names.size() - 1);
        return names.size() - 1;
    }

    public int add(String name, long init) {
        return add(name, init, Kind.PLAIN);
    }

    public void setInit(int loc, long init) {
        inits.set(loc, init);
    }

    public void setKind(int loc, Kind kind) {
        kinds.set(loc, kind);
    }

    public int size() {
        return names.size();
    }

    /** Index of a location, or -1. */
    public int find(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public String name(int loc) {
        return names.get(loc);
    }

    public long init(int loc) {
        return inits.get(loc);
    }

    public Kind kind(int loc) {
        return kinds.get(loc);
    }

    /** The address of a location, as a value. */
    public static long ptr(int loc) {
        return PTR_BASE + loc;
    }

    /** The location a pointer value designates, or -1 when it is not one of ours. */
    public int deref(long value) {
        long i = value - PTR_BASE;
        return i >= 0 && i < names.size() ? (int) i : -1;
    }

    /**
     * Replaces how values are printed (an interpreter with its own pointer
     * encoding prints its pointers by name).
     */
    public void setFormatter(java.util.function.LongFunction<String> f) {
        this.formatter = f;
    }

    /** A value as herd7 prints it: a location name for pointers, else decimal. */
    public String format(long value) {
        if (formatter != null) {
            return formatter.apply(value);
        }
        int l = deref(value);
        return l >= 0 ? names.get(l) : Long.toString(value);
    }
}
