package org.pagelab.ui.findings.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pagelab.model.findings.Severity;

/** Title, text, severity and tags of a finding. */
final class FindingDialog extends TitleAreaDialog {
    private final String what;
    private String title;
    private String text;
    private Severity severity;
    private List<String> tags;
    private Text titleField;
    private Text textField;
    private Combo severityField;
    private Text tagsField;

    FindingDialog(Shell shell, String what, String title, String text, Severity severity, List<String> tags) {
        super(shell);
        this.what = what;
        this.title = title == null ? "" : title;
        this.text = text == null ? "" : text;
        this.severity = severity == null ? Severity.NOTE : severity;
        this.tags = tags == null ? List.of() : tags;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Finding");
        setMessage(what);
        getShell().setText("Finding");
        Composite c = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        new Label(c, SWT.NONE).setText("&Title:");
        titleField = new Text(c, SWT.BORDER);
        titleField.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(titleField);
        new Label(c, SWT.NONE).setText("&Severity:");
        severityField = new Combo(c, SWT.READ_ONLY);
        for (Severity s : Severity.VALUES) {
            severityField.add(s.getLiteral());
        }
        severityField.select(severity.getValue());
        new Label(c, SWT.NONE).setText("T&ags:");
        tagsField = new Text(c, SWT.BORDER);
        tagsField.setText(String.join(", ", tags));
        tagsField.setMessage("comma-separated: data-loss, barrier, fork");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tagsField);
        Label l = new Label(c, SWT.NONE);
        l.setText("Te&xt:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
        textField = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        textField.setText(text);
        GridDataFactory.fillDefaults().grab(true, true).hint(480, 200).applyTo(textField);
        titleField.addModifyListener(e -> validate());
        validate();
        return area;
    }

    private void validate() {
        boolean ok = !titleField.getText().isBlank();
        setErrorMessage(ok ? null : "A finding needs a title.");
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(ok);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    @Override
    protected void okPressed() {
        title = titleField.getText().strip();
        text = textField.getText().replace("\r\n", "\n");
        severity = Severity.get(severityField.getSelectionIndex());
        tags = splitTags(tagsField.getText());
        super.okPressed();
    }

    static List<String> splitTags(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.split("[,\\s]+")) {
            if (!t.isBlank() && !out.contains(t.strip())) {
                out.add(t.strip());
            }
        }
        return out;
    }

    String title() {
        return title;
    }

    String text() {
        return text;
    }

    Severity severity() {
        return severity;
    }

    List<String> tags() {
        return tags;
    }
}
