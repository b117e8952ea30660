package org.pagelab.engine.sem;

import java.util.ArrayList;
import java.util.List;

/** The Java builtins every scenario can call, and the setup extensions. */
public final class Builtins {
    private Builtins() {
    }

    /** {@code __new(struct T [, n])}: allocates a zeroed object in the setup. */
    static final Builtin NEW = new Builtin() {
        @Override
        public String name() {
            return "__new";
        }

        @Override
        public int arity() {
            return 2;
        }

        @Override
        public boolean visible() {
            return false;
        }

        @Override
        public String returns() {
            return "void *";
        }

        @Override
        public boolean setupOnly() {
            return true;
        }

        @Override
        public int invoke(Context ctx, int[] args) {
            StructType st = ctx.program().allocTypes.get(args[0]);
            if (args[1] < 0 || args[1] > 4096) {
                throw ctx.violation("oops", "bad length " + args[1] + " for struct " + st.name);
            }
            return ctx.allocate(st, args[1]).pointer();
        }
    };

    private static final List<Builtin> EXTRA = new ArrayList<>();
    private static final List<SetupExtension> EXTENSIONS = new ArrayList<>();

    static {
        EXTRA.addAll(org.pagelab.engine.mm.MmBuiltins.all());
        EXTENSIONS.add(org.pagelab.engine.mm.MmBuiltins.POOLS);
    }

    static List<Builtin> all() {
        List<Builtin> l = new ArrayList<>();
        l.add(NEW);
        l.addAll(EXTRA);
        return l;
    }

    static List<SetupExtension> extensions() {
        return EXTENSIONS;
    }
}
