package org.pagelab.engine.trace.dat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.pagelab.engine.trace.FieldValue;
import org.pagelab.engine.trace.PageFlags;

/**
 * Turns one binary record into typed fields and the kernel's text, from the
 * event's format description and print format.
 */
final class EventDecoder {
    private final boolean le;
    private final int longSize;
    private final Supplier<Kallsyms> kallsyms;

    EventDecoder(boolean le, int longSize, Supplier<Kallsyms> kallsyms) {
        this.le = le;
        this.longSize = longSize;
        this.kallsyms = kallsyms;
    }

    /** Result of decoding. */
    static final class Decoded {
        final Map<String, FieldValue> fields = new LinkedHashMap<>();
        String text = "";
        final List<String> stack = new ArrayList<>();
    }

    /** Could not evaluate an expression (kernel global, unsupported helper). */
    private static final class NoValue extends Exception {
        private static final long serialVersionUID = 1L;

        NoValue() {
            super(null, null, false, false);
        }
    }

    private static final NoValue NO = new NoValue();

    /** __print_flags result. */
    private record Flags(List<String> names, long raw, String text) {
    }

    /** __print_symbolic result. */
    private record Symbol(String name, long raw) {
    }

    /** Record bytes b[off, off+len) of format f. */
    Decoded decode(EventFormat f, byte[] b, int off, int len) {
        Decoded d = new Decoded();
        if (f.print == null) {
            f.print = new PrintFormat(f.printFmt);
        }
        Ctx ctx = new Ctx(f, b, off, len);
        StringBuilder text = new StringBuilder();
        Set<String> covered = new HashSet<>();
        PrintFormat pf = f.print;
        if (pf.error == null && !pf.conversions.isEmpty()) {
            for (PrintFormat.Conversion c : pf.conversions) {
                text.append(c.literalBefore);
                Object v;
                try {
                    v = c.arg == null ? null : eval(c.arg, ctx);
                } catch (NoValue e) {
                    v = fallback(c.arg, ctx);
                }
                String rendered = render(c, v);
                text.append(rendered);
                if (c.label != null && c.arg != null && !d.fields.containsKey(c.label)) {
                    Set<String> refs = new HashSet<>();
                    refs(c.arg, refs);
                    covered.addAll(refs);
                    FieldValue fv = typed(c, v, rendered);
                    if (fv != null) {
                        d.fields.put(c.label, fv);
                    }
                }
            }
            text.append(pf.tail);
        } else {
            for (EventFormat.Field fd : f.fields) {
                text.append(text.length() > 0 ? " " : "").append(fd.name).append('=')
                        .append(plain(fd, ctx.raw(fd)));
            }
        }
        for (EventFormat.Field fd : f.fields) {
            if (!covered.contains(fd.name) && !d.fields.containsKey(fd.name)) {
                Object raw = ctx.raw(fd);
                if (raw != null) {
                    d.fields.put(fd.name, plainValue(fd, raw));
                }
            }
        }
        if (f.name.equals("mm_lru_insertion")) {
            EventFormat.Field fl = f.field("flags");
            Object raw = fl == null ? null : ctx.raw(fl);
            if (raw instanceof Long l) {
                d.fields.put("flags", PageFlags.pagemap(l));
            }
        }
        if (f.name.equals("kernel_stack") || f.name.equals("user_stack")) {
            EventFormat.Field cf = f.field("caller");
            Object raw = cf == null ? null : ctx.raw(cf);
            if (raw instanceof long[] callers) {
                Kallsyms ks = kallsyms.get();
                for (long a : callers) {
                    if (a == 0 || a == -1) {
                        continue;
                    }
                    String s = ks.symbol(a, true);
                    d.stack.add(s == null ? "0x" + Long.toHexString(a) : s + " (" + Long.toHexString(a) + ")");
                }
            }
            text.setLength(0);
            text.append(f.name.equals("kernel_stack") ? "<stack trace>" : "<user stack trace>");
        }
        d.text = text.toString().replace('\n', ' ').trim();
        return d;
    }

    /** The single record field an expression mentions, for a display fallback; else null. */
    private Object fallback(PrintFormat.Expr e, Ctx ctx) {
        Set<String> refs = new HashSet<>();
        refs(e, refs);
        if (refs.size() == 1) {
            EventFormat.Field fd = ctx.f.field(refs.iterator().next());
            return fd == null ? null : ctx.raw(fd);
        }
        return null;
    }

