package org.pagelab.engine.edit;

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
