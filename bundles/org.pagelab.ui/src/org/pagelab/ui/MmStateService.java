package org.pagelab.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

/**
 * The one MM state the Pages, Address space and Properties views show.
 * Whoever has a state to show (the state editor, a counterexample step in
 * the scenario tools) calls {@link #show}; the views listen. Calls and
 * notifications happen on the UI thread.
 */
public final class MmStateService {
    private static final MmStateService INSTANCE = new MmStateService();

    private final List<Consumer<ShownState>> listeners = new CopyOnWriteArrayList<>();
    private volatile ShownState current;

    private MmStateService() {
    }

    public static MmStateService get() {
        return INSTANCE;
    }

    /** The state shown now, or null. */
    public ShownState current() {
        return current;
    }

    /** Shows a state in every MM view (null clears them). May be called from any thread. */
    public void show(ShownState state) {
        Display d = Display.getCurrent();
        if (d == null) {
            Display.getDefault().asyncExec(() -> show(state));
            return;
        }
        current = state;
        for (Consumer<ShownState> l : listeners) {
            l.accept(state);
        }
    }

    /** Adds a listener, called on the UI thread with the new state (or null). */
    public void addListener(Consumer<ShownState> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ShownState> listener) {
        listeners.remove(listener);
    }
}
