package org.pagelab.engine.explore;

import java.util.List;

import org.pagelab.engine.lang.Ast;

/**
 * What an exploration found.
 *
 * @param verdict          Never/Sometimes/Always of the final condition, or null when the run was
 *                         incomplete and the verdict is not decided yet
 * @param complete         every state was explored (no budget ran out, not canceled)
 * @param incomplete       why not: "states", "time", "memory" or "canceled" (null when complete)
 * @param states           distinct states stored
 * @param transitions      steps taken (edges)
 * @param finals           executions that ended (normally or at a violation counted by the condition)
 * @param positive         executions satisfying the condition (after the filter)
 * @param negative         executions not satisfying it
 * @param witness          the shortest execution that makes the verdict (condition true for exists /
 *                         ~exists, false for forall), or null
 * @param violations       one shortest trace per violation name found
 * @param unexpected       violations the condition does not mention (they make a check fail)
 * @param reduced          whether partial-order reduction was on
 */
public record ExploreResult(Ast.Verdict verdict, boolean complete, String incomplete, long states, long transitions,
        long finals, long positive, long negative, long millis, int depth, Trace witness, List<Trace> violations,
        boolean unexpected, boolean reduced) {
}
