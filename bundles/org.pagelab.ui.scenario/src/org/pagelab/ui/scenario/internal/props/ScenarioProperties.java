package org.pagelab.ui.scenario.internal.props;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.pagelab.engine.edit.ScenarioEdits;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.model.scenario.Element;
import org.pagelab.model.scenario.FinalCondition;
import org.pagelab.model.scenario.Header;
import org.pagelab.model.scenario.Quantifier;
import org.pagelab.model.scenario.Scenario;
import org.pagelab.model.scenario.Statement;
import org.pagelab.model.scenario.StatementKind;
import org.pagelab.model.scenario.ThreadBlock;
import org.pagelab.model.scenario.VariantChoice;
import org.pagelab.model.scenario.Verdict;
import org.pagelab.ui.scenario.internal.Catalog;
import org.pagelab.ui.scenario.internal.ScenarioDocument;
import org.pagelab.ui.scenario.internal.ScenarioLabels;

/**
 * The Properties view of the scenario editor: a statement's call, result
 * variable, arguments (named after the function's parameters) and variant;
 * a thread's name, parameters and daemon flag; the final condition; the
 * scenario's name, expected verdict, memory model and variant choices.
 * Every change is an edit of the editor's {@link ScenarioDocument}
 * (undoable, the Source page follows).
 */
public final class ScenarioProperties implements IPropertySourceProvider {
    static final String[] VERDICTS = { "(none)", "Never", "Sometimes", "Always" };
    static final String[] MODELS = { "(none)", "sc", "tso", "lkmm" };
    static final String[] YES_NO = { "no", "yes" };
    static final String[] QUANTIFIERS = { "exists", "~exists", "forall" };

    private final ScenarioDocument doc;
    private final Consumer<String> status;

