package org.pagelab.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void versionStartsWithReleaseNumber() {
        assertTrue(Version.get().startsWith("0.1.0"), Version.get());
    }
}
