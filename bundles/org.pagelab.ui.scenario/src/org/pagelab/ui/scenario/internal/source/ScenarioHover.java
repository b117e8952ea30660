package org.pagelab.ui.scenario.internal.source;

import java.util.function.Supplier;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.pagelab.ui.scenario.internal.Catalog;

/** Hover of the Source page: a function's signature, documentation, variants and library definition. */
public final class ScenarioHover implements ITextHover {
    private final Supplier<Catalog> catalog;

    public ScenarioHover(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        try {
            return info(viewer.getDocument().get(region.getOffset(), region.getLength()));
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return null;
        }
    }

    /** What the hover shows for a word, or null. */
    public String info(String word) {
        Catalog cat = catalog.get();
        Catalog.Fn f = cat.function(word);
        if (f != null) {
            return ScenarioCompletion.info(f);
        }
        Catalog.Struct s = cat.struct(word);
        if (s != null) {
            StringBuilder sb = new StringBuilder("struct " + s.name());
            if (s.doc() != null) {
                sb.append("\n\n").append(s.doc());
            }
            s.fields().forEach((k, v) -> sb.append("\n  ").append(k).append(": ").append(v));
            return sb.toString();
        }
        return null;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        String w = ScenarioCompletion.wordAt(viewer.getDocument(), offset);
        if (w.isEmpty()) {
            return new Region(offset, 0);
        }
        int s = offset;
        try {
            while (s > 0 && Character.isJavaIdentifierPart(viewer.getDocument().getChar(s - 1))) {
                s--;
            }
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return new Region(offset, 0);
        }
        return new Region(s, w.length());
    }
}
