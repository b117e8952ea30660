package org.pagelab.engine.report;

import java.nio.file.Path;

import org.pagelab.engine.TestFiles;

/**
 * The inputs of the report tests: example mails (examples/mail: parts of
 * the seed 000 thread as an mbox and an .eml) and golden files (data/report
 * of this fragment).
 */
public final class ReportData {
    private ReportData() {
    }

    public static Path data(String name) {
        Path mail = TestFiles.project().resolve("examples/mail").resolve(name);
        return java.nio.file.Files.exists(mail) ? mail
                : TestFiles.project().resolve("bundles/org.pagelab.engine.tests/data/report").resolve(name);
    }
}
