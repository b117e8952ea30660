package org.pagelab.ui.scenario.internal.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.pagelab.ui.scenario.internal.Catalog;

/**
 * The launch dialog of Explore: memory model, the variant of each library
 * function that has variants (the file's own choice by default), budgets.
 * The choices are remembered per file by the caller.
 */
public final class ExploreDialog extends TitleAreaDialog {
    static final Map<String, String> MODEL_TEXT = Map.of(
            "sc", "SC: every interleaving of the threads, checked exhaustively; shortest counterexample step by step",
            "lkmm", "LKMM: the Linux kernel memory model (tools/memory-model), axiomatic; a witness execution",
            "tso", "TSO: x86-TSO, axiomatic; a witness execution");

    private final String fileName;
    private final List<Catalog.Fn> variantFunctions;
    private final Map<String, String> fileChoices;
    private LaunchConfig config;
    private Combo model;
    private Label modelText;
    private final List<Combo> variantCombos = new ArrayList<>();
    private Spinner timeout;
    private Text maxStates;

    /**
     * @param variantFunctions the functions with variants (library and scenario)
     * @param fileChoices      the file's own variant lines (function -> variant)
     */
    public ExploreDialog(Shell shell, String fileName, List<Catalog.Fn> variantFunctions, Map<String, String> fileChoices,
            LaunchConfig initial) {
        super(shell);
        this.fileName = fileName;
        this.variantFunctions = variantFunctions;
        this.fileChoices = fileChoices;
        this.config = initial;
    }

    @Override
    protected void configureShell(Shell s) {
        super.configureShell(s);
        s.setText("Explore");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Explore " + fileName);
        setMessage("Choose the memory model and the kernel variants; the choices are remembered for this file.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.setLayout(new GridLayout(2, false));
        new Label(c, SWT.NONE).setText("Memory model:");
        model = new Combo(c, SWT.READ_ONLY);
        for (String m : LaunchConfig.MODELS) {
            model.add(m);
        }
        model.select(Math.max(0, LaunchConfig.MODELS.indexOf(config.model())));
        new Label(c, SWT.NONE);
        modelText = new Label(c, SWT.WRAP);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 420;
        modelText.setLayoutData(gd);
        modelText.setText(MODEL_TEXT.get(config.model()));
        model.addListener(SWT.Selection, e -> modelText.setText(MODEL_TEXT.get(model.getText())));

        Group vg = new Group(c, SWT.NONE);
        vg.setText("Kernel variants");
        vg.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        vg.setLayout(new GridLayout(2, false));
        if (variantFunctions.isEmpty()) {
            new Label(vg, SWT.NONE).setText("No function of this scenario or of the library has variants.");
        }
        for (Catalog.Fn f : variantFunctions) {
            new Label(vg, SWT.NONE).setText(f.name() + ":");
            Combo cb = new Combo(vg, SWT.READ_ONLY);
            String own = fileChoices.get(f.name());
            cb.add("as in the file (" + (own == null ? "default" : own) + ")");
            for (String v : f.variants()) {
                cb.add(v);
            }
            String chosen = config.variants().get(f.name());
            int idx = chosen == null ? 0 : f.variants().indexOf(chosen) + 1;
            cb.select(Math.max(0, idx));
            cb.setData(f);
            variantCombos.add(cb);
        }

        Group bg = new Group(c, SWT.NONE);
        bg.setText("Budgets (past them the verdict is Incomplete, never wrong)");
        bg.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        bg.setLayout(new GridLayout(2, false));
        new Label(bg, SWT.NONE).setText("Time (seconds):");
        timeout = new Spinner(bg, SWT.BORDER);
        timeout.setValues(config.timeoutSeconds(), 1, 24 * 3600, 0, 10, 60);
        new Label(bg, SWT.NONE).setText("States (0 = the engine's default):");
        maxStates = new Text(bg, SWT.BORDER);
        maxStates.setText(String.valueOf(config.maxStates()));
        maxStates.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        maxStates.addModifyListener(e -> validate());
        return area;
    }

    private boolean validate() {
        try {
            long v = Long.parseLong(maxStates.getText().strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            setErrorMessage(null);
            if (getButton(IDialogConstants.OK_ID) != null) {
                getButton(IDialogConstants.OK_ID).setEnabled(true);
            }
            return true;
        } catch (NumberFormatException e) {
            setErrorMessage("States: a whole number (0 for the engine's default)");
            if (getButton(IDialogConstants.OK_ID) != null) {
                getButton(IDialogConstants.OK_ID).setEnabled(false);
            }
            return false;
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Explore", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        if (!validate()) {
            return;
        }
        Map<String, String> v = new LinkedHashMap<>();
        for (Combo cb : variantCombos) {
            Catalog.Fn f = (Catalog.Fn) cb.getData();
            if (cb.getSelectionIndex() > 0) {
                v.put(f.name(), f.variants().get(cb.getSelectionIndex() - 1));
            }
        }
        config = new LaunchConfig(model.getText(), v, timeout.getSelection(), Long.parseLong(maxStates.getText().strip()));
        super.okPressed();
    }

    /** The chosen configuration (after OK). */
    public LaunchConfig config() {
        return config;
    }

    // ------------------------------------------------------------ for tests

    /** Chooses a model and a variant by name, as a user would in the combos. */
    public void choose(String modelName, String function, String variant) {
        model.select(LaunchConfig.MODELS.indexOf(modelName));
        for (Combo cb : variantCombos) {
            Catalog.Fn f = (Catalog.Fn) cb.getData();
            if (f.name().equals(function)) {
                cb.select(variant == null ? 0 : f.variants().indexOf(variant) + 1);
            }
        }
    }

    /** Presses Explore. */
    public void accept() {
        okPressed();
    }

    /** The variant functions listed (for tests). */
    public List<String> listedFunctions() {
        return variantFunctions.stream().map(Catalog.Fn::name).toList();
    }
}
