/**
 */
package org.pagelab.model.scenario;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A top-level piece of the file. Its text is leading + its own source.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.scenario.Element#getLeading <em>Leading</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Element#getText <em>Text</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Element#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.scenario.ScenarioPackage#getElement()
 * @model abstract="true"
 * @generated
 */
public interface Element extends EObject {
	/**
	 * Returns the value of the '<em><b>Leading</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * White space and comments between the previous element and this one, verbatim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leading</em>' attribute.
	 * @see #setLeading(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getElement_Leading()
	 * @model default=""
	 * @generated
	 */
	String getLeading();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Element#getLeading <em>Leading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leading</em>' attribute.
	 * @see #getLeading()
	 * @generated
	 */
	void setLeading(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source text of the element (for blocks: unused, see Block).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getElement_Text()
	 * @model default=""
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Element#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based line where the element started when the file was read (0 for elements added since).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getElement_Line()
	 * @model default="0"
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Element#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

} // Element