    private static void refs(PrintFormat.Expr e, Set<String> out) {
        if (e instanceof PrintFormat.Rec r) {
            out.add(r.field);
        } else if (e instanceof PrintFormat.Unary u) {
            refs(u.e, out);
        } else if (e instanceof PrintFormat.Cast c) {
            refs(c.e, out);
        } else if (e instanceof PrintFormat.Binary b) {
            refs(b.a, out);
            refs(b.b, out);
        } else if (e instanceof PrintFormat.Cond c) {
            refs(c.c, out);
            refs(c.a, out);
            refs(c.b, out);
        } else if (e instanceof PrintFormat.Call c) {
            if ((c.fn.startsWith("__get_") || c.fn.equals("__print_hex")) && !c.args.isEmpty()
                    && c.args.get(0) instanceof PrintFormat.Ident id) {
                out.add(id.name);
            }
            if (c.fn.startsWith("__print_flags") || c.fn.startsWith("__print_symbolic")) {
                if (!c.args.isEmpty()) {
                    refs(c.args.get(0), out);
                }
                return;
            }
            for (PrintFormat.Expr a : c.args) {
                refs(a, out);
            }
        } else if (e instanceof PrintFormat.Index i) {
            refs(i.a, out);
            refs(i.i, out);
        }
    }

    /** Record access for one decode. */
    private final class Ctx {
        final EventFormat f;
        final byte[] b;
        final int off;
        final int len;

        Ctx(EventFormat f, byte[] b, int off, int len) {
            this.f = f;
            this.b = b;
            this.off = off;
            this.len = len;
        }

        /** Long, String, long[] or byte[]; null if the record is too short. */
        Object raw(EventFormat.Field fd) {
            if (fd.offset < 0 || fd.offset + fd.size > len) {
                return null;
            }
            int p = off + fd.offset;
            if (fd.dataLoc || fd.relLoc) {
                if (fd.size < 4) {
                    return null;
                }
                long loc = DatBytes.u32(b, p, le);
                int o = (int) (loc & 0xFFFF) + (fd.relLoc ? fd.offset + fd.size : 0);
                int n = (int) (loc >>> 16);
                if (o < 0 || o + n > len) {
                    return null;
                }
                if (fd.type.contains("char")) {
                    return cstring(b, off + o, n);
                }
                return java.util.Arrays.copyOfRange(b, off + o, off + o + n);
            }
            if (fd.charArray) {
                return cstring(b, p, fd.size);
            }
            if (fd.arrayLen >= 0) {
                int es = fd.elementSize();
                if (es != 1 && es != 2 && es != 4 && es != 8) {
                    return java.util.Arrays.copyOfRange(b, p, p + fd.size);
                }
                int count = fd.arrayLen > 0 ? fd.arrayLen : Math.max(0, (len - fd.offset) / es);
                count = Math.min(count, Math.max(0, (len - fd.offset) / es));
                long[] out = new long[count];
                for (int i = 0; i < count; i++) {
                    out[i] = DatBytes.read(b, p + i * es, es, fd.signed, le);
                }
                return out;
            }
            if (fd.size == 1 || fd.size == 2 || fd.size == 4 || fd.size == 8) {
                return DatBytes.read(b, p, fd.size, fd.signed, le);
            }
            return java.util.Arrays.copyOfRange(b, p, p + fd.size);
        }
    }

    private static String cstring(byte[] b, int p, int n) {
        int e = p;
        while (e < p + n && b[e] != 0) {
            e++;
        }
        return new String(b, p, e - p, StandardCharsets.UTF_8);
    }

    // ---- evaluation ----

