package org.pagelab.engine.trace;

/** How an mm is identified by the events that name it. */
public enum MmKind {
    /** rss_stat's {@code mm_id}: a 32-bit hash of the mm pointer computed by the kernel. */
    MM_ID,
    /** An mm_struct pointer ({@code mm=}), raw (trace.dat, trace-cmd report) or %p-hashed (tracefs text). */
    MM_POINTER
}
