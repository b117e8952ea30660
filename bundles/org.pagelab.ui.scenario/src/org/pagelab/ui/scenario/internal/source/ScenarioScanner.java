package org.pagelab.ui.scenario.internal.source;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** Feeds the presentation reconciler with the spans of {@link Highlighting}. */
final class ScenarioScanner implements ITokenScanner {
    private static final Map<Highlighting.Kind, IToken> TOKENS = new EnumMap<>(Highlighting.Kind.class);

    static {
        TOKENS.put(Highlighting.Kind.DEFAULT, new Token(null));
        TOKENS.put(Highlighting.Kind.COMMENT, token(new RGB(63, 127, 95), SWT.NORMAL));
        TOKENS.put(Highlighting.Kind.KEYWORD, token(new RGB(127, 0, 85), SWT.BOLD));
        TOKENS.put(Highlighting.Kind.TYPE, token(new RGB(127, 0, 85), SWT.NORMAL));
        TOKENS.put(Highlighting.Kind.STRING, token(new RGB(42, 0, 255), SWT.NORMAL));
        TOKENS.put(Highlighting.Kind.NUMBER, token(new RGB(125, 125, 125), SWT.NORMAL));
        TOKENS.put(Highlighting.Kind.FUNCTION, token(new RGB(0, 80, 160), SWT.NORMAL));
        TOKENS.put(Highlighting.Kind.THREAD, token(new RGB(160, 80, 0), SWT.BOLD));
        TOKENS.put(Highlighting.Kind.HEADER, token(new RGB(0, 0, 0), SWT.BOLD));
    }

    private static IToken token(RGB rgb, int style) {
        return new Token(new TextAttribute(new Color(rgb), null, style));
    }

    private String cachedText;
    private List<Highlighting.Span> spans = List.of();
    private int pos;
    private int end;
    private int index;
    private int tokOffset;
    private int tokLength;

    @Override
    public void setRange(IDocument document, int offset, int length) {
        String text = document.get();
        if (!text.equals(cachedText)) {
            cachedText = text;
            spans = Highlighting.spans(text);
        }
        pos = offset;
        end = offset + length;
        index = 0;
        while (index < spans.size() && spans.get(index).offset() + spans.get(index).length() <= offset) {
            index++;
        }
    }

    @Override
    public IToken nextToken() {
        if (pos >= end) {
            return Token.EOF;
        }
        tokOffset = pos;
        if (index < spans.size()) {
            Highlighting.Span s = spans.get(index);
            if (s.offset() <= pos) {
                int e = Math.min(end, s.offset() + s.length());
                tokLength = Math.max(1, e - pos);
                pos += tokLength;
                index++;
                return TOKENS.get(s.kind());
            }
            int e = Math.min(end, s.offset());
            tokLength = e - pos;
            pos = e;
            return TOKENS.get(Highlighting.Kind.DEFAULT);
        }
        tokLength = end - pos;
        pos = end;
        return TOKENS.get(Highlighting.Kind.DEFAULT);
    }

    @Override
    public int getTokenOffset() {
        return tokOffset;
    }

    @Override
    public int getTokenLength() {
        return tokLength;
    }
}
