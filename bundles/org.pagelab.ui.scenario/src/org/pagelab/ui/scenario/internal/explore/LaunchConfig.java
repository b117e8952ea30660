package org.pagelab.ui.scenario.internal.explore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogSettings;

/**
 * How to explore a scenario: the memory model, the variant of each library
 * function (overriding the file's {@code variant} lines; absent = the
 * file's choice), and the budgets. Remembered per file in the dialog
 * settings.
 *
 * @param model          sc (exhaustive interleavings), lkmm or tso (axiomatic)
 * @param variants       function -> variant to use
 * @param timeoutSeconds budget of time; past it the run is Incomplete
 * @param maxStates      budget of states or candidate executions; 0 = the engine's default
 */
public record LaunchConfig(String model, Map<String, String> variants, int timeoutSeconds, long maxStates) {
    public static final List<String> MODELS = List.of("sc", "lkmm", "tso");

    public LaunchConfig {
        variants = Map.copyOf(variants);
        if (!MODELS.contains(model)) {
            model = "sc";
        }
        timeoutSeconds = Math.max(1, timeoutSeconds);
        maxStates = Math.max(0, maxStates);
    }

    /** The defaults for a scenario: its Model: line (else SC), its own variant choices, 60 s. */
    public static LaunchConfig defaults(String declaredModel) {
        return new LaunchConfig(declaredModel == null || declaredModel.isEmpty() ? "sc" : declaredModel, Map.of(), 60, 0);
    }

    public LaunchConfig withVariants(Map<String, String> v) {
        return new LaunchConfig(model, v, timeoutSeconds, maxStates);
    }

    public LaunchConfig withModel(String m) {
        return new LaunchConfig(m, variants, timeoutSeconds, maxStates);
    }

    /** The saved configuration of a file, or null. */
    public static LaunchConfig load(IDialogSettings s) {
        if (s == null || s.get("model") == null) {
            return null;
        }
        Map<String, String> v = new LinkedHashMap<>();
        String[] vs = s.getArray("variants");
        for (int i = 0; vs != null && i + 1 < vs.length; i += 2) {
            v.put(vs[i], vs[i + 1]);
        }
        int timeout = 60;
        long max = 0;
        try {
            timeout = s.getInt("timeout");
            max = s.getLong("maxStates");
        } catch (NumberFormatException e) {
            // keep the defaults
        }
        return new LaunchConfig(s.get("model"), v, timeout, max);
    }

    public void save(IDialogSettings s) {
        s.put("model", model);
        String[] vs = new String[variants.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : variants.entrySet()) {
            vs[i++] = e.getKey();
            vs[i++] = e.getValue();
        }
        s.put("variants", vs);
        s.put("timeout", timeoutSeconds);
        s.put("maxStates", maxStates);
    }

    /** "lkmm, try_to_unmap_one=v2" for titles. */
    public String describe() {
        StringBuilder sb = new StringBuilder(model);
        variants.forEach((k, v) -> sb.append(", ").append(k).append('=').append(v));
        return sb.toString();
    }
}
