/**
 */
package org.pagelab.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An element with a body of statements: text = head + statements + tail + '}'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.scenario.Block#getHead <em>Head</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Block#getStatements <em>Statements</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Block#getTail <em>Tail</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.scenario.ScenarioPackage#getBlock()
 * @model abstract="true"
 * @generated
 */
public interface Block extends Element {
	/**
	 * Returns the value of the '<em><b>Head</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Source from the start of the element up to and including the opening brace.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Head</em>' attribute.
	 * @see #setHead(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getBlock_Head()
	 * @model default=""
	 * @generated
	 */
	String getHead();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Block#getHead <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Head</em>' attribute.
	 * @see #getHead()
	 * @generated
	 */
	void setHead(String value);

	/**
	 * Returns the value of the '<em><b>Statements</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.scenario.Statement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The statements of the body in program order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statements</em>' containment reference list.
	 * @see org.pagelab.model.scenario.ScenarioPackage#getBlock_Statements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Statement> getStatements();

	/**
	 * Returns the value of the '<em><b>Tail</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * White space and comments between the last statement and the closing brace.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tail</em>' attribute.
	 * @see #setTail(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getBlock_Tail()
	 * @model default=""
	 * @generated
	 */
	String getTail();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Block#getTail <em>Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tail</em>' attribute.
	 * @see #getTail()
	 * @generated
	 */
	void setTail(String value);

} // Block