    public ScenarioProperties(ScenarioDocument doc, Consumer<String> status) {
        this.doc = doc;
        this.status = status;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof Statement st) {
            return new StatementSource(st);
        }
        if (object instanceof ThreadBlock t) {
            return new ThreadSource(t);
        }
        if (object instanceof FinalCondition c) {
            return new ConditionSource(c);
        }
        if (object instanceof Header || object instanceof Scenario || object instanceof VariantChoice) {
            return new ScenarioSource();
        }
        if (object instanceof Element e) {
            return new Source() {
                @Override
                void describe(List<IPropertyDescriptor> out) {
                    out.add(readOnly("text", "Text", "Element"));
                }

                @Override
                Object value(String id) {
                    return e.getText();
                }
            };
        }
        return null;
    }

    Catalog catalog() {
        return Catalog.library().with(doc.fileName(), doc.inSync() ? doc.document().get() : null);
    }

    void edit(String label, Consumer<Scenario> change) {
        if (!doc.edit(label, change)) {
            status.accept("Cannot " + label.toLowerCase(java.util.Locale.ROOT) + ": the source has errors.");
        }
    }

    static PropertyDescriptor readOnly(String id, String name, String category) {
        PropertyDescriptor d = new PropertyDescriptor(id, name);
        d.setCategory(category);
        return d;
    }

    static TextPropertyDescriptor text(String id, String name, String category, String description) {
        TextPropertyDescriptor d = new TextPropertyDescriptor(id, name);
        d.setCategory(category);
        d.setDescription(description);
        return d;
    }

    static ComboBoxPropertyDescriptor combo(String id, String name, String category, String[] values) {
        ComboBoxPropertyDescriptor d = new ComboBoxPropertyDescriptor(id, name, values);
        d.setCategory(category);
        d.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
            @Override
            public String getText(Object e) {
                return e instanceof Integer i && i >= 0 && i < values.length ? values[i] : String.valueOf(e);
            }
        });
        return d;
    }

    static int indexOf(String[] values, String v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(v)) {
                return i;
            }
        }
        return 0;
    }

    /** Base: descriptors are built on request (the object may have changed between two calls). */
    abstract static class Source implements IPropertySource {
        abstract void describe(List<IPropertyDescriptor> out);

        abstract Object value(String id);

        void set(String id, Object value) {
        }

        @Override
        public Object getEditableValue() {
            return this;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IPropertyDescriptor> out = new ArrayList<>();
            describe(out);
            return out.toArray(IPropertyDescriptor[]::new);
        }

        @Override
        public Object getPropertyValue(Object id) {
            Object v = value((String) id);
            return v == null ? "" : v;
        }

        @Override
        public boolean isPropertySet(Object id) {
            return false;
        }

        @Override
        public void resetPropertyValue(Object id) {
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            set((String) id, value);
        }
    }

    // ------------------------------------------------------------------ statement

    private final class StatementSource extends Source {
        private final Statement st;

        StatementSource(Statement st) {
            this.st = st;
        }

        private Catalog.Fn fn() {
            return st.getFunction() == null ? null : catalog().function(st.getFunction());
        }

        @Override
        void describe(List<IPropertyDescriptor> out) {
            TextPropertyDescriptor text = text("text", "Text", "Statement", "The statement as written in the file");
            text.setValidator(statementValidator());
            out.add(text);
            out.add(readOnly("kind", "Kind", "Statement"));
            out.add(readOnly("line", "Line", "Statement"));
            out.add(readOnly("thread", "Thread", "Statement"));
            switch (st.getKind()) {
                case CALL, ASSIGN_CALL -> {
                    out.add(text("function", "Function", "Call", "The called function"));
                    out.add(text("target", "Result variable", "Call", "The variable the call's value is assigned to (empty: none)"));
                    Catalog.Fn f = fn();
                    int n = Math.max(st.getArguments().size(), f == null ? 0 : f.paramNames().size());
                    for (int i = 0; i < n; i++) {
                        String pname = f != null && i < f.paramNames().size() ? f.paramNames().get(i) : "";
                        out.add(text("arg" + i, "Argument " + (i + 1) + (pname.isEmpty() ? "" : " (" + pname + ")"), "Call",
                                "Argument " + (i + 1) + (f == null ? "" : " of " + f.signature())));
                    }
                    if (f == null || n > f.paramNames().size() || st.getArguments().size() == n) {
                        out.add(text("arg" + n, "Argument " + (n + 1) + " (add)", "Call", "Type to add an argument"));
                    }
                    if (f != null && f.hasVariants()) {
                        out.add(combo("variant", "Variant of " + f.name(), "Call", variantValues(f)));
                    }
                }
                case DECLARATION -> {
                    out.add(readOnly("declType", "Type", "Declaration"));
                    out.add(text("target", "Name", "Declaration", "The declared variable"));
                    out.add(text("value", "Initial value", "Declaration", "Empty: none"));
                }
                case ASSIGNMENT -> {
                    out.add(text("target", "Assigned to", "Assignment", "The assigned location"));
                    out.add(readOnly("operator", "Operator", "Assignment"));
                    out.add(text("value", "Value", "Assignment", "The assigned value"));
                }
                default -> {
                }
            }
            Catalog.Fn f = fn();
            if (f != null && f.doc() != null) {
                out.add(readOnly("doc", "Documentation", "Call"));
            }
        }

        @Override
        Object value(String id) {
            if (id.startsWith("arg")) {
                int i = Integer.parseInt(id.substring(3));
                return i < st.getArguments().size() ? st.getArguments().get(i) : "";
            }
            return switch (id) {
                case "text" -> st.getText();
                case "kind" -> st.getKind().getLiteral();
                case "line" -> st.getLine();
                case "thread" -> st.eContainer() == null ? "" : ScenarioLabels.label(st.eContainer());
                case "function" -> st.getFunction();
                case "target" -> st.getTarget();
                case "declType" -> st.getDeclType();
                case "operator" -> st.getOperator();
                case "value" -> st.getValue();
                case "doc" -> fn() == null ? "" : fn().doc();
                case "variant" -> indexOf(variantValues(fn()), chosen(fn().name()));
                default -> null;
            };
        }

        @Override
        void set(String id, Object value) {
            if (id.startsWith("arg")) {
                int i = Integer.parseInt(id.substring(3));
                String v = ((String) value).strip();
                List<String> args = new ArrayList<>(st.getArguments());
                if (v.isEmpty() && i < args.size()) {
                    args.remove(i);
                } else if (!v.isEmpty()) {
                    while (args.size() < i) {
                        args.add("0");
                    }
                    if (i < args.size()) {
                        args.set(i, v);
                    } else {
                        args.add(v);
                    }
                }
                edit("Set argument", s -> ScenarioEdits.setArguments(st, args));
                return;
            }
            switch (id) {
                case "text" -> edit("Edit statement", s -> {
                    try {
                        ScenarioEdits.setText(st, (String) value);
                    } catch (ScenarioException e) {
                        status.accept("Not a statement: " + e.first().message());
                    }
                });
                case "function" -> edit("Set function", s -> ScenarioEdits.setFunction(st, ((String) value).strip()));
                case "target" -> edit("Set variable", s -> ScenarioEdits.setTarget(st, (String) value));
                case "value" -> edit("Set value", s -> ScenarioEdits.setValue(st, (String) value));
                case "variant" -> {
                    String[] vs = variantValues(fn());
                    int i = (Integer) value;
                    String name = fn().name();
                    edit("Choose variant", s -> {
                        if (i > 0 && s.imports().isEmpty() && !fn().builtin() && fn().file() != null
                                && fn().file().contains("lib/")) {
                            ScenarioEdits.addImport(s, "mm");
                        }
                        ScenarioEdits.setVariant(s, name, i <= 0 ? null : vs[i]);
                    });
                }
                default -> {
                }
            }
        }
    }

    static ICellEditorValidator statementValidator() {
        return v -> {
            try {
                ScenarioEdits.parseStatement((String) v);
                return null;
            } catch (ScenarioException e) {
                return e.first().message();
            }
        };
    }

    static String[] variantValues(Catalog.Fn f) {
        List<String> vs = new ArrayList<>();
        vs.add("(default)");
        if (f != null) {
            vs.addAll(f.variants());
        }
        return vs.toArray(String[]::new);
    }

    String chosen(String function) {
        for (VariantChoice v : doc.model().variantChoices()) {
            if (v.getFunction().equals(function)) {
                return v.getVariant();
            }
        }
        return "(default)";
    }

    // ------------------------------------------------------------------ thread

    private final class ThreadSource extends Source {
        private final ThreadBlock t;

        ThreadSource(ThreadBlock t) {
            this.t = t;
        }

        @Override
        void describe(List<IPropertyDescriptor> out) {
            out.add(readOnly("index", "Number (Pn)", "Thread"));
            out.add(text("role", "Name (CPU / role)", "Thread", "The readable name after P<n>:, e.g. dio or reclaim"));
            out.add(text("params", "Parameters", "Thread", "The globals the thread uses, e.g. int *pte, atomic_t *refcount"));
            out.add(combo("daemon", "Daemon", "Thread", YES_NO));
            out.add(readOnly("count", "Statements", "Thread"));
        }

        @Override
        Object value(String id) {
            return switch (id) {
                case "index" -> "P" + t.getIndex();
                case "role" -> t.getRole();
                case "params" -> t.getParams();
                case "daemon" -> t.isDaemon() ? 1 : 0;
                case "count" -> t.getStatements().size();
                default -> null;
            };
        }

        @Override
        void set(String id, Object value) {
            switch (id) {
                case "role" -> edit("Rename thread", s -> ScenarioEdits.setRole(t, (String) value));
                case "params" -> edit("Set parameters", s -> ScenarioEdits.setParams(t, (String) value));
                case "daemon" -> edit("Set daemon", s -> ScenarioEdits.setDaemon(t, ((Integer) value) == 1));
                default -> {
                }
            }
        }
    }

    // --------------------------------------------------------------- condition

    private final class ConditionSource extends Source {
        private final FinalCondition c;

        ConditionSource(FinalCondition c) {
            this.c = c;
        }

        @Override
        void describe(List<IPropertyDescriptor> out) {
            out.add(combo("quantifier", "Quantifier", "Final condition", QUANTIFIERS));
            out.add(text("expression", "Condition", "Final condition", "e.g. 0:r1=1 /\\ 1:r1=2, P->_refcount=0, violation"));
        }

        @Override
        Object value(String id) {
            return id.equals("quantifier") ? c.getQuantifier().getValue() : c.getExpression();
        }

        @Override
        void set(String id, Object value) {
            if (id.equals("quantifier")) {
                Quantifier q = Quantifier.get((Integer) value);
                edit("Set quantifier", s -> ScenarioEdits.setCondition(s, q, c.getExpression()));
            } else {
                edit("Set condition", s -> ScenarioEdits.setCondition(s, c.getQuantifier(), (String) value));
            }
        }
    }

    // ---------------------------------------------------------------- scenario

    private final class ScenarioSource extends Source {
        @Override
        void describe(List<IPropertyDescriptor> out) {
            out.add(text("name", "Name", "Scenario", "The test name on the header line"));
            out.add(combo("expected", "Expected verdict (Result:)", "Scenario", VERDICTS));
            out.add(combo("model", "Memory model of the verdict (Model:)", "Scenario", MODELS));
            for (Catalog.Fn f : catalog().functionsWithVariants()) {
                out.add(combo("variant:" + f.name(), f.name(), "Variants", variantValues(f)));
            }
        }

        @Override
        Object value(String id) {
            Scenario s = doc.model();
            if (id.startsWith("variant:")) {
                Catalog.Fn f = catalog().function(id.substring(8));
                return indexOf(variantValues(f), chosen(f.name()));
            }
            return switch (id) {
                case "name" -> s.header() == null ? "" : s.header().getName();
                case "expected" -> s.getExpected() == Verdict.UNSPECIFIED ? 0 : s.getExpected().getValue();
                case "model" -> indexOf(MODELS, s.getMemoryModel());
                default -> null;
            };
        }

        @Override
        void set(String id, Object value) {
            if (id.startsWith("variant:")) {
                Catalog.Fn f = catalog().function(id.substring(8));
                String[] vs = variantValues(f);
                int i = (Integer) value;
                edit("Choose variant", s -> ScenarioEdits.setVariant(s, f.name(), i <= 0 ? null : vs[i]));
                return;
            }
            switch (id) {
                case "name" -> edit("Rename scenario", s -> ScenarioEdits.setName(s, (String) value));
                case "expected" -> edit("Set expected verdict", s -> ScenarioEdits.setExpected(s, Verdict.get((Integer) value)));
                case "model" -> {
                    int i = (Integer) value;
                    edit("Set memory model", s -> ScenarioEdits.setMemoryModel(s, i <= 0 ? "" : MODELS[i]));
                }
                default -> {
                }
            }
        }
    }

    /** Whether a statement is one the Properties view splits into call fields. */
    static boolean isCall(Statement st) {
        return st.getKind() == StatementKind.CALL || st.getKind() == StatementKind.ASSIGN_CALL;
    }
}
