package org.pagelab.ui.findings.internal;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.pagelab.model.FindingsFiles;
import org.pagelab.model.findings.SubjectKind;

/** Which scenario the export commands work on: the active editor's, else the Findings view's. */
final class ReplySubject {
    private ReplySubject() {
    }

    static Path scenario(IWorkbenchPage page) {
        Path f = Targets.activeFile(page);
        if (f != null && FindingsFiles.kindOf(f) == SubjectKind.SCENARIO) {
            return f;
        }
        Path c = FindingsStore.get().current();
        return c != null && FindingsFiles.kindOf(c) == SubjectKind.SCENARIO ? c : null;
    }
}
