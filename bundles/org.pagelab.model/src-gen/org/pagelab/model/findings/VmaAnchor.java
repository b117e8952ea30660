/**
 */
package org.pagelab.model.findings;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vma Anchor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A VMA: by its name in a scenario, or by its mm and address range.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.findings.VmaAnchor#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.findings.VmaAnchor#getMm <em>Mm</em>}</li>
 *   <li>{@link org.pagelab.model.findings.VmaAnchor#getStart <em>Start</em>}</li>
 *   <li>{@link org.pagelab.model.findings.VmaAnchor#getEnd <em>End</em>}</li>
 *   <li>{@link org.pagelab.model.findings.VmaAnchor#getAt <em>At</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.findings.FindingsPackage#getVmaAnchor()
 * @model
 * @generated
 */
public interface VmaAnchor extends Anchor {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The VMA's name in the scenario, or empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pagelab.model.findings.FindingsPackage#getVmaAnchor_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.VmaAnchor#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mm it belongs to (scenario name, or the mm_id/pointer of a trace), or empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mm</em>' attribute.
	 * @see #setMm(String)
	 * @see org.pagelab.model.findings.FindingsPackage#getVmaAnchor_Mm()
	 * @model
	 * @generated
	 */
	String getMm();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.VmaAnchor#getMm <em>Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mm</em>' attribute.
	 * @see #getMm()
	 * @generated
	 */
	void setMm(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vm_start, or 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(long)
	 * @see org.pagelab.model.findings.FindingsPackage#getVmaAnchor_Start()
	 * @model default="0"
	 * @generated
	 */
	long getStart();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.VmaAnchor#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(long value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vm_end, or 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(long)
	 * @see org.pagelab.model.findings.FindingsPackage#getVmaAnchor_End()
	 * @model default="0"
	 * @generated
	 */
	long getEnd();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.VmaAnchor#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(long value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step after which the VMA was looked at, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' containment reference.
	 * @see #setAt(StepAnchor)
	 * @see org.pagelab.model.findings.FindingsPackage#getVmaAnchor_At()
	 * @model containment="true"
	 * @generated
	 */
	StepAnchor getAt();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.VmaAnchor#getAt <em>At</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' containment reference.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(StepAnchor value);

} // VmaAnchor
