package org.pagelab.engine;

import java.util.concurrent.CancellationException;

/**
 * Progress and cancellation for long engine work (exploring, loading a
 * trace). The engine calls it from the working thread; the GUI wraps an
 * Eclipse {@code IProgressMonitor} (inside a Job), the CLI prints a progress
 * line on stderr. Implementations must be cheap: {@link #worked} and
 * {@link #isCanceled} may be called often (the engine throttles to about
 * every few thousand units of work, never per byte).
 *
 * <p>Work that notices {@link #isCanceled()} stops promptly and throws
 * {@link CancellationException} (see {@link #checkCanceled()}); nothing it
 * had half-built is returned.
 */
public interface ProgressMonitor {
    /** Unknown total work, for {@link #begin}. */
    long UNKNOWN = -1;

    /** A monitor that reports nothing and is never canceled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void begin(String task, long totalWork) {
        }

        @Override
        public void worked(long doneSoFar) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }

        @Override
        public void done() {
        }
    };

    /** A monitor that reports nothing and is canceled once {@code canceled} says so (worker threads). */
    static ProgressMonitor cancelWhen(java.util.function.BooleanSupplier canceled) {
        return new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long doneSoFar) {
            }

            @Override
            public boolean isCanceled() {
                return canceled.getAsBoolean();
            }

            @Override
            public void done() {
            }
        };
    }

    /**
     * Starts a task.
     *
     * @param task      what is being done, for display ("Loading trace.dat")
     * @param totalWork total units (bytes, states...), or {@link #UNKNOWN}
     */
    void begin(String task, long totalWork);

    /** Absolute progress: units done so far since {@link #begin} (not an increment). */
    void worked(long doneSoFar);

    /** Optional detail line ("CPU 1", "building indexes"). */
    default void subTask(String detail) {
    }

    /** True once the user asked to stop. */
    boolean isCanceled();

    /** The task ended (normally, by error or by cancellation). */
    void done();

    /** Throws {@link CancellationException} when {@link #isCanceled()}. */
    default void checkCanceled() {
        if (isCanceled()) {
            throw new CancellationException("canceled");
        }
    }
}
