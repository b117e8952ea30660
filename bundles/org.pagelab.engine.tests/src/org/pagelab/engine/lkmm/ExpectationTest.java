package org.pagelab.engine.lkmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** judgelitmus.sh's rules for Result: lines. */
class ExpectationTest {
    @Test
    void plainOutcomes() {
        Expectation e = Expectation.parse("Never");
        assertTrue(e.isOracle());
        assertTrue(e.judge("Never", false).match());
        assertFalse(e.judge("Sometimes", false).match());
        assertFalse(e.judge("Never", true).match(), "an unexpected data race fails");
    }

    @Test
    void dataRacePredictionsForgiveTheObservation() {
        Expectation e = Expectation.parse("Never DATARACE");
        assertEquals("Never", e.outcome());
        assertTrue(e.dataRace());
        Expectation.Judgement j = e.judge("Sometimes", true);
        assertTrue(j.match());
        assertTrue(j.note().contains("forgiven"), j.note());
        assertFalse(e.judge("Never", false).match(), "the predicted race must be flagged");
    }

    @Test
    void notOracles() {
        for (String s : new String[] { "Maybe", "DEADLOCK", "Flag srcu-bad-nesting", "", null }) {
            Expectation e = Expectation.parse(s);
            assertFalse(e.isOracle(), String.valueOf(s));
            assertNull(e.judge("Never", false));
        }
    }
}
