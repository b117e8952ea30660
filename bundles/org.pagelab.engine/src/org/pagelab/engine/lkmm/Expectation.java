package org.pagelab.engine.lkmm;

import java.util.Locale;

/**
 * The {@code Result:} line of a litmus test and how a verdict is judged
 * against it, following the kernel's tools/memory-model/scripts/judgelitmus.sh:
 * <ul>
 * <li>{@code Never}, {@code Sometimes}, {@code Always}: the observation must be
 * that, and the LKMM must not flag a data race;</li>
 * <li>{@code ... DATARACE}: the LKMM must flag a data race; a different
 * observation is then forgiven (the prediction assumed orderings the LKMM
 * does not give plain accesses, e.g. a control dependency to a plain
 * store);</li>
 * <li>{@code Maybe}, {@code DEADLOCK}, {@code Flag ...} and anything else: not an
 * oracle.</li>
 * </ul>
 *
 * @param outcome  Never / Sometimes / Always, or null when not an oracle
 * @param dataRace whether a data race is predicted
 * @param text     the Result: text as written
 */
public record Expectation(String outcome, boolean dataRace, String text) {

    /** Parses the text after "Result:" (null gives no expectation). */
    public static Expectation parse(String result) {
        if (result == null || result.isBlank()) {
            return new Expectation(null, false, result);
        }
        String[] words = result.strip().split("[\\s,;.]+");
        String first = words[0].toLowerCase(Locale.ROOT);
        String outcome = switch (first) {
            case "never" -> "Never";
            case "sometimes" -> "Sometimes";
            case "always" -> "Always";
            default -> null;
        };
        boolean race = false;
        for (String w : words) {
            race |= w.equals("DATARACE");
        }
        return new Expectation(outcome, race, result.strip());
    }

    public boolean isOracle() {
        return outcome != null;
    }

    /** How a verdict compares: null without an oracle. */
    public Judgement judge(String verdict, boolean raceFlagged) {
        if (!isOracle() || verdict == null) {
            return null;
        }
        if (dataRace) {
            if (!raceFlagged) {
                return new Judgement(false, "predicted data race not flagged");
            }
            return outcome.equals(verdict) ? new Judgement(true, null)
                    : new Judgement(true, "observation " + verdict + " forgiven: the data race is flagged (judgelitmus.sh)");
        }
        if (raceFlagged) {
            return new Judgement(false, "unexpected data race flagged");
        }
        return new Judgement(outcome.equals(verdict), null);
    }

    /** A match (true/false) with an optional explanation. */
    public record Judgement(boolean match, String note) {
    }
}
