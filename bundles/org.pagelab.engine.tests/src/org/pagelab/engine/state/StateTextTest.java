package org.pagelab.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pagelab.engine.TestFiles;
import org.pagelab.engine.report.Json;
import org.pagelab.model.MmStates;
import org.pagelab.model.mm.MMState;

class StateTextTest {
    private static MMState s1() throws Exception {
        return MmStates.load(TestFiles.project().resolve("examples/states/s1-setup.mmstate"));
    }

    @Test
    void textShowsPagesAndDecodedPtes() throws Exception {
        String t = StateText.of(s1());
        List<String> lines = t.lines().toList();
        assertTrue(lines.contains("page  pfn      order  refcount  mapcount  pins  flags              mapping/index          data"), t);
        assertTrue(lines.contains("P     0x1a2b3  0      1         1         0     uptodate|lru|anon  anon buf @0x7f0000000  1"), t);
        assertTrue(lines.contains("      pte 0x7f0000000000: present pfn=0x1a2b3 (P) write exclusive"), t);
        assertTrue(lines.contains("mm mm0 (pid 4242)  mmap_lock unlocked"), t);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonNamesFeaturesAndReferences() throws Exception {
        Map<String, Object> j = StateJson.of(s1());
        assertEquals("MMState", j.get("class"));
        Map<String, Object> page = ((List<Map<String, Object>>) j.get("pages")).get(0);
        assertEquals("0x1a2b3", page.get("pfn"));
        assertEquals(1, page.get("refcount"));
        assertEquals(List.of("uptodate", "lru", "anon"), page.get("flags"));
        assertEquals("buf", page.get("anonVma"));
        Map<String, Object> lock = (Map<String, Object>) page.get("lock");
        assertEquals("Lock", lock.get("class"));
        assertEquals("page_lock", lock.get("kind"));
        String text = Json.write(j, false);
        assertTrue(text.startsWith("{\"class\":\"MMState\",\"name\":\"s1-setup\""), text);
    }

    @Test
    void jsonEscapesControlCharacters() {
        assertEquals("[\"a\\\"b\\\\c\\n\\u0001\",1,true,null,2.5]", Json.write(java.util.Arrays.asList("a\"b\\c\n\u0001", 1, true, null, 2.5)));
    }
}