    private Object eval(PrintFormat.Expr e, Ctx ctx) throws NoValue {
        if (e instanceof PrintFormat.Num n) {
            return n.v;
        }
        if (e instanceof PrintFormat.Str s) {
            return s.s;
        }
        if (e instanceof PrintFormat.Rec r) {
            EventFormat.Field fd = ctx.f.field(r.field);
            Object v = fd == null ? null : ctx.raw(fd);
            if (v == null) {
                throw NO;
            }
            return v;
        }
        if (e instanceof PrintFormat.Ident id) {
            switch (id.name) {
                case "NULL":
                case "false":
                    return 0L;
                case "true":
                    return 1L;
                default:
                    throw NO; // a kernel global (vmemmap_base...) or an enum constant we do not know
            }
        }
        if (e instanceof PrintFormat.Cast c) {
            Object v = eval(c.e, ctx);
            return v instanceof Long l ? cast(c.type, l) : v;
        }
        if (e instanceof PrintFormat.Unary u) {
            long v = num(eval(u.e, ctx));
            switch (u.op) {
                case "-":
                    return -v;
                case "~":
                    return ~v;
                case "!":
                    return v == 0 ? 1L : 0L;
                case "+":
                    return v;
                default:
                    throw NO;
            }
        }
        if (e instanceof PrintFormat.Binary bin) {
            if (bin.op.equals("&&")) {
                return num(eval(bin.a, ctx)) != 0 && num(eval(bin.b, ctx)) != 0 ? 1L : 0L;
            }
            if (bin.op.equals("||")) {
                return num(eval(bin.a, ctx)) != 0 || num(eval(bin.b, ctx)) != 0 ? 1L : 0L;
            }
            long a = num(eval(bin.a, ctx));
            long b = num(eval(bin.b, ctx));
            switch (bin.op) {
                case "+": return a + b;
                case "-": return a - b;
                case "*": return a * b;
                case "/":
                    if (b == 0) {
                        throw NO;
                    }
                    return Long.divideUnsigned(a, b);
                case "%":
                    if (b == 0) {
                        throw NO;
                    }
                    return Long.remainderUnsigned(a, b);
                case "<<": return b < 0 || b > 63 ? 0L : a << b;
                case ">>": return b < 0 || b > 63 ? 0L : a >>> b;
                case "&": return a & b;
                case "|": return a | b;
                case "^": return a ^ b;
                case "==": return a == b ? 1L : 0L;
                case "!=": return a != b ? 1L : 0L;
                case "<": return Long.compareUnsigned(a, b) < 0 ? 1L : 0L;
                case ">": return Long.compareUnsigned(a, b) > 0 ? 1L : 0L;
                case "<=": return Long.compareUnsigned(a, b) <= 0 ? 1L : 0L;
                case ">=": return Long.compareUnsigned(a, b) >= 0 ? 1L : 0L;
                default: throw NO;
            }
        }
        if (e instanceof PrintFormat.Cond c) {
            return num(eval(c.c, ctx)) != 0 ? eval(c.a, ctx) : eval(c.b, ctx);
        }
        if (e instanceof PrintFormat.Index ix) {
            Object a = eval(ix.a, ctx);
            long i = num(eval(ix.i, ctx));
            if (a instanceof long[] arr && i >= 0 && i < arr.length) {
                return arr[(int) i];
            }
            throw NO;
        }
        if (e instanceof PrintFormat.Call call) {
            return call(call, ctx);
        }
        throw NO;
    }

    private Object call(PrintFormat.Call c, Ctx ctx) throws NoValue {
        switch (c.fn) {
            case "__builtin_expect":
            case "likely":
            case "unlikely":
                if (c.args.isEmpty()) {
                    throw NO;
                }
                return eval(c.args.get(0), ctx);
            case "__print_flags":
            case "__print_flags_u64": {
                if (c.args.size() < 2) {
                    throw NO;
                }
                long v = num(eval(c.args.get(0), ctx));
                String delim = String.valueOf(eval(c.args.get(1), ctx));
                List<String> names = new ArrayList<>();
                long rest = v;
                for (int i = 2; i < c.args.size(); i++) {
                    if (!(c.args.get(i) instanceof PrintFormat.Braces br) || br.items.size() < 2) {
                        continue;
                    }
                    long mask = num(eval(br.items.get(0), ctx));
                    Object name = eval(br.items.get(1), ctx);
                    if (!(name instanceof String n)) {
                        continue; // the { 0, NULL } terminator
                    }
                    if (mask == 0 ? v == 0 : (rest & mask) == mask && mask != 0) {
                        names.add(n);
                        rest &= ~mask;
                        if (mask == 0) {
                            break;
                        }
                    }
                }
                if (rest != 0) {
                    names.add("0x" + Long.toHexString(rest));
                }
                return new Flags(names, v, String.join(delim, names));
            }
            case "__print_symbolic":
            case "__print_symbolic_u64": {
                if (c.args.isEmpty()) {
                    throw NO;
                }
                long v = num(eval(c.args.get(0), ctx));
                for (int i = 1; i < c.args.size(); i++) {
                    if (c.args.get(i) instanceof PrintFormat.Braces br && br.items.size() >= 2
                            && num(eval(br.items.get(0), ctx)) == v && eval(br.items.get(1), ctx) instanceof String n) {
                        return new Symbol(n, v);
                    }
                }
                return new Symbol("0x" + Long.toHexString(v), v);
            }
            case "__get_str":
            case "__get_rel_str":
            case "__get_dynamic_array":
            case "__get_rel_dynamic_array":
            case "__get_sockaddr": {
                EventFormat.Field fd = argField(c, ctx);
                Object v = fd == null ? null : ctx.raw(fd);
                if (v == null) {
                    throw NO;
                }
                return v;
            }
            case "__get_dynamic_array_len":
            case "__get_rel_dynamic_array_len": {
                EventFormat.Field fd = argField(c, ctx);
                if (fd == null || fd.offset + 4 > ctx.len) {
                    throw NO;
                }
                return DatBytes.u32(ctx.b, ctx.off + fd.offset, le) >>> 16;
            }
            case "__get_bitmask": {
                Object v = eval(c.args.get(0), ctx);
                return v instanceof byte[] bytes ? hex(bytes) : String.valueOf(v);
            }
            case "__print_hex":
            case "__print_hex_str": {
                if (c.args.size() < 2) {
                    throw NO;
                }
                Object v = eval(c.args.get(0), ctx);
                long n = num(eval(c.args.get(1), ctx));
                if (v instanceof byte[] bytes) {
                    return hex(java.util.Arrays.copyOf(bytes, (int) Math.max(0, Math.min(n, bytes.length))));
                }
                throw NO;
            }
            case "__print_array": {
                Object v = eval(c.args.get(0), ctx);
                if (v instanceof long[] arr) {
                    StringBuilder s = new StringBuilder("{");
                    for (int i = 0; i < arr.length; i++) {
                        s.append(i > 0 ? "," : "").append("0x").append(Long.toHexString(arr[i]));
                    }
                    return s.append('}').toString();
                }
                throw NO;
            }
            default:
                throw NO;
        }
    }

