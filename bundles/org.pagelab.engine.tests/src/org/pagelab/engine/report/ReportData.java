package org.pagelab.engine.report;

import java.nio.file.Path;

import org.pagelab.engine.TestFiles;

/** The small mail, findings and golden files of the report tests (data/report of this fragment). */
public final class ReportData {
    private ReportData() {
    }

    public static Path data(String name) {
        return TestFiles.project().resolve("bundles/org.pagelab.engine.tests/data/report").resolve(name);
    }
}
