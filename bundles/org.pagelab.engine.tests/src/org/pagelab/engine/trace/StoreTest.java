package org.pagelab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.ProgressMonitor;

/** The columnar store and its indexes, against plain Java collections. */
class StoreTest {
    /** A source for traces built in memory (no payloads). */
    static final EventSource NO_PAYLOAD = new EventSource() {
        @Override
        public TraceEvent read(Trace trace, int index) {
            return new TraceEvent(index, trace.ts(index), trace.cpu(index), trace.pid(index), trace.comm(index),
                    trace.typeName(trace.type(index)), "", java.util.Map.of(), "", List.of(), "");
        }

        @Override
        public void close() {
        }
    };

    @Test
    void longColumnRoundTripsIncludingWideChunks() {
        LongColumn c = new LongColumn();
        Random r = new Random(7);
        List<Long> expect = new ArrayList<>();
        long v = 1_000_000_000_000L;
        for (int i = 0; i < 300_000; i++) {
            v += i % 50_000 == 0 ? 10_000_000_000L : r.nextInt(1000); // jumps force wide chunks
            long x = i % 77_777 == 0 ? Long.MIN_VALUE + i : v;
            c.add(x);
            expect.add(x);
        }
        c.trim();
        for (int i = 0; i < expect.size(); i++) {
            assertEquals(expect.get(i), c.get(i), "index " + i);
        }
        assertTrue(c.residentBytes() < 8L * expect.size(), "mostly 4-byte deltas: " + c.residentBytes());
    }

