package org.pagelab.engine.edit;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.pagelab.model.scenario.Block;
import org.pagelab.model.scenario.Element;
import org.pagelab.model.scenario.Scenario;
import org.pagelab.model.scenario.Statement;

/**
 * Writes the editable model back as scenario text: the concatenation of
 * every element's and statement's kept source text. Nothing is formatted
 * here; {@link ScenarioEdits} regenerates the text of what an edit touched
 * at the time of the edit, so untouched parts come out byte for byte.
 */
public final class ScenarioWriter {
    private ScenarioWriter() {
    }

    public static String write(Scenario s) {
        StringBuilder out = new StringBuilder();
        for (Element e : s.getElements()) {
            out.append(nz(e.getLeading()));
            append(out, e);
        }
        out.append(nz(s.getTrailing()));
        return out.toString();
    }

    /** Where a part of the model is in the written text: offset and length (without leading trivia). */
    public record Span(int offset, int length) {
        public int end() {
            return offset + length;
        }

        public boolean contains(int at) {
            return at >= offset && at <= end();
        }
    }

    /**
     * The span of every element and statement in the text {@link #write}
     * gives (the scenario itself spans the whole text).
     */
    public static Map<EObject, Span> layout(Scenario s) {
        Map<EObject, Span> out = new IdentityHashMap<>();
        int at = 0;
        for (Element e : s.getElements()) {
            at += nz(e.getLeading()).length();
            int start = at;
            if (e instanceof Block b) {
                at += nz(b.getHead()).length();
                for (Statement st : b.getStatements()) {
                    at += nz(st.getLeading()).length();
                    out.put(st, new Span(at, nz(st.getText()).length()));
                    at += nz(st.getText()).length() + nz(st.getTrailing()).length();
                }
                at += nz(b.getTail()).length() + 1;
            } else {
                at += nz(e.getText()).length();
            }
            out.put(e, new Span(start, at - start));
        }
        out.put(s, new Span(0, at + nz(s.getTrailing()).length()));
        return out;
    }

    /** The text of one element without its leading trivia. */
    public static String text(Element e) {
        StringBuilder out = new StringBuilder();
        append(out, e);
        return out.toString();
    }

    private static void append(StringBuilder out, Element e) {
        if (e instanceof Block b) {
            out.append(nz(b.getHead()));
            for (Statement st : b.getStatements()) {
                out.append(nz(st.getLeading())).append(nz(st.getText())).append(nz(st.getTrailing()));
            }
            out.append(nz(b.getTail())).append('}');
        } else {
            out.append(nz(e.getText()));
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
