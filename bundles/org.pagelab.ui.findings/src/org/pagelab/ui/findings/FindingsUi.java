package org.pagelab.ui.findings;

/**
 * Identifiers of the findings tools. What other views must do for them:
 * put {@link org.pagelab.engine.findings.Refs} records (a counterexample
 * step or range, a trace event or time range) or the EMF Page/Vma of the
 * state shown into the workbench selection (directly or through
 * {@code IAdaptable}), and accept the same records in "Show In"
 * ({@code IShowInTarget}) to navigate back to them.
 */
public final class FindingsUi {
    public static final String PLUGIN_ID = "org.pagelab.ui.findings";
    /** The Findings view. */
    public static final String VIEW_FINDINGS = "org.pagelab.ui.findings.views.findings";
    /** Annotate the selection with a finding. */
    public static final String COMMAND_ADD = "org.pagelab.ui.findings.commands.add";
    /** Export the mailing-list reply of the open scenario. */
    public static final String COMMAND_REPLY = "org.pagelab.ui.findings.commands.reply";
    /** Export the open scenario as a .litmus file. */
    public static final String COMMAND_LITMUS = "org.pagelab.ui.findings.commands.litmus";
    /** The scenario tools' Counterexample view (a "Show In" target for steps). */
    public static final String VIEW_COUNTEREXAMPLE = "org.pagelab.ui.scenario.views.counterexample";

    private FindingsUi() {
    }
}
