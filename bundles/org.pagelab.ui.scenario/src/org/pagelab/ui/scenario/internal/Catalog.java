package org.pagelab.ui.scenario.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;

/**
 * What a scenario can call and name, for content assist, hover, the Lanes
 * palette and the variant lists: the language's primitives (LKMM accesses,
 * atomics, barriers, locks, assert), the kernel model library (every
 * {@code .pgl} module shipped under {@code org/pagelab/engine/lib} in the
 * engine bundle, parsed with the engine's parser, with their functions,
 * named variants and structs), and the functions a scenario defines itself.
 */
public final class Catalog {
    /** A function a scenario may call. */
    public record Fn(String name, String category, String signature, List<String> paramNames, boolean returnsValue,
            String doc, String file, int line, String definition, List<String> variants, boolean builtin,
            Map<String, String> variantDefinitions) {

        public Fn(String name, String category, String signature, List<String> paramNames, boolean returnsValue,
                String doc, String file, int line, String definition, List<String> variants, boolean builtin) {
            this(name, category, signature, paramNames, returnsValue, doc, file, line, definition, variants, builtin, Map.of());
        }

        /** The source of one variant (or the shown definition when it has none by that name). */
        public String definitionOf(String variant) {
            String d = variant == null ? null : variantDefinitions.get(variant);
            return d != null ? d : definition;
        }

        /** The statement text the palette inserts (register {@code reg} for a value, may be null). */
        public String template(String reg) {
            String call = name + "(" + String.join(", ", paramNames) + ")";
            return (returnsValue && reg != null ? reg + " = " : "") + call + ";";
        }

        /** Whether the function has named variants to choose from. */
        public boolean hasVariants() {
            return !variants.isEmpty();
        }
    }

    /** A struct of the library with its fields (name -> "type: doc"). */
    public record Struct(String name, Map<String, String> fields, String doc) {
    }

    private static final Object LOCK = new Object();
    private static Catalog library;

    private final Map<String, Fn> functions;
    private final Map<String, Struct> structs;
    private final List<String> problems;

    private Catalog(Map<String, Fn> functions, Map<String, Struct> structs, List<String> problems) {
        this.functions = functions;
        this.structs = structs;
        this.problems = problems;
    }

    /** The primitives and the library (read once). */
    public static Catalog library() {
        synchronized (LOCK) {
            if (library == null) {
                library = load();
            }
            return library;
        }
    }

    /** This catalog plus the functions defined in a scenario's own text (null: none). */
    public Catalog with(String file, String scenarioText) {
        if (scenarioText == null) {
            return this;
        }
        Ast.Scenario s;
        try {
            s = Parser.parseScenario(file, scenarioText);
        } catch (ScenarioException e) {
            return this;
        }
        if (s.items().functions().isEmpty() && s.items().structs().isEmpty()) {
            return this;
        }
        Map<String, Fn> fns = new LinkedHashMap<>(functions);
        Map<String, Struct> sts = new LinkedHashMap<>(structs);
        addItems(fns, sts, s.items(), file, scenarioText, "This scenario");
        return new Catalog(fns, sts, problems);
    }

    public Fn function(String name) {
        return functions.get(name);
    }

    public List<Fn> functions() {
        return List.copyOf(functions.values());
    }

    /** Functions with named variants, by name. */
    public List<Fn> functionsWithVariants() {
        return functions.values().stream().filter(Fn::hasVariants).toList();
    }

    public Struct struct(String name) {
        return structs.get(name);
    }

    public List<Struct> structs() {
        return List.copyOf(structs.values());
    }

    /** Library modules that could not be read (shown in the palette's tooltip). */
    public List<String> problems() {
        return problems;
    }

