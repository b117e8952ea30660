package org.pagelab.engine.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.pagelab.engine.ProgressMonitor;
import org.pagelab.engine.trace.dat.TraceDatReader;
import org.pagelab.engine.trace.text.TextTraceReader;

/** Opens a trace file of any supported format (see {@link TraceFormat}, docs/FORMATS.md). */
public final class TraceFiles {
    private TraceFiles() {
    }

    /**
     * Detects the format and loads the file. Damaged content after the
     * first events loads partially (see {@link Trace#problems()}); a file
     * that is no trace at all gives a TraceLoadException naming the file and
     * where. Canceling through the monitor throws {@link CancellationException}.
     */
    public static Trace open(Path file, ProgressMonitor monitor) throws IOException {
        if (Files.isDirectory(file)) {
            throw new TraceLoadException(file + ": is a directory, not a trace file", -1);
        }
        if (!Files.isReadable(file)) {
            throw new TraceLoadException(file + ": " + (Files.exists(file) ? "cannot be read" : "no such file"), -1);
        }
        return open(file, FormatDetector.detect(file), monitor);
    }

    /** Loads file as the given format (no detection). */
    public static Trace open(Path file, TraceFormat format, ProgressMonitor monitor) throws IOException {
        if (format.isBinary()) {
            return TraceDatReader.read(file, monitor);
        }
        return TextTraceReader.read(file, format, monitor);
    }
}
