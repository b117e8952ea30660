package org.pagelab.ui.scenario.internal.wizard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The starting points of the New Scenario wizard (resources in templates/ of this bundle). */
public final class Templates {
    /** A template: what the wizard lists, the resource, a description. */
    public record Template(String label, String resource, String description) {
        /** The template's text with the scenario name filled in. */
        public String text(String name) throws IOException {
            try (InputStream in = Templates.class.getResourceAsStream("/templates/" + resource)) {
                if (in == null) {
                    throw new IOException("template " + resource + " is missing from the bundle");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${name}", name);
            }
        }
    }

    public static final List<Template> ALL = List.of(
            new Template("Empty", "empty.pgl", "A header with the expected verdict, one thread, a final condition."),
            new Template("Two CPUs", "two-cpus.pgl",
                    "Two named CPUs racing on two locations (store buffering): replace the accesses by your race's operations."),
            new Template("Seed race S1: MADV_FREE reclaim vs direct IO (racy core)", "s1-racy-core.pgl",
                    "gup-fast's refcount increment and PTE re-read against try_to_unmap_one's PTE clear and refcount "
                            + "read, as Yu Zhao reduced it; Sometimes under the LKMM (arm64's xchg_relaxed)."),
            new Template("Seed race S1 on the kernel model: MADV_FREE reclaim vs direct IO (5.16)", "s1-madv-free-dio.pgl",
                    "The whole race over the MM library (import mm): a DIO read through gup-fast against reclaim's "
                            + "try_to_unmap_one as in 5.16; switch the variant to v2 or v3 to see the fix."));

    private Templates() {
    }
}
