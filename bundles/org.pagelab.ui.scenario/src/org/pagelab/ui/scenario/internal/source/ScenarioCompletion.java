package org.pagelab.ui.scenario.internal.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.pagelab.ui.scenario.internal.Catalog;

/**
 * Content assist of the Source page: after {@code variant } the library
 * functions that have variants, inside {@code variant f = "} the variants
 * of f, after {@code ->} or {@code .} the fields of the struct the variable
 * points to (all structs' fields when its type is not declared in the
 * file), elsewhere the primitives and library functions with their
 * parameters.
 */
public final class ScenarioCompletion implements IContentAssistProcessor {
    private static final Pattern VARIANT_FN = Pattern.compile("\\bvariant\\s+(\\w*)$");
    private static final Pattern VARIANT_NAME = Pattern.compile("\\bvariant\\s+(\\w+)\\s*=\\s*(\"?)([\\w.-]*)$");
    private static final Pattern MEMBER = Pattern.compile("(\\w+)\\s*(->|\\.)\\s*(\\w*)$");

    private final Supplier<Catalog> catalog;
    private String error;

    public ScenarioCompletion(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        IDocument doc = viewer.getDocument();
        return proposals(doc.get(), offset).toArray(ICompletionProposal[]::new);
    }

    /** The proposals at an offset of a text (what the popup lists). */
    public List<CompletionProposal> proposals(String text, int offset) {
        error = null;
        String line = linePrefix(text, offset);
        Catalog cat = catalog.get();
        List<CompletionProposal> out = new ArrayList<>();
        Matcher m = VARIANT_NAME.matcher(line);
        if (m.find()) {
            Catalog.Fn f = cat.function(m.group(1));
            String prefix = m.group(3);
            boolean quoted = !m.group(2).isEmpty();
            if (f == null || !f.hasVariants()) {
                error = m.group(1) + " has no variants in the library";
                return out;
            }
            int start = offset - prefix.length() - (quoted ? 1 : 0);
            for (String v : f.variants()) {
                if (v.startsWith(prefix)) {
                    String repl = "\"" + v + "\";";
                    out.add(new CompletionProposal(repl, start, offset - start, repl.length(), null, v + " (" + f.name() + ")",
                            null, "Variant " + v + " of " + f.name() + "; the variants are: " + String.join(", ", f.variants())));
                }
            }
            return out;
        }
        m = VARIANT_FN.matcher(line);
        if (m.find()) {
            String prefix = m.group(1);
            for (Catalog.Fn f : cat.functionsWithVariants()) {
                if (f.name().startsWith(prefix)) {
                    String repl = f.name() + " = \"";
                    out.add(new CompletionProposal(repl, offset - prefix.length(), prefix.length(), repl.length(), null,
                            f.name() + " - variants " + String.join(", ", f.variants()), null, info(f)));
                }
            }
            if (out.isEmpty()) {
                error = "no library function with variants" + (prefix.isEmpty() ? "" : " starts with " + prefix);
            }
            return out;
        }
        m = MEMBER.matcher(line);
        if (m.find()) {
            String base = m.group(1);
            String prefix = m.group(3);
            String struct = structOf(text, base);
            Map<String, String> fields = new LinkedHashMap<>();
            for (Catalog.Struct s : cat.structs()) {
                if (struct == null || s.name().equals(struct)) {
                    for (Map.Entry<String, String> f : s.fields().entrySet()) {
                        fields.putIfAbsent(f.getKey(), "struct " + s.name() + "." + f.getKey() + ": " + f.getValue());
                    }
                }
            }
            for (Map.Entry<String, String> f : fields.entrySet()) {
                if (f.getKey().startsWith(prefix)) {
                    out.add(new CompletionProposal(f.getKey(), offset - prefix.length(), prefix.length(), f.getKey().length(),
                            null, f.getKey() + " - " + f.getValue(), null, f.getValue()));
                }
            }
            if (out.isEmpty()) {
                error = struct != null ? "no field of struct " + struct + " starts with '" + prefix + "'"
                        : "no known struct fields (the library defines them: import mm;)";
            }
            return out;
        }
        String prefix = identifierBefore(line);
        String lower = prefix.toLowerCase(Locale.ROOT);
        for (Catalog.Fn f : cat.functions()) {
            if (f.name().toLowerCase(Locale.ROOT).startsWith(lower)) {
                String repl = f.name() + "(" + String.join(", ", f.paramNames()) + ")";
                int cursor = f.name().length() + 1;
                out.add(new CompletionProposal(repl, offset - prefix.length(), prefix.length(), cursor, null,
                        f.signature() + " - " + f.category(), null, info(f)));
            }
        }
        return out;
    }

    static String info(Catalog.Fn f) {
        StringBuilder sb = new StringBuilder(f.signature());
        if (f.doc() != null && !f.doc().isBlank()) {
            sb.append("\n\n").append(f.doc().strip());
        }
        if (f.hasVariants()) {
            sb.append("\n\nVariants: ").append(String.join(", ", f.variants()));
        }
        if (f.file() != null) {
            sb.append("\n\n").append(f.file()).append(':').append(f.line());
            if (f.definition() != null) {
                sb.append("\n").append(f.definition());
            }
        }
        return sb.toString();
    }

    /** "page" for a variable declared as {@code struct page *NAME} in the text, else null. */
    static String structOf(String text, String name) {
        Matcher m = Pattern.compile("struct\\s+(\\w+)\\s*\\*+\\s*" + Pattern.quote(name) + "\\b").matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String linePrefix(String text, int offset) {
        int o = Math.min(offset, text.length());
        int ls = text.lastIndexOf('\n', o - 1) + 1;
        return text.substring(ls, o);
    }

    private static String identifierBefore(String line) {
        int i = line.length();
        while (i > 0 && (Character.isLetterOrDigit(line.charAt(i - 1)) || line.charAt(i - 1) == '_')) {
            i--;
        }
        return line.substring(i);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '>', '.', '"' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return error;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }

    static String wordAt(IDocument doc, int offset) {
        try {
            int s = offset;
            while (s > 0 && (Character.isJavaIdentifierPart(doc.getChar(s - 1)))) {
                s--;
            }
            int e = offset;
            while (e < doc.getLength() && Character.isJavaIdentifierPart(doc.getChar(e))) {
                e++;
            }
            return doc.get(s, e - s);
        } catch (BadLocationException ex) {
            return "";
        }
    }
}
