package org.pagelab.engine.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of {@link CheckModel}s by name. "sc" is built in. Other
 * models register with {@link #register}; so that they are found without
 * OSGi too, the registry also loads, once, the classes listed in
 * {@link #PROVIDERS} if they exist: each must have a public no-argument
 * constructor and implement {@link Provider}.
 */
public final class CheckModels {
    /** Supplies models (implemented by the axiomatic models' package). */
    public interface Provider {
        List<CheckModel> models();
    }

    /** Classes tried at first use: the LKMM/TSO package's provider. */
    static final String[] PROVIDERS = {"org.pagelab.engine.lkmm.CheckModelProvider"};

    private static final Map<String, CheckModel> MODELS = new LinkedHashMap<>();
    private static boolean loaded;

    private CheckModels() {
    }

    public static synchronized void register(CheckModel m) {
        MODELS.put(m.name(), m);
    }

    private static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        MODELS.putIfAbsent("sc", new ScCheckModel());
        for (CheckModel m : new AxiomaticModels().models()) {
            MODELS.putIfAbsent(m.name(), m);
        }
        for (String cls : PROVIDERS) {
            try {
                Object o = Class.forName(cls).getDeclaredConstructor().newInstance();
                if (o instanceof Provider p) {
                    for (CheckModel m : p.models()) {
                        MODELS.putIfAbsent(m.name(), m);
                    }
                }
            } catch (ReflectiveOperationException | LinkageError e) {
                // not installed
            }
        }
    }

    /** The model of that name, or null. */
    public static synchronized CheckModel byName(String name) {
        load();
        return MODELS.get(name);
    }

    /** Every registered model name. */
    public static synchronized List<String> names() {
        load();
        return Collections.unmodifiableList(new ArrayList<>(MODELS.keySet()));
    }
}
