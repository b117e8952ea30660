/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Thread State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A scenario thread (a CPU running some kernel or user path) at this step.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.ThreadState#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.ThreadState#getIndex <em>Index</em>}</li>
 *   <li>{@link org.pagelab.model.mm.ThreadState#getStatus <em>Status</em>}</li>
 *   <li>{@link org.pagelab.model.mm.ThreadState#getLocation <em>Location</em>}</li>
 *   <li>{@link org.pagelab.model.mm.ThreadState#getStack <em>Stack</em>}</li>
 *   <li>{@link org.pagelab.model.mm.ThreadState#getRegisters <em>Registers</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.mm.MmPackage#getThreadState()
 * @model
 * @generated
 */
public interface ThreadState extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Readable name, e.g. dio, reclaim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pagelab.model.mm.MmPackage#getThreadState_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.ThreadState#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Thread number (P0, P1, ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.pagelab.model.mm.MmPackage#getThreadState_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.ThreadState#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pagelab.model.mm.ThreadStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether it can run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.pagelab.model.mm.ThreadStatus
	 * @see #setStatus(ThreadStatus)
	 * @see org.pagelab.model.mm.MmPackage#getThreadState_Status()
	 * @model
	 * @generated
	 */
	ThreadStatus getStatus();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.ThreadState#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.pagelab.model.mm.ThreadStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ThreadStatus value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Source position of its next statement (file:line).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.pagelab.model.mm.MmPackage#getThreadState_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.ThreadState#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Stack</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Library function stack, outermost first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stack</em>' attribute list.
	 * @see org.pagelab.model.mm.MmPackage#getThreadState_Stack()
	 * @model
	 * @generated
	 */
	EList<String> getStack();

	/**
	 * Returns the value of the '<em><b>Registers</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.mm.NamedValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its local variables/registers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registers</em>' containment reference list.
	 * @see org.pagelab.model.mm.MmPackage#getThreadState_Registers()
	 * @model containment="true"
	 * @generated
	 */
	EList<NamedValue> getRegisters();

} // ThreadState
