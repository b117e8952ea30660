package org.pagelab.ui.trace.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.pagelab.engine.trace.Trace;

/**
 * Bookmarked events of one trace with a note each, kept in a small file in
 * the plugin's state area (the trace itself may be read-only), named after
 * the trace's path, size and time. Written atomically on every change;
 * entries that no longer match the trace (event index out of range or a
 * different timestamp) are dropped when read.
 */
public final class Bookmarks {
    private final Path store;
    private final TreeMap<Integer, String> notes = new TreeMap<>();

    private Bookmarks(Path store) {
        this.store = store;
    }

    /** The bookmarks of trace t, stored under dir (null: not persisted). */
    public static Bookmarks load(Trace t, Path dir) {
        Path store = null;
        if (dir != null) {
            long size = t.fileSize();
            String key = t.file().toAbsolutePath().normalize() + "|" + size;
            store = dir.resolve("bookmarks-" + Integer.toHexString(key.hashCode()) + "-" + size + ".tsv");
        }
        Bookmarks b = new Bookmarks(store);
        if (store != null && Files.isRegularFile(store)) {
            try {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", 3);
                    if (f.length == 3) {
                        try {
                            int i = Integer.parseInt(f[0]);
                            long ts = Long.parseLong(f[1]);
                            if (i >= 0 && i < t.size() && t.ts(i) == ts) {
                                b.notes.put(i, f[2].replace("\\n", "\n"));
                            }
                        } catch (NumberFormatException e) {
                            // a damaged line: skipped
                        }
                    }
                }
            } catch (IOException e) {
                // unreadable: start empty (the file is rewritten on the next change)
            }
        }
        return b;
    }

    public boolean has(int event) {
        return notes.containsKey(event);
    }

    public List<Integer> events() {
        return new ArrayList<>(notes.keySet());
    }

    public String note(int event) {
        return notes.getOrDefault(event, "");
    }

    /** Adds or updates; saves. */
    public void put(Trace t, int event, String note) throws IOException {
        notes.put(event, note == null ? "" : note);
        save(t);
    }

    /** Removes; saves. */
    public void remove(Trace t, int event) throws IOException {
        notes.remove(event);
        save(t);
    }

    private void save(Trace t) throws IOException {
        if (store == null) {
            return;
        }
        Files.createDirectories(store.getParent());
        StringBuilder b = new StringBuilder();
        notes.forEach((i, n) -> b.append(i).append('\t').append(t.ts(i)).append('\t')
                .append(n.replace("\n", "\\n")).append('\n'));
        org.pagelab.model.MmStates.writeAtomically(store, b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
