package org.pagelab.ui;

import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.pagelab.model.mm.MMState;

/**
 * What the MM state views show: a state, a title saying where it comes from
 * (a file, or "step 7 of s1-...") and which features of which objects
 * changed in the step that produced it (highlighted in the views).
 *
 * @param state   the state, never null
 * @param title   shown in the views' content descriptions
 * @param changes objects of {@code state} and their changed features; empty when not from a step
 */
public record ShownState(MMState state, String title, Map<EObject, Set<EStructuralFeature>> changes) {
    public ShownState {
        changes = Map.copyOf(changes);
    }

    public ShownState(MMState state, String title) {
        this(state, title, Map.of());
    }

    /** Whether {@code feature} of {@code object} changed (any feature when {@code feature} is null). */
    public boolean changed(EObject object, EStructuralFeature feature) {
        Set<EStructuralFeature> f = changes.get(object);
        return f != null && (feature == null || f.contains(feature));
    }
}