    /** Palette groups: category -> functions, primitives first. */
    public Map<String, List<Fn>> byCategory() {
        Map<String, List<Fn>> out = new LinkedHashMap<>();
        for (Fn f : functions.values()) {
            out.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    // ------------------------------------------------------------------ loading

    private static Catalog load() {
        Map<String, Fn> fns = new LinkedHashMap<>();
        for (Fn f : Primitives.ALL) {
            fns.put(f.name(), f);
        }
        Map<String, Struct> sts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> m : libraryModules().entrySet()) {
            try {
                Ast.Items items = Parser.parseLibrary(m.getKey(), m.getValue());
                String module = m.getKey().replaceFirst("^(.*/)?lib/", "").replaceFirst("\\.pgl$", "");
                addItems(fns, sts, items, m.getKey(), m.getValue(), "Library: " + module);
            } catch (ScenarioException e) {
                problems.add(e.getMessage());
            }
        }
        return new Catalog(fns, sts, List.copyOf(problems));
    }

    private static void addItems(Map<String, Fn> fns, Map<String, Struct> sts, Ast.Items items, String file, String text,
            String category) {
        String[] lines = text.split("\n", -1);
        Map<String, List<String>> variants = new TreeMap<>();
        Map<String, Map<String, String>> variantDefs = new TreeMap<>();
        for (Ast.Function f : items.functions()) {
            if (f.variant() != null) {
                variants.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f.variant());
                variantDefs.computeIfAbsent(f.name(), k -> new LinkedHashMap<>()).put(f.variant(), definition(lines, f));
            }
        }
        for (Ast.Function f : items.functions()) {
            if (f.name().startsWith("__")) {
                continue;
            }
            Fn old = fns.get(f.name());
            if (old != null && !old.builtin() && f.variant() != null) {
                continue; // the default definition (or the first variant) describes the function
            }
            List<String> params = new ArrayList<>();
            List<String> sig = new ArrayList<>();
            for (Ast.Param p : f.params()) {
                params.add(p.name());
                sig.add(typeText(p.type()) + p.name());
            }
            String signature = typeText(f.returnType()) + f.name() + "(" + String.join(", ", sig) + ")";
            fns.put(f.name(), new Fn(f.name(), category, signature, params, !f.returnType().name().equals("void")
                    || f.returnType().pointers() > 0, f.doc(), file, f.pos().line(), definition(lines, f),
                    List.copyOf(variants.getOrDefault(f.name(), List.of())), false,
                    Map.copyOf(variantDefs.getOrDefault(f.name(), Map.of()))));
        }
        for (Ast.StructDef s : items.structs()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (Ast.Field fl : s.fields()) {
                fields.put(fl.name(), fl.type() + (fl.doc() == null ? "" : ": " + fl.doc()));
            }
            sts.put(s.name(), new Struct(s.name(), fields, s.doc()));
        }
    }

    /** The source lines of a function definition (from its name's line to its closing brace). */
    private static String definition(String[] lines, Ast.Function f) {
        int from = Math.max(0, f.pos().line() - 1);
        if (f.variant() != null && from > 0 && lines[from].indexOf("__variant") < 0 && lines[from - 1].contains("__variant")) {
            from--;
        }
        int to = Math.min(lines.length, f.body() == null ? from + 1 : f.body().end().line());
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, Math.max(from + 1, to)));
    }

    private static String typeText(Ast.TypeRef t) {
        String s = t.toString();
        return s.endsWith("*") ? s : s + " ";
    }

    /** The library modules shipped in the engine bundle: path -> text. */
    private static Map<String, String> libraryModules() {
        Map<String, String> out = new TreeMap<>();
        Bundle engine = FrameworkUtil.getBundle(Parser.class);
        if (engine == null) {
            return out;
        }
        Enumeration<URL> e = engine.findEntries("/", "*.pgl", true);
        for (URL u : e == null ? Collections.<URL>emptyList() : Collections.list(e)) {
            String path = u.getPath();
            if (!path.contains("/lib/")) {
                continue;
            }
            try (InputStream in = u.openStream()) {
                out.put(path.substring(path.indexOf("/lib/") + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ex) {
                Activator.warn("cannot read library module " + path, ex);
            }
        }
        return out;
    }
}
