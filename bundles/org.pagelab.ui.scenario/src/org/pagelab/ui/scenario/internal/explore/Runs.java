package org.pagelab.ui.scenario.internal.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The explorations of this session (newest first), the one the views show,
 * and the step selected in its counterexample. Called and notifying on the
 * UI thread.
 */
public final class Runs {
    /** What changed: a new run, the shown run, or the selected step. */
    public enum Event {
        ADDED, SHOWN, STEP
    }

    private static final Runs INSTANCE = new Runs();
    private final List<ExploreRun> runs = new ArrayList<>();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private ExploreRun shown;
    private int step = -1;
    private String refusal;

    public static Runs get() {
        return INSTANCE;
    }

    public List<ExploreRun> all() {
        return List.copyOf(runs);
    }

    /** The run the views show, or null. */
    public ExploreRun shown() {
        return shown;
    }

    /** The selected step of the shown run's counterexample (-1: the initial state / none). */
    public int step() {
        return step;
    }

    /** Why the last Explore did not run (the scenario's errors), or null. */
    public String refusal() {
        return refusal;
    }

    public void add(ExploreRun r) {
        runs.add(0, r);
        if (runs.size() > 50) {
            runs.remove(runs.size() - 1);
        }
        refusal = null;
        shown = r;
        step = -1;
        fire(Event.ADDED);
    }

    public void show(ExploreRun r) {
        shown = r;
        step = -1;
        refusal = null;
        fire(Event.SHOWN);
    }

    public void selectStep(int i) {
        if (shown == null) {
            return;
        }
        int n = shown.steps();
        int s = Math.max(-1, Math.min(i, n - 1));
        if (s != step) {
            step = s;
            fire(Event.STEP);
        }
    }

    /** Records that Explore refused to run, and why (the Verdict view shows it). */
    public void refuse(String why) {
        refusal = why;
        fire(Event.SHOWN);
    }

    public void clear() {
        runs.clear();
        shown = null;
        step = -1;
        refusal = null;
        fire(Event.SHOWN);
    }

    public void addListener(Consumer<Event> l) {
        listeners.add(l);
    }

    public void removeListener(Consumer<Event> l) {
        listeners.remove(l);
    }

    private void fire(Event e) {
        for (Consumer<Event> l : listeners) {
            try {
                l.accept(e);
            } catch (RuntimeException ex) {
                org.pagelab.ui.scenario.internal.Activator.warn("a view failed to follow the exploration", ex);
            }
        }
    }
}
