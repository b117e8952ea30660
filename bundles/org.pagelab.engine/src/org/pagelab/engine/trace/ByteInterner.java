package org.pagelab.engine.trace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Interns short byte strings (event names, task names) read from a file
 * into dense ids without creating a String per line.
 */
public final class ByteInterner {
    private byte[][] keys = new byte[64][];
    private int[] ids = new int[64];
    private int[] hashes = new int[64];
    private final List<String> names = new ArrayList<>();

    public int size() {
        return names.size();
    }

    public String name(int id) {
        return names.get(id);
    }

    public List<String> names() {
        return names;
    }

    public static int hash(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h;
    }

    /** The id of bytes [from, to) of b, assigning the next id on first sight. */
    public int intern(byte[] b, int from, int to) {
        return intern(b, from, to, hash(b, from, to));
    }

    public int intern(byte[] b, int from, int to, int h) {
        int mask = keys.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        int len = to - from;
        while (keys[i] != null) {
            if (hashes[i] == h && keys[i].length == len && Arrays.equals(keys[i], 0, len, b, from, to)) {
                return ids[i];
            }
            i = (i + 1) & mask;
        }
        int id = names.size();
        keys[i] = Arrays.copyOfRange(b, from, to);
        hashes[i] = h;
        ids[i] = id;
        names.add(new String(keys[i], StandardCharsets.UTF_8));
        if (names.size() * 2 > keys.length) {
            grow();
        }
        return id;
    }

    /** The id of s, assigning one on first sight. */
    public int intern(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return intern(b, 0, b.length);
    }

    private void grow() {
        byte[][] ok = keys;
        int[] oi = ids;
        int[] oh = hashes;
        keys = new byte[ok.length * 2][];
        ids = new int[ok.length * 2];
        hashes = new int[ok.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < ok.length; j++) {
            if (ok[j] != null) {
                int i = (oh[j] ^ (oh[j] >>> 16)) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = ok[j];
                ids[i] = oi[j];
                hashes[i] = oh[j];
            }
        }
    }
}
