package org.pagelab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Minimal option parser shared by the commands: {@code --flag},
 * {@code --opt VALUE}, {@code --opt=VALUE}, and positional operands.
 * Unknown options and missing values are usage errors naming the option.
 */
public final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, List<String>> repeated = new LinkedHashMap<>();
    private final List<String> operands = new ArrayList<>();

    private Args() {
    }

    /**
     * @param command the command name, for messages
     * @param flags   options without a value (e.g. "--json")
     * @param valued  options that take a value (e.g. "--model")
     */
    public static Args parse(String command, List<String> args, Set<String> flags, Set<String> valued)
            throws UsageException {
        return parse(command, args, flags, valued, Set.of());
    }

    /**
     * @param many options that take a value and may be given several times
     *             (e.g. "--trailer"); see {@link #values}
     */
    public static Args parse(String command, List<String> args, Set<String> flags, Set<String> valued,
            Set<String> many) throws UsageException {
        Args a = new Args();
        boolean operandsOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (operandsOnly || !s.startsWith("--") || s.equals("-")) {
                if (!operandsOnly && s.startsWith("-") && !s.equals("-") && s.length() > 1) {
                    throw new UsageException(command + ": unknown option '" + s + "'");
                }
                a.operands.add(s);
                continue;
            }
            if (s.equals("--")) {
                operandsOnly = true;
                continue;
            }
            String name = s;
            String value = null;
            int eq = s.indexOf('=');
            if (eq > 0) {
                name = s.substring(0, eq);
                value = s.substring(eq + 1);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException(command + ": option '" + name + "' takes no value");
                }
                a.options.put(name, "true");
            } else if (many.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(command + ": option '" + name + "' needs a value");
                    }
                    value = args.get(++i);
                }
                a.repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(command + ": option '" + name + "' needs a value");
                    }
                    value = args.get(++i);
                }
                a.options.put(name, value);
            } else {
                throw new UsageException(command + ": unknown option '" + name + "'");
            }
        }
        return a;
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    /** Every value of an option that may be repeated, in order (empty when not given). */
    public List<String> values(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    public String value(String name, String dflt) {
        return options.getOrDefault(name, dflt);
    }

    /** A non-negative long option value, or the default. */
    public long longValue(String command, String name, long dflt) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            long l = Long.decode(v.replace("_", ""));
            if (l < 0) {
                throw new NumberFormatException();
            }
            return l;
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": option '" + name + "' needs a non-negative number, not '" + v + "'");
        }
    }

    /** A non-negative decimal option value (e.g. seconds), or the default. */
    public double doubleValue(String command, String name, double dflt) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d >= 0) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": option '" + name + "' needs a non-negative number, not '" + v + "'");
        }
    }

    /**
     * A "FUNC=NAME[,FUNC=NAME...]" list (function variants) as an ordered map;
     * empty when {@code spec} is null.
     */
    public static Map<String, String> variants(String command, String option, String spec) throws UsageException {
        Map<String, String> m = new LinkedHashMap<>();
        if (spec == null) {
            return m;
        }
        for (String kv : spec.split(",")) {
            int eq = kv.indexOf('=');
            if (eq <= 0 || eq == kv.length() - 1) {
                throw new UsageException(command + ": " + option + " needs FUNC=NAME, not '" + kv + "'");
            }
            m.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
        return m;
    }

    public List<String> operands() {
        return operands;
    }
}
