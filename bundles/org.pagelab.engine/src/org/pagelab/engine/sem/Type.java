package org.pagelab.engine.sem;

/**
 * Static types of the scenario language: integers (every C integer type,
 * bool, pte_t, atomic_t, spinlock_t...), pointers, structs (only behind
 * pointers), void. Integers and pointers convert freely (litmus tests keep
 * addresses in intptr_t registers); pointers to different structs do not.
 */
final class Type {
    static final int INT = 0;
    static final int PTR = 1;
    static final int STRUCT = 2;
    static final int VOID = 3;

    static final Type INT_T = new Type(INT, "int", null, null);
    static final Type VOID_T = new Type(VOID, "void", null, null);

    final int kind;
    /** The C name: "int", "pte_t", "unsigned long", a struct name. */
    final String name;
    final Type pointee;
    final StructType struct;

    private Type(int kind, String name, Type pointee, StructType struct) {
        this.kind = kind;
        this.name = name;
        this.pointee = pointee;
        this.struct = struct;
    }

    static Type integer(String name) {
        return name.equals("int") ? INT_T : new Type(INT, name, null, null);
    }

    static Type ptr(Type to) {
        return new Type(PTR, to.name, to, null);
    }

    static Type struct(StructType s) {
        return new Type(STRUCT, s.name, null, s);
    }

    boolean isInt() {
        return kind == INT;
    }

    boolean isPtr() {
        return kind == PTR;
    }

    boolean isStructPtr() {
        return kind == PTR && pointee.kind == STRUCT;
    }

    /** What a dereference yields: the pointee, or int for an integer holding an address (litmus). */
    Type deref() {
        return kind == PTR ? pointee : INT_T;
    }

    /** Whether a value of type {@code from} may be stored where this type is expected. */
    boolean accepts(Type from) {
        if (kind == VOID || from.kind == VOID) {
            return kind == from.kind;
        }
        if (isStructPtr() && from.isStructPtr()) {
            return pointee.struct == from.pointee.struct;
        }
        if (isStructPtr() && from.isPtr() && from.pointee.kind == PTR) {
            return false;
        }
        return kind != STRUCT && from.kind != STRUCT;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case PTR -> pointee + " *";
            case STRUCT -> struct.isScalar() ? name : "struct " + name;
            default -> name;
        };
    }
}
