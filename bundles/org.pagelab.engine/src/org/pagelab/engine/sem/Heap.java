package org.pagelab.engine.sem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The shared memory of a scenario: objects (MM objects, litmus locations,
 * hidden bookkeeping) laid out as consecutive 32-bit cells. The layout is
 * fixed once the setup ran; the explorer's states then hold only the cell
 * values ({@code int[]}).
 *
 * <p>A pointer value is {@link #PTR_BASE} + cell index; 0 is NULL.
 */
public final class Heap {
    /** Values at or above this are pointers to cell (value - PTR_BASE). */
    public static final int PTR_BASE = 0x4000_0000;

    /** One object: its type, display name, first cell, size, and (for per-thread pools) its owner thread. */
    public static final class Obj {
        public final int id;
        public final StructType type;
        String name;
        public final int base;
        public final int size;
        /** The thread whose page pool holds this page, or -1. */
        public final int poolOwner;
        /** Hidden bookkeeping (RCU state, pool cursors): not shown as MM state. */
        public final boolean hidden;
        boolean namedByUser;

        Obj(int id, StructType type, String name, int base, int size, int poolOwner, boolean hidden) {
            this.id = id;
            this.type = type;
            this.name = name;
            this.base = base;
            this.size = size;
            this.poolOwner = poolOwner;
            this.hidden = hidden;
        }

        public String name() {
            return name;
        }

        public int pointer() {
            return PTR_BASE + base;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final List<Obj> objects = new ArrayList<>();
    private int[] owner = new int[64];
    private int[] cells = new int[64];
    private int size;
    private boolean frozen;

    Obj allocate(StructType type, int flexLen, String name, int poolOwner, boolean hidden) {
        if (frozen) {
            throw new IllegalStateException("heap is frozen");
        }
        int n = type.fixedSize() + (type.flexible() != null ? flexLen : 0);
        Obj o = new Obj(objects.size(), type, name, size, Math.max(n, 1), poolOwner, hidden);
        objects.add(o);
        int need = size + o.size;
        if (need > owner.length) {
            int cap = Math.max(need, owner.length * 2);
            owner = Arrays.copyOf(owner, cap);
            cells = Arrays.copyOf(cells, cap);
        }
        Arrays.fill(owner, size, need, o.id);
        size = need;
        return o;
    }

    void freeze() {
        frozen = true;
        owner = Arrays.copyOf(owner, size);
        cells = Arrays.copyOf(cells, size);
    }

    /** The cells as built by the litmus init block and the setup (the explorer's initial memory). */
    int[] cells() {
        return cells;
    }

    void ensureCells() {
        if (cells.length < size) {
            cells = Arrays.copyOf(cells, Math.max(size, cells.length * 2));
        }
    }

    int[] rawCells() {
        return cells;
    }

    void setRawCells(int[] c) {
        cells = c;
    }

    public int size() {
        return size;
    }

    public List<Obj> objects() {
        return Collections.unmodifiableList(objects);
    }

    public Obj object(int id) {
        return objects.get(id);
    }

    /** The object holding a cell, or null when out of range. */
    public Obj objectAt(int cell) {
        return cell >= 0 && cell < size ? objects.get(owner[cell]) : null;
    }

    public int ownerOf(int cell) {
        return owner[cell];
    }

    public Obj byName(String name) {
        for (Obj o : objects) {
            if (o.name.equals(name)) {
                return o;
            }
        }
        return null;
    }

    public static boolean isPointer(int v) {
        return v >= PTR_BASE;
    }

    /** The field of a cell, or null for scalars. */
    public StructType.Field fieldOf(int cell) {
        Obj o = objectAt(cell);
        return o == null || o.type.isScalar() ? null : o.type.fieldAt(cell - o.base);
    }

    /** "x", "P->_refcount", "pmd0->pte[2]": how a user names a cell. */
    public String describe(int cell) {
        Obj o = objectAt(cell);
        if (o == null) {
            return "0x" + Integer.toHexString(cell);
        }
        if (o.type.isScalar()) {
            return cell == o.base ? o.name : o.name + "[" + (cell - o.base) + "]";
        }
        StructType.Field f = o.type.fieldAt(cell - o.base);
        if (f == null) {
            return o.name + "+" + (cell - o.base);
        }
        String s = o.name + "->" + f.name();
        return f.isArray() ? s + "[" + (cell - o.base - f.offset()) + "]" : s;
    }

    /** A value for display: a pointer as &amp;name (or the object name), else the number. */
    public String formatValue(int v) {
        if (v >= PTR_BASE) {
            int cell = v - PTR_BASE;
            Obj o = objectAt(cell);
            if (o != null) {
                return cell == o.base ? o.name : "&" + describe(cell);
            }
        }
        return Integer.toString(v);
    }
}
