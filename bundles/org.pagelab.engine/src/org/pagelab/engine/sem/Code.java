package org.pagelab.engine.sem;

import java.util.List;

/**
 * A compiled function (library function, thread body, setup or after block).
 * Locals are numbered slots; parameters come first.
 */
public final class Code {
    public final int id;
    public final String name;
    /** The variant this body implements, or null for the default. */
    public final String variant;
    public final String file;
    public final int nparams;
    Insn[] insns;
    int nlocals;
    /** Names of locals by slot (null for compiler temporaries). */
    String[] localNames;
    Type[] localTypes;
    /** live[pc] = bit set of slots live before insns[pc] (as long words). */
    long[][] live;

    Code(int id, String name, String variant, String file, int nparams) {
        this.id = id;
        this.name = name;
        this.variant = variant;
        this.file = file;
        this.nparams = nparams;
    }

    public Insn[] insns() {
        return insns;
    }

    public int nlocals() {
        return nlocals;
    }

    /** The slot of a named local (first declaration), or -1. */
    public int slot(String name) {
        for (int i = 0; i < localNames.length; i++) {
            if (name.equals(localNames[i])) {
                return i;
            }
        }
        return -1;
    }

    public List<String> localNames() {
        return java.util.Arrays.asList(localNames);
    }

    /** "name" or "name[variant]". */
    public String displayName() {
        return variant == null ? name : name + "[" + variant + "]";
    }

    @Override
    public String toString() {
        return displayName();
    }
}
