package org.pagelab.engine.lkmm;

/**
 * One event of a candidate execution, in herd7's terms (see
 * tools/memory-model/Documentation/herd-representation.txt): a read, a
 * write, a fence, one of the lock events of lock.cat, an SRCU grace period,
 * or the initial write of a location.
 * <p>
 * Dependencies ({@link #addr}, {@link #data}, {@link #ctrl}) are bit sets
 * over the <em>thread-local</em> indexes of the reads they come from; the
 * execution maps them to global indexes.
 */
public final class Ev {
    /** Event kinds: herd7's R, W, F and the lock.cat / SRCU specials. */
    public enum Kind {
        /** IW: the initial write of a location. */
        INIT("IW"),
        /** R: a read (incl. the read of an RMW and srcu_read_lock). */
        READ("R"),
        /** W: a write (incl. the write of an RMW and srcu_read_unlock). */
        WRITE("W"),
        /** F: a fence. */
        FENCE("F"),
        /** LKR: the read half of spin_lock / successful spin_trylock. */
        LOCK_READ("LKR"),
        /** LKW: the write half of spin_lock / successful spin_trylock. */
        LOCK_WRITE("LKW"),
        /** UL: spin_unlock. */
        UNLOCK("UL"),
        /** LF: a failed spin_trylock. */
        LOCK_FAIL("LF"),
        /** RL: spin_is_locked returning true. */
        READ_LOCKED("RL"),
        /** RU: spin_is_locked returning false. */
        READ_UNLOCKED("RU"),
        /** Sync-srcu: synchronize_srcu on a srcu_struct. */
        SYNC_SRCU("Sync-srcu");

        private final String herd;

        Kind(String herd) {
            this.herd = herd;
        }

        public String herdName() {
            return herd;
        }
    }

    public final Kind kind;
    /** Thread number, -1 for initial writes. */
    public final int thread;
    /** Position in the thread's program order, -1 for initial writes. */
    public final int local;
    /** Location index, or -1 (fences). */
    public final int loc;
    /** Value read or written (0 where meaningless). */
    public final long value;
    /** Access annotation for R/W, null otherwise. */
    public final Access access;
    /** Fence kind for F, null otherwise. */
    public final FenceKind fence;
    /** True for events of an RMW instruction (the cat set RMW), incl. a failed cmpxchg's read. */
    public final boolean rmwInstr;
    /** True for the lone read of a failed conditional RMW (FailedRMW). */
    public final boolean failed;
    /** For the read of a successful RMW: local index of its write, else -1. */
    public final int rmwPartner;
    /** Thread-local reads the address depends on (may be null = none). */
    public final long[] addr;
    /** Thread-local reads the written value depends on (writes only; may be null). */
    public final long[] data;
    /** Thread-local reads of the conditions enclosing this event (may be null). */
    public final long[] ctrl;
    /** Where the event comes from, for witnesses: e.g. "P0:12 WRITE_ONCE(*x, 1)". May be null. */
    public final String origin;

    public Ev(Kind kind, int thread, int local, int loc, long value, Access access, FenceKind fence,
            boolean rmwInstr, boolean failed, int rmwPartner, long[] addr, long[] data, long[] ctrl,
            String origin) {
        this.kind = kind;
        this.thread = thread;
        this.local = local;
        this.loc = loc;
        this.value = value;
        this.access = access;
        this.fence = fence;
        this.rmwInstr = rmwInstr;
        this.failed = failed;
        this.rmwPartner = rmwPartner;
        this.addr = addr;
        this.data = data;
        this.ctrl = ctrl;
        this.origin = origin;
    }

    /** The initial write of {@code loc}. */
    public static Ev init(int loc, long value) {
        return new Ev(Kind.INIT, -1, -1, loc, value, null, null, false, false, -1, null, null, null, null);
    }

    /** A copy with a different rmw partner (used when the write is appended after the read). */
    Ev withPartner(int partner) {
        return new Ev(kind, thread, local, loc, value, access, fence, rmwInstr, failed, partner, addr, data, ctrl,
                origin);
    }

    /** A native herd7 read (R before lock.cat adds lock reads). */
    public boolean isNativeRead() {
        return kind == Kind.READ;
    }

    /** A native herd7 write, or an initial write. */
    public boolean isNativeWrite() {
        return kind == Kind.WRITE || kind == Kind.INIT;
    }

    /** R after lock.cat: R | LKR | LF | RL | RU. */
    public boolean isRead() {
        return switch (kind) {
            case READ, LOCK_READ, LOCK_FAIL, READ_LOCKED, READ_UNLOCKED -> true;
            default -> false;
        };
    }

    /** W after lock.cat: W | LKW | UL (and IW). */
    public boolean isWrite() {
        return switch (kind) {
            case WRITE, INIT, LOCK_WRITE, UNLOCK -> true;
            default -> false;
        };
    }

    /** M = R | W. */
    public boolean isAccess() {
        return isRead() || isWrite();
    }

    /** Short description: "W[once] x=1", "F[mb]", "LKR l". */
    public String describe(Locations locs) {
        String l = loc >= 0 ? locs.name(loc) : "";
        return switch (kind) {
            case INIT -> "IW " + l + "=" + locs.format(value);
            case READ -> "R" + tag() + " " + l + "=" + locs.format(value);
            case WRITE -> "W" + tag() + " " + l + "=" + locs.format(value);
            case FENCE -> "F[" + fence.catName() + "]";
            case SYNC_SRCU -> "Sync-srcu " + l;
            default -> kind.herdName() + " " + l;
        };
    }

    private String tag() {
        String t = access == null ? "" : access.catName();
        if (rmwInstr) {
            t = t + (failed ? ",failed-rmw" : ",rmw");
        }
        return "[" + t + "]";
    }

    @Override
    public String toString() {
        return kind.herdName() + "(P" + thread + ":" + local + ", loc " + loc + ", " + value + ")";
    }
}
