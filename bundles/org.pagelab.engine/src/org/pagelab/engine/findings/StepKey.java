package org.pagelab.engine.findings;

import java.util.List;

/**
 * What a counterexample step is, for anchoring: the content a finding
 * remembers so that it finds the step again in a later exploration.
 *
 * @param index      the step's index in its counterexample (0-based)
 * @param thread     the thread's name (dio, reclaim, P0)
 * @param function   the innermost function
 * @param file       the source file of the step (scenario or library module)
 * @param line       1-based source line, 0 when unknown
 * @param sourceLine the text of that line ("" when unknown)
 * @param changes    the step's state changes as counterexamples write them ("P->_refcount 2 -> 3")
 */
public record StepKey(int index, String thread, String function, String file, int line, String sourceLine,
        List<String> changes) {
    public StepKey {
        thread = thread == null ? "" : thread;
        function = function == null ? "" : function;
        file = file == null ? "" : file;
        sourceLine = normalize(sourceLine);
        changes = List.copyOf(changes);
    }

    /** White space collapsed and stripped: how source lines are compared. */
    public static String normalize(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** "step 7 (reclaim, try_to_unmap_one)": how places are named to people; steps count from 1. */
    public String describe() {
        return "step " + (index + 1) + " (" + thread + (function.isEmpty() ? "" : ", " + function) + ")";
    }
}