    @Test
    void postingIndexMatchesNaiveLists() {
        Random r = new Random(11);
        int n = 100_000;
        int keys = 50;
        int[] key = new int[n];
        List<List<Integer>> naive = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            naive.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            key[i] = r.nextInt(10) == 0 ? -1 : (int) Math.min(keys - 1, Math.abs(r.nextGaussian()) * 8);
            if (key[i] >= 0) {
                naive.get(key[i]).add(i);
            }
        }
        PostingIndex idx = PostingIndex.build(keys, key, n);
        for (int k = 0; k < keys; k++) {
            int[] got = idx.toArray(k);
            assertArrayEquals(naive.get(k).stream().mapToInt(Integer::intValue).toArray(), got, "key " + k);
            assertEquals(naive.get(k).size(), idx.count(k));
            for (int from : new int[] {0, 1, 500, 33_333, 99_999, 100_000}) {
                PostingIndex.Cursor c = idx.cursorFrom(k, from);
                int expected = naive.get(k).stream().filter(e -> e >= from).findFirst().orElse(-1);
                if (expected < 0) {
                    assertFalse(c.next());
                } else {
                    assertTrue(c.next());
                    assertEquals(expected, c.value(), "key " + k + " from " + from);
                }
            }
        }
    }

    @Test
    void outOfOrderInputIsSortedAndKeysFollow() {
        TraceBuilder b = new TraceBuilder(Path.of("mem"), TraceFormat.MAIL);
        int t = b.type("page_ref_mod");
        long[] ts = {50, 10, 30, 20, 40};
        for (int i = 0; i < ts.length; i++) {
            int e = b.add(ts[i], i % 2, 100 + i, t, i);
            b.pfn(e, i % 2 == 0 ? 0xA : 0xB);
        }
        b.mm(2, MmKind.MM_ID, 77);
        try (Trace tr = b.build(NO_PAYLOAD, ProgressMonitor.NONE, 0, System.nanoTime())) {
            for (int i = 0; i < 5; i++) {
                assertEquals(10L * (i + 1), tr.ts(i));
            }
            // pfn 0xA: loaded events 0 (ts 50), 2 (ts 30), 4 (ts 40) -> sorted indices of ts 30, 40, 50
            assertArrayEquals(new int[] {2, 3, 4}, tr.eventsOfPfn(0xA));
            assertArrayEquals(new int[] {0, 1}, tr.eventsOfPfn(0xB));
            assertEquals(102, tr.pid(tr.byMm().toArray(tr.mmOf(MmKind.MM_ID, 77))[0]));
            assertEquals(2, tr.firstAtOrAfter(25));
            assertEquals(5, tr.firstAtOrAfter(51));
        }
    }

    @Test
    void pagePointersResolveToPfns() {
        TraceBuilder b = new TraceBuilder(Path.of("mem"), TraceFormat.TRACE_DAT_V7);
        int alloc = b.type("mm_page_alloc");
        int other = b.type("some_event");
        long vmemmap = 0xffffea0000000000L;
        // two raw pointers with pfns teach base and stride (64 bytes per struct page)
        b.learnPagePointer(vmemmap + 0x100 * 64, 0x100);
        b.learnPagePointer(vmemmap + 0x200 * 64, 0x200);
        int e0 = b.add(1, 0, 1, alloc, 0);
        b.pfn(e0, 0x100);
        int e1 = b.add(2, 0, 1, other, 1);
        b.pagePointer(e1, vmemmap + 0x345 * 64); // never seen with a pfn: computed
        int e2 = b.add(3, 0, 1, other, 2);
        b.learnPagePointer(0x00000000deadbeefL, 0x777); // a %p hash: only exact matches
        b.pagePointer(e2, 0x00000000deadbeefL);
        int e3 = b.add(4, 0, 1, other, 3);
        b.pagePointer(e3, 0x00000000cafef00dL); // unknown hash: no page
        try (Trace tr = b.build(NO_PAYLOAD, ProgressMonitor.NONE, 0, System.nanoTime())) {
            assertArrayEquals(new int[] {1}, tr.eventsOfPfn(0x345));
            assertArrayEquals(new int[] {2}, tr.eventsOfPfn(0x777));
            assertEquals(3, tr.pageCount());
        }
    }

    @Test
    void fieldValuesAreTyped() {
        assertEquals(FieldValue.Kind.HEX, FieldValue.parse("0x1f").kind());
        assertEquals(31, FieldValue.parse("0x1f").longValue(0));
        assertEquals(FieldValue.Kind.HEX, FieldValue.parse("000000004df1cfcc").kind(), "hashed %p");
        assertEquals(FieldValue.Kind.INT, FieldValue.parse("-12").kind());
        assertEquals(16384, FieldValue.parse("16384B").longValue(0));
        assertEquals("16384B", FieldValue.parse("16384B").toString());
        assertEquals(List.of("GFP_KERNEL", "__GFP_ZERO"), FieldValue.parse("GFP_KERNEL|__GFP_ZERO").names());
        assertEquals(FieldValue.Kind.SYMBOL, FieldValue.parse("MM_ANONPAGES").kind());
        assertEquals("a \"b\"", FieldValue.parse("\"a \\\"b\\\"\"").toString());
        assertEquals(FieldValue.Kind.STRING, FieldValue.parse("254:0").kind());
        assertEquals(0xffffffffffffffffL, FieldValue.parse("0xffffffffffffffff").longValue(0));
        assertEquals(List.of("locked", "uptodate", "lru"), PageFlags.decode(0x29, PageFlags.LAYOUT_6));
        assertEquals(List.of("uptodate", "active", "swapbacked"), PageFlags.decode(0x40048, PageFlags.LAYOUT_4));
        assertEquals(List.of("mapped", "anon", "swapbacked"), PageFlags.pagemapFromLetters("Ma b  ").names());
        assertEquals(List.of("file"), PageFlags.pagemap(0).names());
    }

    @Test
    void compactedMapKeepsEveryKeyAndGrowsAgain() {
        LongIntMap m = new LongIntMap(16);
        for (int i = 0; i < 2675; i++) {
            m.put(0x1a000L + 7L * i, i);
        }
        long before = m.residentBytes();
        m.compact();
        assertTrue(m.residentBytes() < before, before + " -> " + m.residentBytes());
        for (int i = 0; i < 2675; i++) {
            assertEquals(i, m.get(0x1a000L + 7L * i));
        }
        assertEquals(-1, m.get(5));
        for (int i = 2675; i < 5000; i++) {
            m.put(0x1a000L + 7L * i, i);
        }
        for (int i = 0; i < 5000; i++) {
            assertEquals(i, m.get(0x1a000L + 7L * i));
        }
    }
}
