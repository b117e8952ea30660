package org.pagelab.ui.scenario.internal.source;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.presentation.IPresentationDamager;

/**
 * A change may open or close a multi-line comment, so it damages the text
 * from the start of its line to the end of the document (scenarios are a
 * few hundred lines at most).
 */
final class ToEndDamager implements IPresentationDamager {
    private IDocument document;

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
        try {
            int line = document.getLineOfOffset(Math.min(event.getOffset(), document.getLength()));
            int start = document.getLineOffset(line);
            return new Region(start, document.getLength() - start);
        } catch (BadLocationException e) {
            return new Region(0, document.getLength());
        }
    }
}
