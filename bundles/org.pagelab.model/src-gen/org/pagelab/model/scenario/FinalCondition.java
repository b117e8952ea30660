/**
 */
package org.pagelab.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Final Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The final condition: exists (C), ~exists (C) or forall (C).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.scenario.FinalCondition#getQuantifier <em>Quantifier</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.FinalCondition#getExpression <em>Expression</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.scenario.ScenarioPackage#getFinalCondition()
 * @model
 * @generated
 */
public interface FinalCondition extends Element {
	/**
	 * Returns the value of the '<em><b>Quantifier</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pagelab.model.scenario.Quantifier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * exists, ~exists or forall.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quantifier</em>' attribute.
	 * @see org.pagelab.model.scenario.Quantifier
	 * @see #setQuantifier(Quantifier)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getFinalCondition_Quantifier()
	 * @model
	 * @generated
	 */
	Quantifier getQuantifier();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.FinalCondition#getQuantifier <em>Quantifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantifier</em>' attribute.
	 * @see org.pagelab.model.scenario.Quantifier
	 * @see #getQuantifier()
	 * @generated
	 */
	void setQuantifier(Quantifier value);

	/**
	 * Returns the value of the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The condition as written, without the outer parentheses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expression</em>' attribute.
	 * @see #setExpression(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getFinalCondition_Expression()
	 * @model
	 * @generated
	 */
	String getExpression();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.FinalCondition#getExpression <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expression</em>' attribute.
	 * @see #getExpression()
	 * @generated
	 */
	void setExpression(String value);

} // FinalCondition
