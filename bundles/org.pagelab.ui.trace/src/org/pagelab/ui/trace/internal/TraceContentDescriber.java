package org.pagelab.ui.trace.internal;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescriber;
import org.eclipse.core.runtime.content.IContentDescription;
import org.pagelab.engine.trace.FormatDetector;
import org.pagelab.engine.trace.TraceLoadException;

/** Content describer: VALID when the engine's format detection recognizes a trace in the first 64 KB. */
public class TraceContentDescriber implements IContentDescriber {
    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        byte[] b = contents.readNBytes(64 * 1024);
        try {
            FormatDetector.detect(b, b.length, "");
            return VALID;
        } catch (TraceLoadException e) {
            return INVALID;
        }
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
    }
}
