/**
 */
package org.pagelab.model.findings;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Page Anchor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A page: by its name in a scenario (P) or by pfn in a trace.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.findings.PageAnchor#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.findings.PageAnchor#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.pagelab.model.findings.PageAnchor#getAt <em>At</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.findings.FindingsPackage#getPageAnchor()
 * @model
 * @generated
 */
public interface PageAnchor extends Anchor {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The page's name in the scenario, or empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pagelab.model.findings.FindingsPackage#getPageAnchor_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.PageAnchor#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Pfn</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The page frame number, or -1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pfn</em>' attribute.
	 * @see #setPfn(long)
	 * @see org.pagelab.model.findings.FindingsPackage#getPageAnchor_Pfn()
	 * @model default="-1"
	 * @generated
	 */
	long getPfn();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.PageAnchor#getPfn <em>Pfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pfn</em>' attribute.
	 * @see #getPfn()
	 * @generated
	 */
	void setPfn(long value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step after which the page was looked at, if any (the state shown when navigating).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' containment reference.
	 * @see #setAt(StepAnchor)
	 * @see org.pagelab.model.findings.FindingsPackage#getPageAnchor_At()
	 * @model containment="true"
	 * @generated
	 */
	StepAnchor getAt();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.PageAnchor#getAt <em>At</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' containment reference.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(StepAnchor value);

} // PageAnchor
