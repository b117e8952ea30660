package org.pagelab.ui.scenario.internal.wizard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.pagelab.engine.lang.Parser;
import org.pagelab.engine.lang.ScenarioException;
import org.pagelab.ui.OpenFiles;
import org.pagelab.ui.scenario.internal.Activator;

/**
 * File > New Scenario: a directory, a file name (.pgl), the test name and
 * a template (empty, two CPUs, seed race S1); Finish writes the file
 * (atomically, never over an existing one) and opens it in the scenario
 * editor.
 */
public class NewScenarioWizard extends Wizard implements INewWizard {
    private Page page;
    private Path created;

    public NewScenarioWizard() {
        setWindowTitle("New Scenario");
        setNeedsProgressMonitor(false);
        IDialogSettings root = Activator.get() == null ? null : Activator.get().getDialogSettings();
        if (root != null) {
            IDialogSettings s = root.getSection("NewScenarioWizard");
            setDialogSettings(s != null ? s : root.addNewSection("NewScenarioWizard"));
        }
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The file written by the last Finish (for tests), or null. */
    public Path created() {
        return created;
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        String name = page.testName();
        Templates.Template t = Templates.ALL.get(page.template);
        try {
            String text = t.text(name);
            Parser.parseScenario(file.getFileName().toString(), text); // the template must be valid
            create(file, text);
        } catch (IOException | ScenarioException e) {
            page.setErrorMessage(file + ": " + e.getMessage());
            return false;
        }
        if (getDialogSettings() != null) {
            getDialogSettings().put("dir", file.getParent().toString());
            getDialogSettings().put("template", page.template);
        }
        created = file;
        IWorkbenchPage wp = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        OpenFiles.open(wp, file);
        return true;
    }

    /** Writes a new scenario file; refuses to replace an existing file. */
    public static void create(Path file, String text) throws IOException {
        if (Files.exists(file)) {
            throw new IOException("the file exists already; choose another name");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        org.pagelab.model.MmStates.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The wizard's one page (fields are set programmatically in tests). */
    public final class Page extends WizardPage {
        Text dir;
        Text fileName;
        Text name;
        int template;

        Page() {
            super("scenario");
            setTitle("New scenario");
            setDescription("A race scenario: threads (CPUs) over MM objects, an expected verdict, a final condition.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            new Label(c, SWT.NONE).setText("Directory:");
            dir = new Text(c, SWT.BORDER);
            dir.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            String d = getDialogSettings() == null ? null : getDialogSettings().get("dir");
            dir.setText(d != null ? d : System.getProperty("user.home"));
            Button browse = new Button(c, SWT.PUSH);
            browse.setText("Browse...");
            browse.addListener(SWT.Selection, e -> {
                DirectoryDialog dd = new DirectoryDialog(getShell());
                dd.setFilterPath(dir.getText());
                String r = dd.open();
                if (r != null) {
                    dir.setText(r);
                }
            });
            new Label(c, SWT.NONE).setText("File name:");
            fileName = new Text(c, SWT.BORDER);
            fileName.setText("race.pgl");
            fileName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(c, SWT.NONE).setText("Test name:");
            name = new Text(c, SWT.BORDER);
            name.setMessage("derived from the file name");
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            Label tl = new Label(c, SWT.NONE);
            tl.setText("Start from:");
            tl.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            Composite radios = new Composite(c, SWT.NONE);
            radios.setLayout(new GridLayout(1, false));
            radios.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            int saved = getDialogSettings() == null || getDialogSettings().get("template") == null ? 1
                    : getDialogSettings().getInt("template");
            template = Math.max(0, Math.min(saved, Templates.ALL.size() - 1));
            for (int i = 0; i < Templates.ALL.size(); i++) {
                Templates.Template t = Templates.ALL.get(i);
                Button b = new Button(radios, SWT.RADIO);
                b.setText(t.label());
                b.setToolTipText(t.description());
                b.setSelection(i == template);
                int idx = i;
                b.addListener(SWT.Selection, e -> template = idx);
            }
            dir.addModifyListener(e -> validate());
            fileName.addModifyListener(e -> validate());
            setControl(c);
            validate();
        }

        Path file() {
            String f = fileName.getText().strip();
            if (!f.endsWith(".pgl") && !f.endsWith(".litmus")) {
                f = f + ".pgl";
            }
            return Path.of(dir.getText().strip()).resolve(f);
        }

        String testName() {
            String n = name.getText().strip();
            if (!n.isEmpty()) {
                return n;
            }
            String f = file().getFileName().toString();
            return f.substring(0, f.lastIndexOf('.'));
        }

        /** Sets the fields (tests, and callers that know the place). */
        public void set(Path directory, String file, String testName, int templateIndex) {
            dir.setText(directory.toString());
            fileName.setText(file);
            name.setText(testName == null ? "" : testName);
            template = templateIndex;
            validate();
        }

        private void validate() {
            String msg = null;
            if (dir.getText().isBlank()) {
                msg = "Choose a directory.";
            } else if (fileName.getText().isBlank() || fileName.getText().contains("/")) {
                msg = "Enter a file name (no directories).";
            } else if (Files.exists(file())) {
                msg = file() + " exists already.";
            }
            setErrorMessage(msg);
            setPageComplete(msg == null);
        }
    }

    /** The page, once created. */
    public Page page() {
        return page;
    }
}
