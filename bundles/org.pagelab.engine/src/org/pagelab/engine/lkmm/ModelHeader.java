package org.pagelab.engine.lkmm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pagelab.engine.lang.Ast;
import org.pagelab.engine.lang.Diagnostic;
import org.pagelab.engine.lang.Lexer;
import org.pagelab.engine.lang.ScenarioException;

/**
 * The {@code Model:} line of a scenario's header comment, next to
 * {@code Result:}: the memory model the expected verdict refers to
 * ({@code (* Result: Sometimes \n * Model: lkmm *)}). {@code check} uses it as
 * the file's model unless {@code --model} is given.
 */
public final class ModelHeader {
    private static final Pattern MODEL = Pattern.compile("(?m)^[\\s*]*Model:\\s*([A-Za-z0-9_-]+)");

    private ModelHeader() {
    }

    /** The model named in the header, or null when there is no Model: line; an unknown name is an error. */
    public static MemoryModel declared(Ast.Scenario s) throws ScenarioException {
        for (Lexer.Comment c : s.comments()) {
            Matcher m = MODEL.matcher(c.text());
            if (m.find()) {
                String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
                MemoryModel model = MemoryModel.byName(name);
                if (model == null) {
                    int line = c.pos().line() + (int) c.text().substring(0, m.start(1)).chars().filter(ch -> ch == '\n').count();
                    throw new ScenarioException(new Diagnostic(s.file(), line, 1, Diagnostic.Severity.ERROR,
                            "unknown memory model '" + m.group(1) + "' in the Model: line (expected one of "
                                    + String.join(", ", MemoryModel.names()) + ")"));
                }
                return model;
            }
        }
        return null;
    }
}
