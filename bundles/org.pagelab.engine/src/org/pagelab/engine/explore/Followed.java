package org.pagelab.engine.explore;

/**
 * One variant's run along another variant's schedule (see
 * {@link Explorer#follow}): what the other code does "at the same point".
 *
 * @param trace     the steps taken, kind "replay"; its violation is set when this variant
 *                  also went wrong on that schedule, else its message says how the run ended
 * @param reference for each step of {@code trace}, the index of the reference step whose
 *                  turn it took, or -1 for the steps run after the reference schedule ended
 * @param passed    reference steps whose thread could not run here (finished or blocked)
 */
public record Followed(Trace trace, int[] reference, int[] passed) {

    /**
     * The first reference step where this run differs: a step whose thread
     * could not run, or whose function differs from the reference's; -1 when
     * the run matches the reference over the whole reference schedule.
     */
    public int divergence(Trace ref) {
        int firstPassed = passed.length == 0 ? Integer.MAX_VALUE : passed[0];
        for (int i = 0; i < trace.steps().size(); i++) {
            int r = reference[i];
            if (r < 0 || r > firstPassed) {
                break;
            }
            Trace.Step mine = trace.steps().get(i);
            Trace.Step theirs = ref.steps().get(r);
            if (!mine.function().equals(theirs.function()) || !mine.event().equals(theirs.event())
                    || (theirs.violation() != null && !theirs.violation().equals(mine.violation()))) {
                return r;
            }
        }
        if (firstPassed != Integer.MAX_VALUE) {
            return firstPassed;
        }
        int done = 0;
        for (int r : reference) {
            done = r >= 0 ? r + 1 : done;
        }
        return done < ref.steps().size() ? done : -1;
    }
}
