/**
 */
package org.pagelab.model.findings;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Time Range Anchor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A time range of a trace, optionally restricted to one CPU.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.findings.TimeRangeAnchor#getStart <em>Start</em>}</li>
 *   <li>{@link org.pagelab.model.findings.TimeRangeAnchor#getEnd <em>End</em>}</li>
 *   <li>{@link org.pagelab.model.findings.TimeRangeAnchor#getCpu <em>Cpu</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.findings.FindingsPackage#getTimeRangeAnchor()
 * @model
 * @generated
 */
public interface TimeRangeAnchor extends Anchor {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start, ns (included).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(long)
	 * @see org.pagelab.model.findings.FindingsPackage#getTimeRangeAnchor_Start()
	 * @model
	 * @generated
	 */
	long getStart();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.TimeRangeAnchor#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(long value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End, ns (included).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(long)
	 * @see org.pagelab.model.findings.FindingsPackage#getTimeRangeAnchor_End()
	 * @model
	 * @generated
	 */
	long getEnd();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.TimeRangeAnchor#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(long value);

	/**
	 * Returns the value of the '<em><b>Cpu</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CPU, or -1 for all CPUs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu</em>' attribute.
	 * @see #setCpu(int)
	 * @see org.pagelab.model.findings.FindingsPackage#getTimeRangeAnchor_Cpu()
	 * @model default="-1"
	 * @generated
	 */
	int getCpu();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.TimeRangeAnchor#getCpu <em>Cpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu</em>' attribute.
	 * @see #getCpu()
	 * @generated
	 */
	void setCpu(int value);

} // TimeRangeAnchor
