package org.pagelab.ui.scenario;

/** Identifiers of the scenario tools that other bundles and tests may refer to. */
public final class ScenarioUi {
    public static final String PLUGIN_ID = "org.pagelab.ui.scenario";
    /** The multi-page scenario editor (Source and Lanes) for .pgl and .litmus files. */
    public static final String EDITOR_SCENARIO = "org.pagelab.ui.scenario.editor";
    /** Problem markers of scenario files (parser and checker errors). */
    public static final String MARKER_PROBLEM = "org.pagelab.ui.scenario.problem";
    /** The New Scenario wizard. */
    public static final String WIZARD_NEW_SCENARIO = "org.pagelab.ui.scenario.newScenario";
    /** The Verdict view: the last exploration's verdict, expectation, states, time, what was found. */
    public static final String VIEW_VERDICT = "org.pagelab.ui.scenario.views.verdict";
    /** The Counterexample view: the steps in CPU columns, each with its stack and changes. */
    public static final String VIEW_COUNTEREXAMPLE = "org.pagelab.ui.scenario.views.counterexample";
    /** File extensions of scenario files. */
    public static final String[] EXTENSIONS = { "pgl", "litmus" };

    private ScenarioUi() {
    }
}
