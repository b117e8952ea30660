package org.pagelab.ui.scenario.internal;

import org.eclipse.emf.ecore.EObject;
import org.pagelab.model.scenario.AfterBlock;
import org.pagelab.model.scenario.Declaration;
import org.pagelab.model.scenario.Filter;
import org.pagelab.model.scenario.FinalCondition;
import org.pagelab.model.scenario.Header;
import org.pagelab.model.scenario.Import;
import org.pagelab.model.scenario.InitState;
import org.pagelab.model.scenario.Locations;
import org.pagelab.model.scenario.Scenario;
import org.pagelab.model.scenario.SetupBlock;
import org.pagelab.model.scenario.Statement;
import org.pagelab.model.scenario.ThreadBlock;
import org.pagelab.model.scenario.VariantChoice;
import org.pagelab.model.scenario.Verdict;

/** How the scenario tools name model objects (outline, lanes, properties, undo labels). */
public final class ScenarioLabels {
    private ScenarioLabels() {
    }

    public static String label(Object o) {
        if (o instanceof Header h) {
            Scenario s = (Scenario) h.eContainer();
            String exp = s == null || s.getExpected() == Verdict.UNSPECIFIED ? "" : "  (Result: " + s.getExpected().getLiteral()
                    + (s.getMemoryModel() == null || s.getMemoryModel().isEmpty() ? "" : ", " + s.getMemoryModel()) + ")";
            return h.getName() + exp;
        }
        if (o instanceof Import i) {
            return "import " + i.getModule();
        }
        if (o instanceof VariantChoice v) {
            return "variant " + v.getFunction() + " = " + v.getVariant();
        }
        if (o instanceof Declaration d) {
            return d.getKind().getLiteral() + " " + d.getName();
        }
        if (o instanceof InitState i) {
            return "initial state" + (i.getLocations().isEmpty() ? "" : " (" + String.join(", ", i.getLocations()) + ")");
        }
        if (o instanceof SetupBlock) {
            return "setup";
        }
        if (o instanceof AfterBlock) {
            return "after";
        }
        if (o instanceof ThreadBlock t) {
            return thread(t);
        }
        if (o instanceof Locations) {
            return "locations";
        }
        if (o instanceof Filter f) {
            return "filter (" + oneLine(f.getExpression()) + ")";
        }
        if (o instanceof FinalCondition c) {
            return c.getQuantifier().getLiteral() + " (" + oneLine(c.getExpression()) + ")";
        }
        if (o instanceof Statement st) {
            return oneLine(st.getText());
        }
        if (o instanceof EObject e) {
            return e.eClass().getName();
        }
        return String.valueOf(o);
    }

    /** "P0 · dio" or "P0"; daemons are marked. */
    public static String thread(ThreadBlock t) {
        String role = t.getRole() == null || t.getRole().isEmpty() ? "" : " \u00b7 " + t.getRole();
        return (t.isDaemon() ? "daemon " : "") + "P" + t.getIndex() + role;
    }

    /** The first line of a text, with "..." when there is more; tabs as spaces. */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip().replace('\t', ' ');
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip() + " ...";
    }

    /** The comment text of a statement's trailing comment ("try_grab_compound_head()"), or "". */
    public static String comment(Statement st) {
        String t = st.getTrailing() == null ? "" : st.getTrailing().strip();
        if (t.startsWith("/*") && t.endsWith("*/")) {
            return t.substring(2, t.length() - 2).strip();
        }
        if (t.startsWith("//")) {
            return t.substring(2).strip();
        }
        return "";
    }
}
