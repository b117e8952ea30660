package org.pagelab.engine.findings;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A counterexample (or witness) as findings see it: its steps, the names
 * of the pages and VMAs its states show, and the run it came from.
 *
 * @param steps    in execution order, {@code steps.get(i).index() == i}
 * @param pages    names of the page objects (P, Q)
 * @param vmas     names of the VMA objects
 * @param model    the memory model of the run (sc, tso, lkmm)
 * @param variants function to variant of the run
 */
public record StepSubject(List<StepKey> steps, Set<String> pages, Set<String> vmas, String model,
        Map<String, String> variants) {
    public StepSubject {
        steps = List.copyOf(steps);
        pages = Set.copyOf(pages);
        vmas = Set.copyOf(vmas);
        model = model == null ? "" : model;
        variants = Map.copyOf(variants);
    }

    /** Variants as a findings file stores them: "f=v g=w", sorted by function. */
    public String variantsText() {
        return Anchors.variantsText(variants);
    }
}
