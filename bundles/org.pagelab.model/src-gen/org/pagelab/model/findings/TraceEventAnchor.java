/**
 */
package org.pagelab.model.findings;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trace Event Anchor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One event of a trace: timestamp, CPU, event name and a hash of its payload text, which identify it in the same capture whichever of its formats is opened.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.findings.TraceEventAnchor#getTimestamp <em>Timestamp</em>}</li>
 *   <li>{@link org.pagelab.model.findings.TraceEventAnchor#getCpu <em>Cpu</em>}</li>
 *   <li>{@link org.pagelab.model.findings.TraceEventAnchor#getPid <em>Pid</em>}</li>
 *   <li>{@link org.pagelab.model.findings.TraceEventAnchor#getEvent <em>Event</em>}</li>
 *   <li>{@link org.pagelab.model.findings.TraceEventAnchor#getPayloadHash <em>Payload Hash</em>}</li>
 *   <li>{@link org.pagelab.model.findings.TraceEventAnchor#getPayload <em>Payload</em>}</li>
 *   <li>{@link org.pagelab.model.findings.TraceEventAnchor#getIndex <em>Index</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.findings.FindingsPackage#getTraceEventAnchor()
 * @model
 * @generated
 */
public interface TraceEventAnchor extends Anchor {
	/**
	 * Returns the value of the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Timestamp in ns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timestamp</em>' attribute.
	 * @see #setTimestamp(long)
	 * @see org.pagelab.model.findings.FindingsPackage#getTraceEventAnchor_Timestamp()
	 * @model
	 * @generated
	 */
	long getTimestamp();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.TraceEventAnchor#getTimestamp <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timestamp</em>' attribute.
	 * @see #getTimestamp()
	 * @generated
	 */
	void setTimestamp(long value);

	/**
	 * Returns the value of the '<em><b>Cpu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu</em>' attribute.
	 * @see #setCpu(int)
	 * @see org.pagelab.model.findings.FindingsPackage#getTraceEventAnchor_Cpu()
	 * @model
	 * @generated
	 */
	int getCpu();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.TraceEventAnchor#getCpu <em>Cpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu</em>' attribute.
	 * @see #getCpu()
	 * @generated
	 */
	void setCpu(int value);

	/**
	 * Returns the value of the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Task id (common_pid).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pid</em>' attribute.
	 * @see #setPid(int)
	 * @see org.pagelab.model.findings.FindingsPackage#getTraceEventAnchor_Pid()
	 * @model
	 * @generated
	 */
	int getPid();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.TraceEventAnchor#getPid <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pid</em>' attribute.
	 * @see #getPid()
	 * @generated
	 */
	void setPid(int value);

	/**
	 * Returns the value of the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tracepoint name (mm_page_alloc, page_ref_mod...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event</em>' attribute.
	 * @see #setEvent(String)
	 * @see org.pagelab.model.findings.FindingsPackage#getTraceEventAnchor_Event()
	 * @model
	 * @generated
	 */
	String getEvent();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.TraceEventAnchor#getEvent <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event</em>' attribute.
	 * @see #getEvent()
	 * @generated
	 */
	void setEvent(String value);

	/**
	 * Returns the value of the '<em><b>Payload Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FNV-1a 64-bit hash, in hex, of the payload text with white space collapsed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Payload Hash</em>' attribute.
	 * @see #setPayloadHash(String)
	 * @see org.pagelab.model.findings.FindingsPackage#getTraceEventAnchor_PayloadHash()
	 * @model
	 * @generated
	 */
	String getPayloadHash();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.TraceEventAnchor#getPayloadHash <em>Payload Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Payload Hash</em>' attribute.
	 * @see #getPayloadHash()
	 * @generated
	 */
	void setPayloadHash(String value);

	/**
	 * Returns the value of the '<em><b>Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The beginning of the payload text, for people.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Payload</em>' attribute.
	 * @see #setPayload(String)
	 * @see org.pagelab.model.findings.FindingsPackage#getTraceEventAnchor_Payload()
	 * @model
	 * @generated
	 */
	String getPayload();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.TraceEventAnchor#getPayload <em>Payload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Payload</em>' attribute.
	 * @see #getPayload()
	 * @generated
	 */
	void setPayload(String value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The event's index when the finding was made (a hint only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.pagelab.model.findings.FindingsPackage#getTraceEventAnchor_Index()
	 * @model default="-1"
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.TraceEventAnchor#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

} // TraceEventAnchor
