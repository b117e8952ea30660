package org.pagelab.engine.sem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unknown names, type errors and unbounded loops are located errors. */
class CompileErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown function       | P0(int *x) { WRITE_ONC(*x, 1); }                                        | t.pgl:3:14: error: unknown function 'WRITE_ONC' (did you mean 'WRITE_ONCE'?)
            unknown identifier     | P0(int *x) { int r; r = READ_ONCE(*y); }                                 | t.pgl:3:36: error: unknown identifier 'y'
            unknown register       | P0(int *x) { int r; r = READ_ONCE(*x); }\\nexists (0:q=1)                | t.pgl:4:9: error: P0 has no register 'q'
            unknown thread         | P0(int *x) { int r; }\\nexists (3:r=1)                                   | t.pgl:4:9: error: there is no thread P3 (threads: P0..P0)
            wrong arity            | P0(int *x) { WRITE_ONCE(*x); }                                           | t.pgl:3:14: error: WRITE_ONCE() takes 2 arguments, not 1
            unbounded loop         | P0(int *x) { int i = 0; while (READ_ONCE(*x) == 0) { i = i + 1; } }       | t.pgl:3:25: error: unbounded loop: 'i' carries a value from one iteration to the next, so the state may never repeat; bound the loop (for (i = 0; i < N; i++)) or make it a retry loop that starts afresh (declare 'i' inside the loop)
            unbounded goto loop    | P0(int *x) { int n = 0; again: n++; if (READ_ONCE(*x)) goto again; }      | t.pgl:3:56: error: unbounded retry loop: 'n' carries a value from one iteration to the next, so the state may never repeat; bound the loop (for (i = 0; i < N; i++)) or make it a retry loop that starts afresh (declare 'n' inside the loop)
            counting loop ok badly | P0(int *x) { int i; for (i = 0; i < 3; i--) WRITE_ONCE(*x, i); }         | t.pgl:3:21: error: unbounded loop: 'i' carries a value from one iteration to the next, so the state may never repeat; bound the loop (for (i = 0; i < N; i++)) or make it a retry loop that starts afresh (declare 'i' inside the loop)
            address of register    | P0(int *x) { int r; WRITE_ONCE(*x, &r); }                                | t.pgl:3:36: error: cannot take the address of 'r': locals and globals are registers, not memory
            unknown struct         | P0(struct page *p) { }                                                   | t.pgl:3:17: error: no object named 'p': a parameter of type struct page * must name a variable of the setup block
            location as free name  | P0(int *x) { int r; r = READ_ONCE(*y); }\\nP1(int *y) { }                | t.pgl:3:36: error: location 'y' must be a parameter of the thread to be used here, as in litmus tests: P0(int *y)
            bad violation name     | P0(int *x) { }\\nexists (violation(use-after-fre))                       | t.pgl:4:9: error: unknown violation 'use-after-fre' (known: assert, bad-page-free, bug, deadlock, dirty-data-lost, livelock, oops, refcount-negative, use-after-free, warning, write-during-writeback) (did you mean 'use-after-free'?)
            unknown variant        | variant foo = "v2";\\nP0(int *x) { }                                     | t.pgl:3:9: error: variant selected for unknown function 'foo'
            unknown module         | import linux;\\nP0(int *x) { }                                           | t.pgl:3:8: error: unknown library module 'linux' (the kernel model is 'import mm;')
            """)
    void locatedErrors(String what, String body, String expected) {
        String text = "C t\n{}\n" + body.replace("\\n", "\n") + "\n";
        assertEquals(expected, Scenarios.error(text), what);
    }
}
