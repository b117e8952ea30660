/**
 */
package org.pagelab.model.findings;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step Range Anchor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stretch of a counterexample, from one step to another (both included): the counterexample's time range.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.findings.StepRangeAnchor#getFirst <em>First</em>}</li>
 *   <li>{@link org.pagelab.model.findings.StepRangeAnchor#getLast <em>Last</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.findings.FindingsPackage#getStepRangeAnchor()
 * @model
 * @generated
 */
public interface StepRangeAnchor extends Anchor {
	/**
	 * Returns the value of the '<em><b>First</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First</em>' containment reference.
	 * @see #setFirst(StepAnchor)
	 * @see org.pagelab.model.findings.FindingsPackage#getStepRangeAnchor_First()
	 * @model containment="true" required="true"
	 * @generated
	 */
	StepAnchor getFirst();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.StepRangeAnchor#getFirst <em>First</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First</em>' containment reference.
	 * @see #getFirst()
	 * @generated
	 */
	void setFirst(StepAnchor value);

	/**
	 * Returns the value of the '<em><b>Last</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last</em>' containment reference.
	 * @see #setLast(StepAnchor)
	 * @see org.pagelab.model.findings.FindingsPackage#getStepRangeAnchor_Last()
	 * @model containment="true" required="true"
	 * @generated
	 */
	StepAnchor getLast();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.StepRangeAnchor#getLast <em>Last</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last</em>' containment reference.
	 * @see #getLast()
	 * @generated
	 */
	void setLast(StepAnchor value);

} // StepRangeAnchor
