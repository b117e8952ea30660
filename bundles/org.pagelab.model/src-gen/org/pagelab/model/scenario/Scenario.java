/**
 */
package org.pagelab.model.scenario;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A scenario or litmus file as an editable model. The text format is the file format: every element and statement keeps the exact source text it was read from (with the comments and white space around it), so writing an untouched model gives the original text back; an edit regenerates only the text of what it changed. Read and written by org.pagelab.engine.edit (ScenarioReader, ScenarioWriter); edit it through ScenarioEdits so that texts stay in step with fields.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.scenario.Scenario#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Scenario#getExpected <em>Expected</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Scenario#getMemoryModel <em>Memory Model</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Scenario#getElements <em>Elements</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Scenario#getTrailing <em>Trailing</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.scenario.ScenarioPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends EObject {
	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file the scenario was read from (for messages), or empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getScenario_FileName()
	 * @model
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Scenario#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>Expected</b></em>' attribute.
	 * The default value is <code>"unspecified"</code>.
	 * The literals are from the enumeration {@link org.pagelab.model.scenario.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The expected verdict from the Result: line of a header comment (unspecified when there is none). Change it with ScenarioEdits.setExpected, which rewrites the comment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected</em>' attribute.
	 * @see org.pagelab.model.scenario.Verdict
	 * @see #setExpected(Verdict)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getScenario_Expected()
	 * @model default="unspecified"
	 * @generated
	 */
	Verdict getExpected();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Scenario#getExpected <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected</em>' attribute.
	 * @see org.pagelab.model.scenario.Verdict
	 * @see #getExpected()
	 * @generated
	 */
	void setExpected(Verdict value);

	/**
	 * Returns the value of the '<em><b>Memory Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The memory model the expected verdict refers to (the Model: line of the header comment: sc, tso, lkmm), or empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory Model</em>' attribute.
	 * @see #setMemoryModel(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getScenario_MemoryModel()
	 * @model
	 * @generated
	 */
	String getMemoryModel();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Scenario#getMemoryModel <em>Memory Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Model</em>' attribute.
	 * @see #getMemoryModel()
	 * @generated
	 */
	void setMemoryModel(String value);

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.scenario.Element}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The top-level elements in source order: header line, imports, variant choices, declarations, initial state, setup, threads, after, locations, filter, final condition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see org.pagelab.model.scenario.ScenarioPackage#getScenario_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Element> getElements();

	/**
	 * Returns the value of the '<em><b>Trailing</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * White space and comments after the last element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trailing</em>' attribute.
	 * @see #setTrailing(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getScenario_Trailing()
	 * @model default=""
	 * @generated
	 */
	String getTrailing();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Scenario#getTrailing <em>Trailing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trailing</em>' attribute.
	 * @see #getTrailing()
	 * @generated
	 */
	void setTrailing(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The header line (C name).
	 * <!-- end-model-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='for (Element e : getElements()) { if (e instanceof Header x) { return x; } } return null;'"
	 * @generated
	 */
	Header header();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The threads in order (P0, P1, ...).
	 * <!-- end-model-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='org.eclipse.emf.common.util.BasicEList&lt;ThreadBlock&gt; out = new org.eclipse.emf.common.util.BasicEList&lt;&gt;(); for (Element e : getElements()) { if (e instanceof ThreadBlock x) { out.add(x); } } return org.eclipse.emf.common.util.ECollections.unmodifiableEList(out);'"
	 * @generated
	 */
	EList<ThreadBlock> threads();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The imported library modules.
	 * <!-- end-model-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='org.eclipse.emf.common.util.BasicEList&lt;Import&gt; out = new org.eclipse.emf.common.util.BasicEList&lt;&gt;(); for (Element e : getElements()) { if (e instanceof Import x) { out.add(x); } } return org.eclipse.emf.common.util.ECollections.unmodifiableEList(out);'"
	 * @generated
	 */
	EList<Import> imports();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The variant selections.
	 * <!-- end-model-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='org.eclipse.emf.common.util.BasicEList&lt;VariantChoice&gt; out = new org.eclipse.emf.common.util.BasicEList&lt;&gt;(); for (Element e : getElements()) { if (e instanceof VariantChoice x) { out.add(x); } } return org.eclipse.emf.common.util.ECollections.unmodifiableEList(out);'"
	 * @generated
	 */
	EList<VariantChoice> variantChoices();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The litmus initial-state block, or null.
	 * <!-- end-model-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='for (Element e : getElements()) { if (e instanceof InitState x) { return x; } } return null;'"
	 * @generated
	 */
	InitState initState();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The setup block, or null.
	 * <!-- end-model-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='for (Element e : getElements()) { if (e instanceof SetupBlock x) { return x; } } return null;'"
	 * @generated
	 */
	SetupBlock setup();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The after block, or null.
	 * <!-- end-model-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='for (Element e : getElements()) { if (e instanceof AfterBlock x) { return x; } } return null;'"
	 * @generated
	 */
	AfterBlock after();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The filter clause, or null.
	 * <!-- end-model-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='for (Element e : getElements()) { if (e instanceof Filter x) { return x; } } return null;'"
	 * @generated
	 */
	Filter filter();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The final condition, or null.
	 * <!-- end-model-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='for (Element e : getElements()) { if (e instanceof FinalCondition x) { return x; } } return null;'"
	 * @generated
	 */
	FinalCondition condition();

} // Scenario
