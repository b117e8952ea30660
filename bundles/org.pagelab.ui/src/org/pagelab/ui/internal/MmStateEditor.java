package org.pagelab.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.pagelab.model.MmStates;
import org.pagelab.model.StateFileException;
import org.pagelab.model.mm.MMState;
import org.pagelab.model.mm.Mm;
import org.pagelab.model.mm.ThreadState;
import org.pagelab.engine.state.MmText;
import org.pagelab.ui.MmStateService;
import org.pagelab.ui.OpenFiles;
import org.pagelab.ui.ShownState;

/**
 * Editor for saved MM states (*.mmstate): shows a summary, and while it is
 * the active editor its state fills the Pages, Address space and
 * Properties views. A file that cannot be read shows the located error
 * instead of failing.
 */
public class MmStateEditor extends EditorPart {
    private MMState state;
    private String error;
    private Path file;
    private StyledText text;
    private final IPartListener2 activation = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == MmStateEditor.this) {
                publish();
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        file = OpenFiles.pathOf(input);
        if (file == null) {
            throw new PartInitException("MM states open from local files only: " + input.getName());
        }
        try {
            state = MmStates.load(file);
        } catch (StateFileException e) {
            error = e.getMessage();
        }
        site.getPage().addPartListener(activation);
    }

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
        text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        text.setMargins(8, 8, 8, 8);
        text.setText(error != null ? "Cannot read this state:\n\n" + error : summary(state));
        publish();
    }

    private void publish() {
        if (state != null) {
            MmStateService.get().show(new ShownState(state, file.getFileName().toString()));
        }
    }

    static String summary(MMState s) {
        StringBuilder b = new StringBuilder();
        b.append(s.getName() == null ? "(unnamed state)" : s.getName()).append('\n');
        if (s.getDescription() != null) {
            b.append('\n').append(s.getDescription()).append('\n');
        }
        b.append('\n').append(s.getPages().size()).append(" pages, ").append(s.getMms().size()).append(" mms, ")
                .append(s.getFiles().size()).append(" files, ").append(s.getSwapSlots().size()).append(" swap slots\n\n");
        for (Mm mm : s.getMms()) {
            b.append(MmText.label(mm)).append(": ").append(mm.getVmas().size()).append(" VMAs\n");
        }
        if (!s.getThreads().isEmpty()) {
            b.append("\nThreads:\n");
            for (ThreadState t : s.getThreads()) {
                b.append("  ").append(MmText.label(t));
                if (t.getLocation() != null) {
                    b.append("  ").append(t.getLocation());
                }
                b.append('\n');
            }
        }
        b.append("\nThe Pages, Address space and Properties views show this state while this editor is active.\n");
        return b.toString();
    }

    public MMState state() {
        return state;
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(activation);
        ShownState shown = MmStateService.get().current();
        if (shown != null && shown.state() == state) {
            MmStateService.get().show(null);
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // read-only
    }

    @Override
    public void doSaveAs() {
        // read-only
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
