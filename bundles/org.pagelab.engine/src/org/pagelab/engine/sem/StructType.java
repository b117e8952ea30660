package org.pagelab.engine.sem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.pagelab.engine.lang.Ast;

/**
 * The layout of an MM object kind (a {@code struct} of the library) or of a
 * litmus location (a scalar: one cell). Every field is one cell (32-bit
 * value); an array field is consecutive cells; a flexible array member
 * (declared {@code T f[]}) has its length chosen at allocation.
 */
public final class StructType {
    /** One field: name, first cell offset, length in cells (-1: flexible array), declared type. */
    public record Field(String name, int offset, int length, Ast.TypeRef type, String doc) {
        public boolean isArray() {
            return length != 1;
        }
    }

    public final String name;
    private final List<Field> fields = new ArrayList<>();
    private int fixedSize;
    private boolean scalar;
    final Ast.StructDef def;

    StructType(String name, Ast.StructDef def) {
        this.name = name;
        this.def = def;
    }

    /** A one-cell type for litmus locations ("int", "intptr_t", "spinlock_t"...). */
    static StructType scalar(String typeName) {
        StructType s = new StructType(typeName, null);
        s.scalar = true;
        s.fixedSize = 1;
        return s;
    }

    void add(String fname, int length, Ast.TypeRef type, String doc) {
        fields.add(new Field(fname, fixedSize, length, type, doc));
        fixedSize += Math.max(length, 0);
    }

    public boolean isScalar() {
        return scalar;
    }

    public List<Field> fields() {
        return Collections.unmodifiableList(fields);
    }

    public Field field(String fname) {
        for (Field f : fields) {
            if (f.name.equals(fname)) {
                return f;
            }
        }
        return null;
    }

    /** Cells of an object without its flexible array. */
    public int fixedSize() {
        return fixedSize;
    }

    public Field flexible() {
        return fields.isEmpty() || fields.get(fields.size() - 1).length() >= 0 ? null : fields.get(fields.size() - 1);
    }

    /** The field holding cell {@code offset} of an object, or null. */
    public Field fieldAt(int offset) {
        Field best = null;
        for (Field f : fields) {
            if (f.offset <= offset && (f.length < 0 || offset < f.offset + f.length)) {
                best = f;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return scalar ? name : "struct " + name;
    }
}
