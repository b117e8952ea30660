package org.pagelab.engine.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed inputs give one located error saying what was expected, never an exception trace. */
class ParseErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing semicolon        | C t\\n{}\\nP0(int *x) {\\n  WRITE_ONCE(*x, 1)\\n}\\nexists (x=1) | t.litmus:5:1: error: expected ';' after the expression, found '}'
            unclosed block           | C t\\nP0(int *x) {\\n  WRITE_ONCE(*x, 1);\\n                                        | t.litmus:4:1: error: expected '}' to close the block opened at 2:12, found end of file
            bad condition            | C t\\nP0(int *x) { }\\nexists (0:r1 1)                                              | t.litmus:3:14: error: expected '=' in the condition (e.g. 0:r1=1 or x=2), found number '1'
            no header                | {}\\nP0(int *x) { }                                                                   | t.litmus:1:1: error: expected the header 'C <name>' (as in litmus tests), found '{'
            wrong arch               | X86 t\\nP0(int *x) { }                                                               | t.litmus:1:1: error: expected the architecture 'C' (only C litmus tests and scenarios are supported), found 'X86'
            thread order             | C t\\nP1(int *x) { }                                                                 | t.litmus:2:1: error: expected thread P0, found P1 (threads are numbered from P0 in order)
            unterminated comment     | C t\\n(* Result: Never\\nP0(int *x) { }                                              | t.litmus:2:1: error: unterminated comment (missing *))
            stray character          | C t\\nP0(int *x) { $ }                                                               | t.litmus:2:14: error: unexpected character '$'
            junk after condition     | C t\\nP0(int *x) { }\\nexists (x=1)\\nP1(int *y) { }                                | t.litmus:4:1: error: expected end of file after the final condition, found 'P1'
            bad init                 | C t\\n{ x=1 y=2; }\\nP0(int *x) { }                                                | t.litmus:2:7: error: expected ';' or '}' in the initial state, found 'y'
            duplicate thread name    | C t\\nP0:a(int *x) { }\\nP1:a(int *x) { }                                            | t.litmus:3:1: error: thread name 'a' is already used by P0
            variant without quotes   | C t\\nvariant f = v2;                                                                 | t.litmus:2:13: error: expected a variant name in quotes, e.g. "v2", found 'v2'
            else without if          | C t\\nP0(int *x) { else; }                                                           | t.litmus:2:14: error: 'else' without a matching 'if'
            unknown directive        | C t\\n#include <linux/mm.h>                                                          | t.litmus:2:1: error: unknown directive '#include' (only #define NAME VALUE is supported; use 'import' for the library)
            """)
    void locatedErrors(String what, String source, String expected) {
        String text = source.replace("\\n", "\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Parser.parseScenario("t.litmus", text));
        assertEquals(expected, e.getMessage(), what);
    }
}
