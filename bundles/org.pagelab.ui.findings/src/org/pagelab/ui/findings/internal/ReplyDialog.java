package org.pagelab.ui.findings.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pagelab.engine.report.Quotes;
import org.pagelab.engine.report.ReplyBuilder;

/**
 * The choices of Export Mailing-List Reply: the message answered, quoting,
 * models and variants, the attachment, trailers, and where the reply goes
 * (clipboard, a .txt file, an .eml file). Remembered between uses.
 */
final class ReplyDialog extends TitleAreaDialog {
    /** Where the reply goes. */
    enum Target {
        CLIPBOARD, TEXT, EML
    }

    private final Path scenario;
    private final IDialogSettings settings;
    private Text replyTo;
    private Text messageId;
    private Combo quote;
    private Text models;
    private Text variants;
    private Text compare;
    private Combo attach;
    private Text trailers;
    private Button link;
    private Button allSteps;
    private Combo target;
    private Text from;

    private ReplyBuilder.Options options;
    private Target chosen;
    private String fromAddress;

    ReplyDialog(Shell shell, Path scenario, IDialogSettings settings) {
        super(shell);
        this.scenario = scenario;
        this.settings = settings;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    private String get(String key, String dflt) {
        String v = settings == null ? null : settings.get(key);
        return v == null ? dflt : v;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText("Export Mailing-List Reply");
        setTitle("Reply for the mailing list");
        setMessage("The interleaving in CPU columns, the findings, the verdicts and " + scenario.getFileName()
                + " as plain text: 72 columns, no tabs.");
        Composite c = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);

        label(c, "&Answer:");
        replyTo = text(c, get("replyTo", ""), "an .eml, mbox or mbox.gz saved from the list archive (optional)");
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.eml;*.mbox;*.gz;*.mbx", "*"});
            String f = d.open();
            if (f != null) {
                replyTo.setText(f);
            }
        });
        label(c, "Message-&ID:");
        messageId = text(c, "", "which message of an mbox (default: the last)");
        span(messageId);
        label(c, "&Quote:");
        quote = combo(c, new String[] {"relevant", "all", "none"}, get("quote", "relevant"));
        label(c, "&Models:");
        models = text(c, get("models", ""), "sc, lkmm, tso (default: the scenario's Model: line)");
        span(models);
        label(c, "&Variants:");
        variants = text(c, get("variants", ""), "try_to_unmap_one=v2 (over the scenario's own)");
        span(variants);
        label(c, "&Compare with:");
        compare = text(c, get("compare", ""), "one run more per variant set; sets separated by ';'");
        span(compare);
        label(c, "A&ttach:");
        attach = combo(c, new String[] {"scenario", "litmus", "none"}, get("attach", "scenario"));
        label(c, "T&railers:");
        trailers = new Text(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        trailers.setText(get("trailers", ""));
        trailers.setMessage("Reported-by: Name <addr>");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(360, 48).applyTo(trailers);
        new Label(c, SWT.NONE);
        link = new Button(c, SWT.CHECK);
        link.setText("&Link: to the answered message on lore.kernel.org");
        link.setSelection(settings != null && settings.getBoolean("link"));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(link);
        new Label(c, SWT.NONE);
        allSteps = new Button(c, SWT.CHECK);
        allSteps.setText("Draw every step (not only those that change state)");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(allSteps);
        label(c, "&Output:");
        target = combo(c, new String[] {"clipboard", "text file", "eml file"}, get("target", "clipboard"));
        label(c, "&From:");
        from = text(c, get("from", ""), "Name <addr> for the .eml (optional)");
        span(from);
        return area;
    }

    private static void label(Composite c, String text) {
        new Label(c, SWT.NONE).setText(text);
    }

    private static Text text(Composite c, String value, String hint) {
        Text t = new Text(c, SWT.BORDER);
        t.setText(value);
        t.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
        return t;
    }

    private static void span(Control t) {
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(t);
    }

    private static Combo combo(Composite c, String[] items, String value) {
        Combo cb = new Combo(c, SWT.READ_ONLY);
        cb.setItems(items);
        int i = java.util.Arrays.asList(items).indexOf(value);
        cb.select(Math.max(0, i));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(cb);
        return cb;
    }

    @Override
    protected void okPressed() {
        try {
            options = parse();
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        chosen = Target.values()[target.getSelectionIndex()];
        fromAddress = from.getText().strip().isEmpty() ? null : from.getText().strip();
        if (settings != null) {
            settings.put("replyTo", replyTo.getText());
            settings.put("quote", quote.getText());
            settings.put("models", models.getText());
            settings.put("variants", variants.getText());
            settings.put("compare", compare.getText());
            settings.put("attach", attach.getText());
            settings.put("trailers", trailers.getText());
            settings.put("link", link.getSelection());
            settings.put("target", target.getText());
            settings.put("from", from.getText());
        }
        super.okPressed();
    }

    private ReplyBuilder.Options parse() {
        ReplyBuilder.Options o = new ReplyBuilder.Options();
        String r = replyTo.getText().strip();
        if (!r.isEmpty()) {
            o.replyTo = Path.of(r);
            if (!java.nio.file.Files.isRegularFile(o.replyTo)) {
                throw new IllegalArgumentException("No such message file: " + r);
            }
            o.messageId = messageId.getText().strip().isEmpty() ? null : messageId.getText().strip();
            o.linkToMessage = link.getSelection();
        } else if (link.getSelection()) {
            throw new IllegalArgumentException("A Link: to the answered message needs the message.");
        }
        o.quote = Quotes.Mode.valueOf(quote.getText().toUpperCase(Locale.ROOT));
        List<String> ms = new ArrayList<>();
        for (String m : models.getText().split("[,\\s]+")) {
            if (!m.isBlank()) {
                ms.add(m.strip());
            }
        }
        o.models = ms;
        o.variants = variants(variants.getText());
        List<Map<String, String>> cmp = new ArrayList<>();
        for (String set : compare.getText().split(";")) {
            if (!set.isBlank()) {
                cmp.add(variants(set));
            }
        }
        o.compare = cmp;
        o.attach = attach.getText();
        List<String> ts = new ArrayList<>();
        for (String t : trailers.getText().split("\\R")) {
            if (t.isBlank()) {
                continue;
            }
            if (!t.strip().matches("[A-Za-z][A-Za-z0-9-]*: *\\S.*")) {
                throw new IllegalArgumentException("A trailer is \"Key: value\", not '" + t.strip() + "'");
            }
            ts.add(t.strip());
        }
        o.trailers = ts;
        o.allSteps = allSteps.getSelection();
        return o;
    }

    static Map<String, String> variants(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : spec.split("[,\\s]+")) {
            if (kv.isBlank()) {
                continue;
            }
            int eq = kv.indexOf('=');
            if (eq <= 0 || eq == kv.length() - 1) {
                throw new IllegalArgumentException("A variant is FUNCTION=VARIANT, not '" + kv + "'");
            }
            m.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
        return m;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Export", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    ReplyBuilder.Options options() {
        return options;
    }

    Target target() {
        return chosen;
    }

    String from() {
        return fromAddress;
    }
}