    private EventFormat.Field argField(PrintFormat.Call c, Ctx ctx) {
        if (c.args.isEmpty()) {
            return null;
        }
        PrintFormat.Expr a = c.args.get(0);
        if (a instanceof PrintFormat.Ident id) {
            return ctx.f.field(id.name);
        }
        if (a instanceof PrintFormat.Rec r) {
            return ctx.f.field(r.field);
        }
        return null;
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte x : bytes) {
            s.append(String.format("%02x", x & 0xFF));
        }
        return s.toString();
    }

    private static long num(Object v) throws NoValue {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Flags f) {
            return f.raw;
        }
        if (v instanceof Symbol s) {
            return s.raw;
        }
        throw NO;
    }

    private long cast(String type, long v) {
        String t = type.replace("const ", "").trim();
        if (t.contains("*")) {
            return v;
        }
        boolean unsigned = t.startsWith("unsigned") || t.startsWith("u") || t.startsWith("__u") || t.equals("gfp_t")
                || t.equals("size_t") || t.equals("bool");
        if (t.endsWith("char") || t.equals("u8") || t.equals("s8") || t.equals("__u8") || t.equals("bool")) {
            return unsigned ? v & 0xFF : (byte) v;
        }
        if (t.endsWith("short") || t.equals("u16") || t.equals("s16") || t.equals("__u16")) {
            return unsigned ? v & 0xFFFF : (short) v;
        }
        if (t.endsWith("long long") || t.endsWith("64") || t.equals("loff_t")) {
            return v;
        }
        if (t.equals("gfp_t")) {
            return v & 0xFFFFFFFFL;
        }
        if (t.endsWith("long") || t.equals("size_t")) {
            return longSize == 4 ? (unsigned ? v & 0xFFFFFFFFL : (int) v) : v;
        }
        if (t.endsWith("int") || t.endsWith("32") || t.equals("pid_t") || t.equals("dev_t")) {
            return unsigned || t.equals("dev_t") ? v & 0xFFFFFFFFL : (int) v;
        }
        return v;
    }

    // ---- rendering ----

    private String render(PrintFormat.Conversion c, Object v) {
        if (v == null) {
            return "?";
        }
        String body;
        switch (c.conv) {
            case 's':
                body = v instanceof Flags f ? f.text : v instanceof Symbol s ? s.name
                        : v instanceof byte[] bytes ? hex(bytes) : v instanceof long[] ? plainArray((long[]) v)
                        : String.valueOf(v);
                break;
            case 'c':
                body = v instanceof Long l ? String.valueOf((char) (l & 0xFF)) : String.valueOf(v);
                break;
            case 'p': {
                if (!(v instanceof Long l)) {
                    body = String.valueOf(v);
                    break;
                }
                String sym = null;
                if (!c.pExt.isEmpty() && "SsFfB".indexOf(c.pExt.charAt(0)) >= 0) {
                    Kallsyms ks = kallsyms.get();
                    sym = ks.symbol(l, c.pExt.charAt(0) == 'S' || c.pExt.charAt(0) == 'F' || c.pExt.charAt(0) == 'B');
                }
                body = sym != null ? sym : "0x" + Long.toHexString(l);
                break;
            }
            default: {
                long l;
                if (v instanceof Long x) {
                    l = x;
                } else if (v instanceof Flags f) {
                    l = f.raw;
                } else if (v instanceof Symbol s) {
                    l = s.raw;
                } else {
                    return String.valueOf(v);
                }
                int bits = c.length == 2 ? 8 : c.length == 1 ? 16 : c.length == 0 ? 32 : longSize == 4 && c.length == 3
                        ? 32 : 64;
                long masked = bits == 64 ? l : l & ((1L << bits) - 1);
                switch (c.conv) {
                    case 'd':
                    case 'i':
                        body = Long.toString(bits == 64 ? l : bits == 32 ? (int) l : bits == 16 ? (short) l : (byte) l);
                        break;
                    case 'u':
                        body = Long.toUnsignedString(masked);
                        break;
                    case 'x':
                        body = Long.toHexString(masked);
                        break;
                    case 'X':
                        body = Long.toHexString(masked).toUpperCase(java.util.Locale.ROOT);
                        break;
                    case 'o':
                        body = Long.toOctalString(masked);
                        break;
                    default:
                        body = Long.toString(l);
                }
            }
        }
        return pad(c.spec, body, c.conv);
    }

    /** Applies the width, '-' and '0' flags of spec ("%08lx", "%-5d"). */
    private static String pad(String spec, String body, char conv) {
        int i = 1;
        boolean left = false;
        boolean zero = false;
        while (i < spec.length() && "-+ #0".indexOf(spec.charAt(i)) >= 0) {
            left |= spec.charAt(i) == '-';
            zero |= spec.charAt(i) == '0';
            i++;
        }
        int w = 0;
        while (i < spec.length() && Character.isDigit(spec.charAt(i)) && w < 1000) {
            w = w * 10 + (spec.charAt(i++) - '0');
        }
        if (body.length() >= w) {
            return body;
        }
        String fill = (zero && !left && conv != 's' ? "0" : " ").repeat(w - body.length());
        if (left) {
            return body + fill;
        }
        if (fill.charAt(0) == '0' && body.startsWith("-")) {
            return "-" + fill + body.substring(1);
        }
        return fill + body;
    }

    private static String plainArray(long[] a) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            s.append(i > 0 ? "," : "").append("0x").append(Long.toHexString(a[i]));
        }
        return s.append(']').toString();
    }

    /** Typed value for a labelled conversion. */
    private static FieldValue typed(PrintFormat.Conversion c, Object v, String rendered) {
        if (v == null) {
            return null;
        }
        if (v instanceof Flags f) {
            return FieldValue.ofFlags(f.names, f.raw, true, f.text.isEmpty() ? "0x0" : f.text);
        }
        if (v instanceof Symbol s) {
            return FieldValue.ofSymbol(s.name, s.raw, true);
        }
        if (v instanceof String s) {
            return FieldValue.ofString(s);
        }
        if (v instanceof long[] a) {
            return FieldValue.ofArray(a);
        }
        if (v instanceof Long l) {
            switch (c.conv) {
                case 'x':
                case 'X':
                case 'p':
                case 'o':
                    return FieldValue.ofHex(c.length == 0 && c.conv != 'p' ? l & 0xFFFFFFFFL : l);
                case 'c':
                case 's':
                    return FieldValue.ofString(rendered.trim());
                case 'u':
                    return FieldValue.ofInt(c.length <= 2 && l < 0 ? l & 0xFFFFFFFFL : l);
                default:
                    return FieldValue.ofInt(c.length == 0 ? (int) (long) l : l);
            }
        }
        return FieldValue.ofString(rendered);
    }

    private static FieldValue plainValue(EventFormat.Field fd, Object raw) {
        if (raw instanceof String s) {
            return FieldValue.ofString(s);
        }
        if (raw instanceof long[] a) {
            return FieldValue.ofArray(a);
        }
        if (raw instanceof byte[] bytes) {
            return FieldValue.ofString(hex(bytes));
        }
        long l = (Long) raw;
        return fd.pointer ? FieldValue.ofHex(l) : FieldValue.ofInt(l);
    }

    private static String plain(EventFormat.Field fd, Object raw) {
        return raw == null ? "?" : plainValue(fd, raw).toString();
    }
}
