package org.pagelab.engine.explore;

import java.util.List;
import java.util.Map;

/**
 * A counterexample or witness as plain immutable data: what the views, the
 * EMF converter, the diagram and the trace export consume. Steps are in
 * execution order; {@link #initial} is the state after the setup and every
 * {@link Step#after} the full state after that step.
 *
 * @param kind       "violation", "witness" (an execution satisfying/refuting the condition) or "livelock"
 * @param violation  the violation name ("use-after-free", "deadlock", "assert"...) or null
 * @param message    what went wrong, for people
 * @param threads    thread names by index (the after block, if any, is the last)
 * @param variants   function name to the variant explored
 * @param loopStart  for a livelock, the index of the first step of the cycle that repeats forever; else -1
 */
public record Trace(String scenario, String file, String model, String kind, String violation, String message,
        List<String> threads, Map<String, String> variants, StateView initial, List<Step> steps, int loopStart) {

    /**
     * One step: one thread ran up to and including one shared-memory event.
     * {@code event} is the access as written in the source ("READ_ONCE(*ptep)",
     * "atomic_inc(&page->_refcount)"), {@code value} what it read or wrote
     * (formatted), {@code annotation} its ordering (once, acquire, mb...),
     * {@code location} the field it accessed ("P->_refcount", "pte-0x1000"), or "".
     */
    public record Step(int index, int thread, String threadName, String function, List<String> stack, String file,
            int line, int column, String event, String annotation, String location, String value,
            List<Change> changes, StateView after, String violation, String message) {
    }

    /**
     * A field that changed: object kind ("page", "pmd", "int" for litmus
     * locations...) and name, field ("_refcount", "pte[1]"), numeric and
     * readable old/new values ("present|write|dirty pfn=P" for a PTE).
     */
    public record Change(String kind, String object, String field, int oldValue, int newValue, String oldText,
            String newText) {
        /** "P->_refcount 2 -> 3", "pte-0x1000: present|write -> none", "x 0 -> 1". */
        public String describe() {
            if (field.equals("value")) {
                return object + (kind.equals("pte") || kind.equals("pmd") ? ": " : " ") + oldText + " -> " + newText;
            }
            return object + "->" + field + " " + oldText + " -> " + newText;
        }
    }

    /** The whole state: every visible object and every thread. */
    public record StateView(List<ObjectView> objects, List<ThreadView> threads) {
        public ObjectView object(String name) {
            for (ObjectView o : objects) {
                if (o.name().equals(name)) {
                    return o;
                }
            }
            return null;
        }
    }

    /** An MM object (or litmus location) and its fields in declaration order. */
    public record ObjectView(int id, String kind, String name, List<FieldView> fields) {
        public FieldView field(String name) {
            for (FieldView f : fields) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** A field value, raw and readable; array fields appear once per element as "name[i]". */
    public record FieldView(String name, int value, String text) {
    }

    /**
     * A thread: status "running", "blocked", "finished" or "not started";
     * where it is (function, line, call stack) and its named registers.
     */
    public record ThreadView(int index, String name, String status, String function, int line, List<String> stack,
            Map<String, Integer> registers) {
    }
}
